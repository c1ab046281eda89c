// What every rule reads, computed once per note: which lines are real content (not headings,
// not placeholders, not rules or table borders), each section's content, and word matches per
// list, cached. Placeholder-only sections count as empty everywhere because every rule asks here.
import { hasDate } from "../markdown/dates";
import type { ParsedNoteDetails } from "../markdown/parse";
import type { NoteHeading } from "../markdown/types";
import type { Settings } from "../settings";
import type { HeadingListName, Lexicon, WordListName } from "./lexicon";
import type { Evidence } from "./types";
import { findWords, isWordCode, matchText, mayMatchNear, scanWords, withoutPossessive, wordEnd } from "./words";

export interface Section {
  heading: NoteHeading;
  /** Content lines between the heading and the end of its scope (sub-sections included). */
  contentLines: number[];
}

export interface NoteAnalysis {
  parsed: ParsedNoteDetails;
  settings: Settings;
  lexicon: Lexicon;
  /** Lines (1-based) that carry real prose, in order. */
  contentLines: readonly number[];
  isContent(line: number): boolean;
  /** Dated entries: headings with a date, or lines that open with one ("- 3월 2일: …", "Day 4 — …"). */
  logEntries: readonly number[];
  /** Lines written as placeholders ("TODO", "(작성 예정)", "…"). */
  placeholderLines: readonly number[];
  sections: readonly Section[];
  /** The note's title: a first-level heading that opens the note. */
  title: NoteHeading | undefined;
  /** The line's visible text, lowercased for matching. */
  lower(line: number): string;
  /** Content lines, and the title, with a match from the list (negated mentions dropped when `negatable`), in note order. */
  linesWith(list: WordListName, options?: { negatable?: boolean }): number[];
  /** Sections whose heading matches the list and that have real content (the note's title excluded). */
  sectionsTitled(list: HeadingListName): Section[];
  /** Up to three evidence lines, in note order, without repeats. */
  evidence(lines: Iterable<number>): Evidence[];
  /** A value derived from the note, computed once however many rules ask (`key` names what it is). */
  memo<T>(key: string, compute: () => T): T;
}

const MAX_EVIDENCE = 3;
const MAX_EVIDENCE_TEXT = 200;
const MAX_PLACEHOLDER_LENGTH = 160;

