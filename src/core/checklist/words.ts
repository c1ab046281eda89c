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
  forms: readonly string[];
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
  /**
   * Bit sets over char codes (UTF-16 units) that let the scan skip a position without a lookup:
   * the codes that open a stem, those that are a whole stem, and a hash of the first two codes of
   * the longer stems.
   */
  readonly stemHeads: Uint8Array;
  readonly singleStems: Uint8Array;
  readonly stemPairs: Uint8Array;
  /**
   * Phrases by the hash of a form of their first word, and those opening with a prefix word by the
   * hash of the prefix's first three letters: a line's words are looked up by hashes computed in
   * place, never cut out of it, and a candidate is checked letter by letter.
   */
  readonly phrasesByFirstForm: ReadonlyMap<number, readonly Phrase[]>;
  readonly prefixPhrasesByHead: ReadonlyMap<number, readonly Phrase[]>;
  /**
   * Filters that say, from a token's first two characters and its length, whether it can open a
   * phrase: most words of a line are never cut out of it to be looked up.
   */
  readonly phraseOpeners: TokenFilter;
  /** Whether some prefix is shorter than the index's head length (then shorter heads are looked up too). */
  readonly hasShortPrefixes: boolean;
  readonly hasPhrases: boolean;
  /** The most words in one phrase. */
  readonly longestPhrase: number;
  readonly empty: boolean;
}

/** Which (first, second) character pairs open a form, and per first character which lengths (capped at 31). */
interface TokenFilter {
  readonly pairs: Uint8Array;
  readonly lengths: Uint32Array;
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

/** Pushes a phrase under a hash once, however many of its first word's forms share the hash. */
function pushPhrase(map: Map<number, Phrase[]>, key: number, phrase: Phrase): void {
  const list = map.get(key);
  if (!list) map.set(key, [phrase]);
  else if (list[list.length - 1] !== phrase) list.push(phrase);
}

/** A hash of text[start, end) (UTF-16 units). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  return hash;
}

/** Compiles several lists into one matcher; each match carries the index of its list. */
export function compileTaggedWords(lists: readonly (readonly string[])[]): WordMatcher {
  const stemsByFirst = new Map<number, Stem[]>();
  const phrasesByFirstForm = new Map<number, Phrase[]>();
  const prefixPhrasesByHead = new Map<number, Phrase[]>();
  const firstForms = new Set<string>();
  let count = 0;
  let hasPhrases = false;
  let hasShortPrefixes = false;
  let longestPhrase = 0;
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
        word.endsWith("*") && word.length > 1 ? { forms: [], prefix: word.slice(0, -1) } : { forms: inflections(word), prefix: null },
      );
      const phrase: Phrase = { entry: raw.trim(), tag, words };
      const first = words[0];
      if (!first) continue;
      hasPhrases = true;
      longestPhrase = Math.max(longestPhrase, words.length);
      if (first.prefix !== null) {
        pushPhrase(prefixPhrasesByHead, hashOf(first.prefix, 0, Math.min(PREFIX_HEAD, first.prefix.length)), phrase);
        if (first.prefix.length < PREFIX_HEAD) hasShortPrefixes = true;
      } else {
        for (const form of first.forms) {
          firstForms.add(form);
          pushPhrase(phrasesByFirstForm, hashOf(form, 0, form.length), phrase);
        }
      }
    }
  });
  const stemHeads = new Uint8Array(0x10000 >> 3);
  const singleStems = new Uint8Array(0x10000 >> 3);
  const stemPairs = new Uint8Array(0x10000 >> 3);
  for (const stems of stemsByFirst.values()) {
    for (const { stem } of stems) {
      setBit(stemHeads, stem.charCodeAt(0));
      if (stem.length === 1) setBit(singleStems, stem.charCodeAt(0));
      else setBit(stemPairs, pairHash(stem.charCodeAt(0), stem.charCodeAt(1)));
    }
  }
  const phraseOpeners = { pairs: new Uint8Array(CLASS_COUNT * CLASS_COUNT), lengths: new Uint32Array(CLASS_COUNT) };
  for (const form of firstForms) admit(phraseOpeners, form, form.length);
  // A prefix admits every length from its own; a one-letter prefix admits every second character.
  for (const phrases of prefixPhrasesByHead.values()) {
    for (const phrase of phrases) {
      const prefix = phrase.words[0]?.prefix ?? "";
      if (prefix.length >= 2) admit(phraseOpeners, prefix, -prefix.length);
      else for (let second = 0; second < CLASS_COUNT; second++) admitClasses(phraseOpeners, charClass(prefix.charCodeAt(0)), second, -1);
    }
  }
  return { stemsByFirst, stemHeads, singleStems, stemPairs, phrasesByFirstForm, prefixPhrasesByHead, phraseOpeners, hasShortPrefixes, hasPhrases, longestPhrase, empty: count === 0 };
}

