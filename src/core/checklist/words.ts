// Matching word lists against a line, the way each language needs it. A Korean entry is a stem and
// matches inside a word (실패 in 실패했다, 실패를). An English entry matches whole words and their
// regular inflections (fail → fails, failed, failing; scrap → scrapped); a trailing "*" makes it a
// prefix (motivat* → motivated, motivation). Phrases match word by word.
// Several lists compile into one matcher (each entry tagged with its list), and a line is scanned
// once: stems are indexed by their first character, words by their forms, so a line costs time
// linear in its length whatever the number of entries.

export interface WordMatch {
  /** The entry as written in the list. */
  entry: string;
  /** The list the entry came from (0 for a single-list matcher). */
  tag: number;
  /** Character offsets of the match in the lowercased line. */
  start: number;
  end: number;
}

interface PhraseWord {
  forms: ReadonlySet<string>;
  prefix: string | null;
}

interface Phrase {
  entry: string;
  tag: number;
  words: PhraseWord[];
}

interface Stem {
  entry: string;
  tag: number;
  stem: string;
}

export interface WordMatcher {
  /** Stems by the char code of their first character. */
  readonly stemsByFirst: ReadonlyMap<number, readonly Stem[]>;
  readonly phrasesByFirstForm: ReadonlyMap<string, readonly Phrase[]>;
  /** Phrases opening with a prefix word, indexed by the prefix's first three letters. */
  readonly prefixPhrasesByHead: ReadonlyMap<string, readonly Phrase[]>;
  /** Latin letters that open a stem (a mixed entry such as "pivot 과정"). */
  readonly asciiStemHeads: ReadonlySet<number>;
  /** Whether some prefix is shorter than the index's head length (then shorter heads are looked up too). */
  readonly hasShortPrefixes: boolean;
  readonly hasPhrases: boolean;
  readonly empty: boolean;
}

const VOWELS = new Set(["a", "e", "i", "o", "u"]);
const PREFIX_HEAD = 3;

/** The regular inflections of an English word. */
export function inflections(word: string): string[] {
  const forms = new Set([word, `${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word}d`]);
  const last = word[word.length - 1] ?? "";
  const beforeLast = word[word.length - 2] ?? "";
  if (last === "e") forms.add(`${word.slice(0, -1)}ing`);
  if (last === "y" && !VOWELS.has(beforeLast)) {
    forms.add(`${word.slice(0, -1)}ies`);
    forms.add(`${word.slice(0, -1)}ied`);
  }
  // Consonant-vowel-consonant endings double: scrap → scrapped, stop → stopping.
  const third = word[word.length - 3] ?? "";
  if (word.length >= 3 && !VOWELS.has(last) && VOWELS.has(beforeLast) && !VOWELS.has(third) && !"wxy".includes(last)) {
    forms.add(`${word}${last}ed`);
    forms.add(`${word}${last}ing`);
  }
  return [...forms];
}

