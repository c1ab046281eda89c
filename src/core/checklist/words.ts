// Matching a list of words against a line, the way each language needs it. A Korean entry is a
// stem and matches inside a word (실패 in 실패했다, 실패를). An English entry matches whole words
// and their regular inflections (fail → fails, failed, failing; scrap → scrapped); a trailing "*"
// makes it a prefix (motivat* → motivated, motivation). Phrases match word by word.

export interface WordMatch {
  /** The entry as written in the list. */
  entry: string;
  /** Character offset of the match in the lowercased line. */
  start: number;
  end: number;
}

interface EnglishPhrase {
  entry: string;
  /** Accepted forms of each word; a prefix entry has a single "prefix" form. */
  words: { forms: ReadonlySet<string>; prefix: string | null }[];
}

export interface WordMatcher {
  readonly stems: readonly string[];
  readonly phrases: readonly EnglishPhrase[];
  readonly byFirstForm: ReadonlyMap<string, readonly EnglishPhrase[]>;
  readonly prefixPhrases: readonly EnglishPhrase[];
  readonly empty: boolean;
}

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/** The regular inflections of an English word. */
export function inflections(word: string): string[] {
  const forms = new Set([word, `${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word}d`]);
  const last = word[word.length - 1] ?? "";
  const beforeLast = word[word.length - 2] ?? "";
  if (last === "e") {
    forms.add(`${word.slice(0, -1)}ing`);
  }
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

const HAS_LATIN_ONLY = /^[a-z0-9' *-]+$/;

export function compileWords(entries: readonly string[]): WordMatcher {
  const stems: string[] = [];
  const phrases: EnglishPhrase[] = [];
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase().replace(/’/g, "'");
    if (entry === "") continue;
    if (!HAS_LATIN_ONLY.test(entry)) {
      stems.push(entry);
      continue;
    }
    const words = entry.split(/\s+/).map((word) =>
      word.endsWith("*") && word.length > 1
        ? { forms: new Set<string>(), prefix: word.slice(0, -1) }
        : { forms: new Set(inflections(word)), prefix: null },
    );
    phrases.push({ entry: raw.trim(), words });
  }
  const byFirstForm = new Map<string, EnglishPhrase[]>();
  const prefixPhrases: EnglishPhrase[] = [];
  for (const phrase of phrases) {
    const first = phrase.words[0];
    if (!first) continue;
    if (first.prefix !== null) {
      prefixPhrases.push(phrase);
      continue;
    }
    for (const form of first.forms) {
      const list = byFirstForm.get(form);
      if (list) list.push(phrase);
      else byFirstForm.set(form, [phrase]);
    }
  }
  return { stems, phrases, byFirstForm, prefixPhrases, empty: stems.length === 0 && phrases.length === 0 };
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const TOKEN = /[a-z0-9]+(?:'[a-z]+)*/g;

export function tokenize(lower: string): Token[] {
  const tokens: Token[] = [];
  for (const match of lower.matchAll(TOKEN)) {
    let word = match[0];
    if (word.endsWith("'s")) word = word.slice(0, -2);
    tokens.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

function wordMatches(word: { forms: ReadonlySet<string>; prefix: string | null }, token: string): boolean {
  return word.prefix !== null ? token.startsWith(word.prefix) : word.forms.has(token);
}

function phraseAt(phrase: EnglishPhrase, tokens: readonly Token[], index: number): boolean {
  for (let offset = 0; offset < phrase.words.length; offset++) {
    const token = tokens[index + offset];
    const word = phrase.words[offset];
    if (!token || !word || !wordMatches(word, token.word)) return false;
  }
  return true;
}

/** Normalises a line for matching: lower case, curly apostrophes straightened. */
export function matchText(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/** Every match of the matcher in a line already passed through matchText. */
export function findWords(matcher: WordMatcher, lower: string, tokens?: readonly Token[]): WordMatch[] {
  if (matcher.empty || lower === "") return [];
  const found: WordMatch[] = [];
  for (const stem of matcher.stems) {
    for (let at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + stem.length)) {
      found.push({ entry: stem, start: at, end: at + stem.length });
    }
  }
  if (matcher.phrases.length === 0 || !/[a-z]/.test(lower)) return found;
  const words = tokens ?? tokenize(lower);
  for (let index = 0; index < words.length; index++) {
    const token = words[index];
    if (!token) continue;
    const candidates = matcher.byFirstForm.get(token.word) ?? [];
    for (const phrase of [...candidates, ...matcher.prefixPhrases]) {
      if (!phraseAt(phrase, words, index)) continue;
      const lastToken = words[index + phrase.words.length - 1] ?? token;
      found.push({ entry: phrase.entry, start: token.start, end: lastToken.end });
    }
  }
  return found;
}