// List bullets, quote marks, task boxes and emphasis that wrap a line's words.
// Sticky: matched in place, its length read from lastIndex, so no copy of the line is made.
const LINE_DECORATION = /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+(?:\[.\][ \t]+)?|\d{1,3}[.)][ \t]+)?/y;
const ONLY_PUNCTUATION = /^[\s.…·•\-–—_*~=|:`'"()[\]{}<>]*$/u;
const TEMPLATE_TAG = /\{\{[^{}]{0,80}\}\}/;
const PLACEHOLDER_PROMPT = /^[([]?(?:여기에|이곳에|write|add|describe|your)[ \t].{0,80}(?:적|쓰|작성|here|below)/iu;
const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/u;
// The characters PLACEHOLDER_PROMPT can open with: a bracket, or its words' first letters in either case
// (as char codes: a line's first character is not cut out of it to be looked up).
const PROMPT_OPENERS: ReadonlySet<number> = new Set(["(", "[", "여", "이", "w", "W", "a", "A", "d", "D", "y", "Y"].map((opener) => opener.charCodeAt(0)));

const isEmphasisMark = (char: string | undefined): boolean => char === "*" || char === "_";

/** The line's words without list, quote and task markers or surrounding emphasis (trimmed by hand: linear on any run). */
function stripDecoration(visible: string): string {
  LINE_DECORATION.lastIndex = 0;
  let start = LINE_DECORATION.test(visible) ? LINE_DECORATION.lastIndex : 0;
  let end = visible.length;
  while (start < end && isEmphasisMark(visible[start])) start++;
  while (end > start && isEmphasisMark(visible[end - 1])) end--;
  while (start < end && isSpace(visible.charCodeAt(start))) start++;
  while (end > start && isSpace(visible.charCodeAt(end - 1))) end--;
  return start === 0 && end === visible.length ? visible : visible.slice(start, end);
}

/** Whether a UTF-16 unit is whitespace as String.prototype.trim sees it. */
function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0) return true;
  return code >= 0x1680 && SPACE.test(String.fromCharCode(code));
}

/**
 * Letters (\p{L}) in the text from `from` on, counted up to `upTo`; ASCII and Hangul syllables are
 * told apart without a regex, and nothing is copied.
 */
export function countLetters(text: string, upTo: number, from = 0): number {
  let count = 0;
  for (let index = from; index < text.length && count < upTo; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      const folded = code | 0x20;
      if (folded >= 0x61 && folded <= 0x7a) count++;
    } else if (code >= 0xac00 && code <= 0xd7a3) {
      count++;
    } else {
      const point = text.codePointAt(index) ?? code;
      if (point > 0xffff) index++;
      if (LETTER.test(String.fromCodePoint(point))) count++;
    }
  }
  return count;
}

/** True when a line stands in for text not yet written. */
export function isPlaceholderText(stripped: string, lexicon: Lexicon): boolean {
  // A placeholder is a short stand-in; a long line is writing, whatever it opens with.
  if (stripped === "" || stripped.length > MAX_PLACEHOLDER_LENGTH) return false;
  if (ONLY_PUNCTUATION.test(stripped)) return true;
  if (stripped.includes("{{") && TEMPLATE_TAG.test(stripped)) return true;
  if (PROMPT_OPENERS.has(stripped.charCodeAt(0)) && PLACEHOLDER_PROMPT.test(stripped)) return true;
  // A marker counts when it opens the line ("TODO: …") or the line is a bracketed note "(작성 예정)".
  const opening = stripped.charCodeAt(0);
  const bracketed = (opening === 0x28 || opening === 0x5b) && /^[([].*[)\]]$/u.test(stripped);
  const markers = lexicon.lists.placeholder;
  // Most lines cannot open with a marker, and are not lowercased to find that out.
  if (!bracketed && !mayMatchNear(markers, stripped, 1)) return false;
  return findWords(markers, matchText(stripped), bracketed ? undefined : 1).length > 0;
}

// Korean negation right after a stem ("실패 없는", "실패하지 않는"), English just before a word
// ("no failures", "never fails", "without mistakes", "foolproof" never matches at all).
// Sticky: tried where the match ends. A match is at most 12 code units long, so it never reads
// past the 12 characters after the stem that are all the rule looks at.
const KOREAN_NEGATION_AFTER = /[^\s]{0,4}[ \t]?(?:없|않|안[ \t]?하|말고|무)/uy;
const ENGLISH_NEGATORS: ReadonlySet<string> = new Set(["no", "never", "without", "zero", "not", "cannot", "can't", "won't", "don't", "doesn't", "nothing", "free"]);
const LONGEST_NEGATOR = 7;
/** How far before a match its negating words are looked for, and after it "-free" or "-proof". */
const NEGATOR_WINDOW = 30;
const SUFFIX_WINDOW = 12;

function hasHangulSyllable(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xac00 && code <= 0xd7a3) return true;
  }
  return false;
}

/** Whether the word [start, end) of the line (its "'s" dropped) is "no", "never", … */
function isNegator(lower: string, start: number, end: number): boolean {
  const wordEnd = withoutPossessive(lower, start, end);
  return wordEnd - start <= LONGEST_NEGATOR && ENGLISH_NEGATORS.has(lower.slice(start, wordEnd));
}

/**
 * Whether the match of `entry` at [start, end) in the lowercased line is negated. The words are
 * read in the windows around the match as if the line were cut there (a word cut by a window's
 * edge is its part inside), without copying the windows.
 */
export function isNegated(lower: string, entry: string, start: number, end: number): boolean {
  if (hasHangulSyllable(entry)) {
    KOREAN_NEGATION_AFTER.lastIndex = end;
    return KOREAN_NEGATION_AFTER.test(lower);
  }
  // The last two words before the match.
  let last = -1;
  let lastEnd = -1;
  let previous = -1;
  let previousEnd = -1;
  for (let index = Math.max(0, start - NEGATOR_WINDOW); index < start; ) {
    if (!isWordCode(lower.charCodeAt(index))) {
      index++;
      continue;
    }
    previous = last;
    previousEnd = lastEnd;
    last = index;
    index = wordEnd(lower, index, start);
    lastEnd = index;
  }
  if (last >= 0 && isNegator(lower, last, lastEnd)) return true;
  if (previous >= 0 && isNegator(lower, previous, previousEnd)) return true;
  // The first word after it: "fail-free", "mistake-proof".
  const limit = Math.min(lower.length, end + SUFFIX_WINDOW);
  let after = end;
  while (after < limit && !isWordCode(lower.charCodeAt(after))) after++;
  if (after === limit) return false;
  const length = withoutPossessive(lower, after, wordEnd(lower, after, limit)) - after;
  return (length === 4 && lower.startsWith("free", after)) || (length === 5 && lower.startsWith("proof", after));
}

function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}

/** How many of the ascending numbers are at most `value`. */
function countUpTo(ascending: readonly number[], value: number): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ascending[middle] ?? 0) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function analyseNote(parsed: ParsedNoteDetails, settings: Settings, lexicon: Lexicon): NoteAnalysis {
  const lineCount = parsed.lines.length;
  // Plain arrays, not typed ones: a typed array of a note's size lives outside the heap, and costs
  // several times as much to make and to collect.
  const content = zeros(lineCount + 2);
  const contentLines: number[] = [];
  const placeholderLines: number[] = [];
  const isHeading = zeros(lineCount + 2);
  for (const heading of parsed.headings) isHeading[heading.line] = 1;
  for (const line of parsed.lines) {
    if (line.visible === "" || isHeading[line.number] === 1) continue;
    const stripped = stripDecoration(line.visible);
    if (stripped === "" || /^(?:[-*_][ \t]*){3,}$/.test(line.visible.trim())) continue;
    if (isPlaceholderText(stripped, lexicon)) {
      placeholderLines.push(line.number);
      continue;
    }
    if (/^\|?[ \t:|-]+\|?$/.test(stripped)) continue;
    if (countLetters(stripped, 2) < 2) continue;
    content[line.number] = 1;
    contentLines.push(line.number);
  }

  // A section's content lines are a run of the (ordered) content lines, found by binary search.
  const sections: Section[] = parsed.headings.map((heading) => ({
    heading,
    contentLines: contentLines.slice(countUpTo(contentLines, heading.line), countUpTo(contentLines, heading.sectionEnd)),
  }));

  // A date within the first few characters opens an entry; one in the middle of a sentence does not.
  const placeholderSet = new Set(placeholderLines);
  const logEntries = parsed.datedLines.filter((line) => {
    if (placeholderSet.has(line)) return false;
    if (isHeading[line] === 1) return true;
    return hasDate(stripDecoration(parsed.lines[line - 1]?.visible ?? "").slice(0, 12));
  });

  const firstWritten = parsed.lines.find((line) => line.visible.trim() !== "")?.number;
  const firstHeading = parsed.headings[0];
  const noteTitle = firstHeading?.level === 1 && firstHeading.line === firstWritten ? firstHeading : undefined;

  const lowered: (string | undefined)[] = new Array<string | undefined>(lineCount + 1);
  const lower = (line: number): string => {
    let cached = lowered[line];
    if (cached === undefined) {
      cached = matchText(parsed.lines[line - 1]?.visible ?? "");
      if (line >= 1 && line <= lineCount) lowered[line] = cached;
    }
    return cached;
  };

  // Every list is matched against the prose in one scan, the first time any rule asks, and each
  // line keeps only which lists matched it (a bit per list) and, for the negatable lists, which
  // matched it at least once without a negation. The title is a line of prose too: "Why our menu
  // changed" states a motive.
  const proseLines = noteTitle ? [noteTitle.line, ...contentLines] : contentLines;
  let listsMatched: number[] | null = null;
  let listsAffirmed: number[] | null = null;
  const matchProse = (): void => {
    if (listsMatched) return;
    const matched = zeros(lineCount + 1);
    const affirmed = zeros(lineCount + 1);
    const negatable = lexicon.negatable;
    let text = "";
    let mask = 0;
    let affirmedMask = 0;
    const visit = (entry: string, tag: number, start: number, end: number): void => {
      const bit = 1 << tag;
      mask |= bit;
      // One mention without a negation is enough for the line.
      if ((negatable & bit) !== 0 && (affirmedMask & bit) === 0 && !isNegated(text, entry, start, end)) affirmedMask |= bit;
    };
    for (const line of proseLines) {
      text = lower(line);
      mask = 0;
      affirmedMask = 0;
      scanWords(lexicon.all, text, visit);
      matched[line] = mask;
      affirmed[line] = affirmedMask;
    }
    listsMatched = matched;
    listsAffirmed = affirmed;
  };
  const linesCache = new Map<WordListName, number[]>();
  const affirmedCache = new Map<WordListName, number[]>();
  const linesWith = (list: WordListName, options?: { negatable?: boolean }): number[] => {
    const negatable = options?.negatable === true;
    const cache = negatable ? affirmedCache : linesCache;
    const cached = cache.get(list);
    if (cached) return cached;
    const tag = lexicon.names.indexOf(list);
    if (tag < 0) throw new Error(`"${list}" is not a prose word list`);
    const bit = 1 << tag;
    if (negatable && (lexicon.negatable & bit) === 0) throw new Error(`"${list}" is not in NEGATABLE_LISTS`);
    matchProse();
    const masks = (negatable ? listsAffirmed : listsMatched) ?? [];
    const found: number[] = [];
    for (const line of proseLines) {
      if (((masks[line] ?? 0) & bit) !== 0) found.push(line);
    }
    cache.set(list, found);
    return found;
  };

  // A heading that negates its topic ("실패 없는 쿠키", "No mistakes") is not about it, and the
  // note's title names the whole note, not one section. Every heading list is matched against each
  // heading in one scan, the first time any rule asks, keeping a bit per list it names unnegated.
  let headingsNamed: number[] | null = null;
  const matchHeadings = (): number[] => {
    if (headingsNamed) return headingsNamed;
    const named = zeros(sections.length);
    let text = "";
    let mask = 0;
    const visit = (entry: string, tag: number, start: number, end: number): void => {
      if ((mask & (1 << tag)) === 0 && !isNegated(text, entry, start, end)) mask |= 1 << tag;
    };
    sections.forEach((section, index) => {
      if (section.contentLines.length === 0 || section.heading === noteTitle) return;
      text = matchText(section.heading.text);
      mask = 0;
      scanWords(lexicon.headings, text, visit);
      named[index] = mask;
    });
    headingsNamed = named;
    return named;
  };
  const titledCache = new Map<HeadingListName, Section[]>();
  const sectionsTitled = (list: HeadingListName): Section[] => {
    const cached = titledCache.get(list);
    if (cached) return cached;
    const bit = 1 << lexicon.headingNames.indexOf(list);
    const named = matchHeadings();
    const found = sections.filter((_, index) => ((named[index] ?? 0) & bit) !== 0);
    titledCache.set(list, found);
    return found;
  };

  const memos = new Map<string, unknown>();
  const evidence = (lines: Iterable<number>): Evidence[] => {
    // The first lines in note order, kept in order while reading: the whole list is never copied or sorted.
    const chosen: number[] = [];
    for (const line of lines) {
      if (!(line >= 1 && line <= lineCount) || chosen.includes(line)) continue;
      let at = chosen.length;
      while (at > 0 && (chosen[at - 1] ?? 0) > line) at--;
      if (at === MAX_EVIDENCE) continue;
      chosen.splice(at, 0, line);
      if (chosen.length > MAX_EVIDENCE) chosen.pop();
    }
    return chosen.map((line) => {
      const text = (parsed.lines[line - 1]?.text ?? "").trim();
      return { line, text: text.length > MAX_EVIDENCE_TEXT ? `${text.slice(0, MAX_EVIDENCE_TEXT - 1)}…` : text };
    });
  };

  return {
    parsed,
    settings,
    lexicon,
    contentLines,
    isContent: (line) => content[line] === 1,
    logEntries,
    placeholderLines,
    sections,
    title: noteTitle,
    lower,
    linesWith,
    sectionsTitled,
    evidence,
    memo: <T>(key: string, compute: () => T): T => {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}