function setBit(bits: Uint8Array, at: number): void {
  bits[at >> 3] = (bits[at >> 3] ?? 0) | (1 << (at & 7));
}

function hasBit(bits: Uint8Array, at: number): boolean {
  return ((bits[at >> 3] ?? 0) & (1 << (at & 7))) !== 0;
}

function pairHash(first: number, second: number): number {
  return ((first << 5) ^ second) & 0xffff;
}

// Token characters in classes: a–z, 0–9, the apostrophe, anything else, and "no character".
const CLASS_COUNT = 39;
const NO_CHARACTER = 38;
const MAX_LENGTH_BIT = 31;

function charClass(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  if (code === 39) return 36;
  return Number.isNaN(code) ? NO_CHARACTER : 37;
}

/** Admits the pair; a length ≥ 0 admits that length, −n every length from n. */
function admitClasses(filter: TokenFilter, first: number, second: number, length: number): void {
  filter.pairs[first * CLASS_COUNT + second] = 1;
  const lengths = filter.lengths;
  if (length >= 0) lengths[first] = (lengths[first] ?? 0) | (1 << Math.min(length, MAX_LENGTH_BIT));
  else for (let bit = Math.min(-length, MAX_LENGTH_BIT); bit <= MAX_LENGTH_BIT; bit++) lengths[first] = (lengths[first] ?? 0) | (1 << bit);
}

function admit(filter: TokenFilter, word: string, length: number): void {
  admitClasses(filter, charClass(word.charCodeAt(0)), charClass(word.charCodeAt(1)), length);
}

/** Whether a word of `length` opening with the (lowercased) codes may open a phrase. */
function mayOpen(filter: TokenFilter, firstCode: number, secondCode: number, length: number): boolean {
  const first = charClass(firstCode);
  const second = length > 1 ? charClass(secondCode) : NO_CHARACTER;
  return filter.pairs[first * CLASS_COUNT + second] === 1 && ((filter.lengths[first] ?? 0) & (1 << Math.min(length, MAX_LENGTH_BIT))) !== 0;
}

export function compileWords(entries: readonly string[]): WordMatcher {
  return compileTaggedWords([entries]);
}

export function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/**
 * Where the word starting at `start` ends: letters and digits, with inner apostrophes ("didn't"),
 * reading nothing at or past `limit` (a word cut by a window ends at its edge).
 */
export function wordEnd(lower: string, start: number, limit: number = lower.length): number {
  let index = start;
  while (index < limit) {
    const code = lower.charCodeAt(index);
    if (isWordCode(code)) index++;
    else if (code === 39 && index + 1 < limit && isWordCode(lower.charCodeAt(index + 1))) index += 2;
    else break;
  }
  return index;
}

/** The end of the word [start, end) without a final "'s" (the word of "team's" is "team"). */
export function withoutPossessive(lower: string, start: number, end: number): number {
  return end - start >= 2 && lower.charCodeAt(end - 2) === 39 && lower.charCodeAt(end - 1) === 115 ? end - 2 : end;
}