const LATIN_ONLY = /^[a-z0-9' *-]+$/;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Compiles several lists into one matcher; each match carries the index of its list. */
export function compileTaggedWords(lists: readonly (readonly string[])[]): WordMatcher {
  const stemsByFirst = new Map<number, Stem[]>();
  const phrasesByFirstForm = new Map<string, Phrase[]>();
  const prefixPhrasesByHead = new Map<string, Phrase[]>();
  let count = 0;
  let hasPhrases = false;
  let hasShortPrefixes = false;
  lists.forEach((entries, tag) => {
    for (const raw of entries) {
      const entry = raw.trim().toLowerCase().replace(/’/g, "'");
      if (entry === "") continue;
      count++;
      if (!LATIN_ONLY.test(entry)) {
        push(stemsByFirst, entry.charCodeAt(0), { entry: raw.trim(), tag, stem: entry });
        continue;
      }
      const words = entry.split(/\s+/).map((word): PhraseWord =>
        word.endsWith("*") && word.length > 1 ? { forms: new Set<string>(), prefix: word.slice(0, -1) } : { forms: new Set(inflections(word)), prefix: null },
      );
      const phrase: Phrase = { entry: raw.trim(), tag, words };
      const first = words[0];
      if (!first) continue;
      hasPhrases = true;
      if (first.prefix !== null) {
        push(prefixPhrasesByHead, first.prefix.slice(0, PREFIX_HEAD), phrase);
        if (first.prefix.length < PREFIX_HEAD) hasShortPrefixes = true;
      }
      else for (const form of first.forms) push(phrasesByFirstForm, form, phrase);
    }
  });
  const asciiStemHeads = new Set([...stemsByFirst.keys()].filter((head) => head < 128));
  return { stemsByFirst, phrasesByFirstForm, prefixPhrasesByHead, asciiStemHeads, hasShortPrefixes, hasPhrases, empty: count === 0 };
}

export function compileWords(entries: readonly string[]): WordMatcher {
  return compileTaggedWords([entries]);
}

export interface Token {
  word: string;
  start: number;
  end: number;
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** English words of a lowercased line: letters and digits, with inner apostrophes ("didn't"); "'s" dropped. */
export function tokenize(lower: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < lower.length) {
    if (!isWordCode(lower.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (index < lower.length) {
      const code = lower.charCodeAt(index);
      if (isWordCode(code)) index++;
      else if (code === 39 && isWordCode(lower.charCodeAt(index + 1))) index += 2;
      else break;
    }
    const text = lower.slice(start, index);
    tokens.push({ word: text.endsWith("'s") ? text.slice(0, -2) : text, start, end: index });
  }
  return tokens;
}

function phraseAt(phrase: Phrase, tokens: readonly Token[], index: number): boolean {
  for (let offset = 0; offset < phrase.words.length; offset++) {
    const token = tokens[index + offset];
    const word = phrase.words[offset];
    if (!token || !word) return false;
    if (word.prefix !== null ? !token.word.startsWith(word.prefix) : !word.forms.has(token.word)) return false;
  }
  return true;
}

function collectPhrases(candidates: readonly Phrase[], tokens: readonly Token[], index: number, found: WordMatch[]): void {
  const token = tokens[index];
  if (!token) return;
  for (const phrase of candidates) {
    if (!phraseAt(phrase, tokens, index)) continue;
    const lastToken = tokens[index + phrase.words.length - 1] ?? token;
    found.push({ entry: phrase.entry, tag: phrase.tag, start: token.start, end: lastToken.end });
  }
}

/** Normalises a line for matching: lower case, curly apostrophes straightened. */
export function matchText(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

const HAS_LATIN = /[a-z]/;

/** Every match of the matcher in a line already passed through matchText. */
export function findWords(matcher: WordMatcher, lower: string): WordMatch[] {
  if (matcher.empty || lower === "") return [];
  const found: WordMatch[] = [];
  if (matcher.stemsByFirst.size > 0) {
    for (let index = 0; index < lower.length; index++) {
      const code = lower.charCodeAt(index);
      // Most stems start with Hangul or a digit ("1편"); Latin heads are looked up only when a stem has one.
      if (code < 128 && !matcher.asciiStemHeads.has(code)) continue;
      const candidates = matcher.stemsByFirst.get(code);
      if (!candidates) continue;
      for (const candidate of candidates) {
        if (lower.startsWith(candidate.stem, index)) {
          found.push({ entry: candidate.entry, tag: candidate.tag, start: index, end: index + candidate.stem.length });
        }
      }
    }
  }
  if (!matcher.hasPhrases || !HAS_LATIN.test(lower)) return found;
  const tokens = tokenize(lower);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token) continue;
    const exact = matcher.phrasesByFirstForm.get(token.word);
    if (exact) collectPhrases(exact, tokens, index, found);
    if (matcher.prefixPhrasesByHead.size === 0) continue;
    // A prefix shorter than the head length ("ab*") is indexed under itself.
    for (let length = matcher.hasShortPrefixes ? 1 : PREFIX_HEAD; length <= Math.min(PREFIX_HEAD, token.word.length); length++) {
      const prefixed = matcher.prefixPhrasesByHead.get(token.word.slice(0, length));
      if (prefixed) collectPhrases(prefixed, tokens, index, found);
    }
  }
  return found;
}