/** Normalises a line for matching: lower case, curly apostrophes straightened. */
export function matchText(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

const HAS_LATIN = /[a-z]/;

/** Called for each match: the entry as written, its list, and its offsets in the lowercased line. */
export type WordVisitor = (entry: string, tag: number, start: number, end: number) => void;

/**
 * The words of a line as offsets in reused buffers (a line of a megabyte holds a hundred thousand
 * words: one object each would mostly feed the garbage collector). `wordEnds` drops a final "'s".
 */
interface TokenBuffers {
  /** The line these tokens are from, when all of it was tokenized: a line scanned again (by another list) is not tokenized again. */
  line: string | null;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  wordEnds: Int32Array;
}

const sharedBuffers: TokenBuffers = { line: null, count: 0, starts: new Int32Array(256), ends: new Int32Array(256), wordEnds: new Int32Array(256) };
let sharedBuffersInUse = false;

/** Tokenizes the line, or only its opening when no phrase may start after `maxStart` (then `lookahead` words past it suffice). */
function tokenizeInto(lower: string, buffers: TokenBuffers, maxStart: number, lookahead: number): void {
  if (buffers.line === lower) return;
  buffers.line = null;
  let count = 0;
  let index = 0;
  let opening = 0;
  while (index < lower.length) {
    if (index > maxStart && count >= opening + lookahead) {
      buffers.count = count;
      return;
    }
    if (!isWordCode(lower.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    index = wordEnd(lower, index);
    if (count === buffers.starts.length) {
      const grow = (old: Int32Array): Int32Array => {
        const next = new Int32Array(old.length * 2);
        next.set(old);
        return next;
      };
      buffers.starts = grow(buffers.starts);
      buffers.ends = grow(buffers.ends);
      buffers.wordEnds = grow(buffers.wordEnds);
    }
    buffers.starts[count] = start;
    buffers.ends[count] = index;
    buffers.wordEnds[count] = withoutPossessive(lower, start, index);
    count++;
    if (start <= maxStart) opening = count;
  }
  buffers.count = count;
  buffers.line = lower;
}

/** Whether the line's word [start, end) is one of the forms (compared in place: nothing is cut out of the line). */
function isOneOf(forms: readonly string[], lower: string, start: number, end: number): boolean {
  for (const form of forms) {
    if (form.length === end - start && lower.startsWith(form, start)) return true;
  }
  return false;
}

function phraseAt(phrase: Phrase, lower: string, buffers: TokenBuffers, index: number): boolean {
  for (let offset = 0; offset < phrase.words.length; offset++) {
    const word = phrase.words[offset];
    if (!word || index + offset >= buffers.count) return false;
    const start = buffers.starts[index + offset] ?? 0;
    const end = buffers.wordEnds[index + offset] ?? 0;
    const matches = word.prefix !== null ? word.prefix.length <= end - start && lower.startsWith(word.prefix, start) : isOneOf(word.forms, lower, start, end);
    if (!matches) return false;
  }
  return true;
}

function visitPhrases(candidates: readonly Phrase[], lower: string, buffers: TokenBuffers, index: number, visit: WordVisitor): void {
  for (const phrase of candidates) {
    if (!phraseAt(phrase, lower, buffers, index)) continue;
    visit(phrase.entry, phrase.tag, buffers.starts[index] ?? 0, buffers.ends[index + phrase.words.length - 1] ?? 0);
  }
}

/**
 * Visits every match of the matcher in a line already passed through matchText, in the order
 * findWords lists them; only matches starting at or before `maxStart` when it is given.
 * Nothing is allocated per character or per word.
 */
export function scanWords(matcher: WordMatcher, lower: string, visit: WordVisitor, maxStart = Number.POSITIVE_INFINITY): void {
  if (matcher.empty || lower === "") return;
  if (matcher.stemsByFirst.size > 0) scanStems(matcher, lower, visit, maxStart);
  if (!matcher.hasPhrases || !HAS_LATIN.test(lower)) return;
  // A visitor that scans another line would overwrite shared buffers: it gets its own.
  const buffers = sharedBuffersInUse ? { line: null, count: 0, starts: new Int32Array(16), ends: new Int32Array(16), wordEnds: new Int32Array(16) } : sharedBuffers;
  const own = buffers === sharedBuffers;
  if (own) sharedBuffersInUse = true;
  try {
    tokenizeInto(lower, buffers, maxStart, matcher.longestPhrase);
    scanPhrases(matcher, lower, buffers, visit, maxStart);
  } finally {
    if (own) sharedBuffersInUse = false;
  }
}

// The two halves of a scan are separate functions: each small loop is optimised on its own, and sooner.

function scanStems(matcher: WordMatcher, lower: string, visit: WordVisitor, maxStart: number): void {
  const last = Math.min(lower.length - 1, maxStart);
  for (let index = 0; index <= last; index++) {
    const code = lower.charCodeAt(index);
    // A hash collision (or NaN past the end, hashed as 0) only costs the lookup, which settles it.
    if (!hasBit(matcher.stemHeads, code)) continue;
    if (!hasBit(matcher.singleStems, code) && !hasBit(matcher.stemPairs, pairHash(code, lower.charCodeAt(index + 1)))) continue;
    for (const candidate of matcher.stemsByFirst.get(code) ?? []) {
      if (lower.startsWith(candidate.stem, index)) visit(candidate.entry, candidate.tag, index, index + candidate.stem.length);
    }
  }
}

function scanPhrases(matcher: WordMatcher, lower: string, buffers: TokenBuffers, visit: WordVisitor, maxStart: number): void {
  const prefixes = matcher.prefixPhrasesByHead.size > 0;
  for (let index = 0; index < buffers.count; index++) {
    const start = buffers.starts[index] ?? 0;
    if (start > maxStart) break;
    const length = (buffers.wordEnds[index] ?? 0) - start;
    if (length === 0 || !mayOpen(matcher.phraseOpeners, lower.charCodeAt(start), lower.charCodeAt(start + 1), length)) continue;
    // A hash shared by other words only costs the candidates' check.
    const exact = matcher.phrasesByFirstForm.get(hashOf(lower, start, start + length));
    if (exact) visitPhrases(exact, lower, buffers, index, visit);
    if (!prefixes) continue;
    // A prefix shorter than the head length ("ab*") is indexed under itself.
    for (let head = matcher.hasShortPrefixes ? 1 : PREFIX_HEAD; head <= Math.min(PREFIX_HEAD, length); head++) {
      const prefixed = matcher.prefixPhrasesByHead.get(hashOf(lower, start, start + head));
      if (prefixed) visitPhrases(prefixed, lower, buffers, index, visit);
    }
  }
}

/** The code as matchText makes it, when that does not depend on its neighbours (ASCII, Hangul syllables); −1 otherwise. */
function plainLower(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  return code >= 0xac00 && code <= 0xd7a3 ? code : -1;
}

/** Whether the word of the unlowered text opening at `start` may open a phrase (true when unsure). */
function mayOpenUnlowered(matcher: WordMatcher, text: string, start: number): boolean {
  let end = start;
  for (;;) {
    const code = end < text.length ? plainLower(text.charCodeAt(end)) : 0x20;
    if (code < 0) return true;
    if (isWordCode(code)) {
      end++;
      continue;
    }
    if (code !== 39 || end + 1 >= text.length) break;
    const next = plainLower(text.charCodeAt(end + 1));
    if (next < 0) return true;
    if (!isWordCode(next)) break;
    end += 2;
  }
  const possessive = end - start >= 2 && plainLower(text.charCodeAt(end - 2)) === 39 && plainLower(text.charCodeAt(end - 1)) === 115;
  const length = possessive ? end - start - 2 : end - start;
  return length > 0 && mayOpen(matcher.phraseOpeners, plainLower(text.charCodeAt(start)), plainLower(text.charCodeAt(start + 1)), length);
}

/**
 * Whether `text`, once passed through matchText, may hold a match starting at or before
 * `maxStart`. False only when sure, from its first characters and first words, so a caller can
 * skip lowercasing a line that cannot match; a character whose lowercase may change in length or
 * depend on its neighbours answers true.
 */
export function mayMatchNear(matcher: WordMatcher, text: string, maxStart: number): boolean {
  if (matcher.empty) return false;
  const last = Math.min(text.length - 1, maxStart);
  let previousIsWord = false;
  for (let index = 0; index <= last; index++) {
    const code = plainLower(text.charCodeAt(index));
    if (code < 0) return true;
    if (matcher.stemsByFirst.size > 0 && hasBit(matcher.stemHeads, code)) {
      // Past the end the scan hashes NaN, which is 0 in the hash.
      const next = index + 1 < text.length ? plainLower(text.charCodeAt(index + 1)) : 0;
      if (next < 0 || hasBit(matcher.singleStems, code) || hasBit(matcher.stemPairs, pairHash(code, next))) return true;
    }
    const word = isWordCode(code);
    // A word inside another ("a'b") taken for one's opening only makes the answer more cautious.
    if (word && !previousIsWord && matcher.hasPhrases && mayOpenUnlowered(matcher, text, index)) return true;
    previousIsWord = word;
  }
  return false;
}

/** Every match of the matcher in a line already passed through matchText (those starting at or before `maxStart` when given). */
export function findWords(matcher: WordMatcher, lower: string, maxStart?: number): WordMatch[] {
  const found: WordMatch[] = [];
  scanWords(matcher, lower, (entry, tag, start, end) => found.push({ entry, tag, start, end }), maxStart);
  return found;
}
