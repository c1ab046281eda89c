// What every rule reads, computed once per note: which lines are real content (not headings,
// not placeholders, not rules or table borders), each section's content, and word matches per
// list, cached. Placeholder-only sections count as empty everywhere because every rule asks here.
import { hasDate } from "../markdown/dates";
import type { ParsedNoteDetails } from "../markdown/parse";
import type { NoteHeading } from "../markdown/types";
import type { Settings } from "../settings";
import type { Lexicon, WordListName } from "./lexicon";
import type { Evidence } from "./types";
import { findWords, matchText, scanWords, tokenize, type WordMatch } from "./words";

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
  /** Content lines, and the title, with a match from the list (negated mentions dropped when `negatable`). */
  linesWith(list: WordListName, options?: { negatable?: boolean }): number[];
  /** Sections whose heading matches the list and that have real content (the note's title excluded). */
  sectionsTitled(list: WordListName): Section[];
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
// The characters PLACEHOLDER_PROMPT can open with: a bracket, or its words' first letters in either case.
const PROMPT_OPENERS = new Set(["(", "[", "여", "이", "w", "W", "a", "A", "d", "D", "y", "Y"]);

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

/** Letters (\p{L}) in the text, counted up to `upTo`; ASCII and Hangul syllables are told apart without a regex. */
function countLetters(text: string, upTo: number): number {
  let count = 0;
  for (let index = 0; index < text.length && count < upTo; index++) {
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
  if (PROMPT_OPENERS.has(stripped.charAt(0)) && PLACEHOLDER_PROMPT.test(stripped)) return true;
  // A marker counts when it opens the line ("TODO: …") or the line is a bracketed note "(작성 예정)".
  const opening = stripped.charCodeAt(0);
  const bracketed = (opening === 0x28 || opening === 0x5b) && /^[([].*[)\]]$/u.test(stripped);
  return findWords(lexicon.lists.placeholder, matchText(stripped), bracketed ? undefined : 1).length > 0;
}

// Korean negation right after a stem ("실패 없는", "실패하지 않는"), English just before a word
// ("no failures", "never fails", "without mistakes", "foolproof" never matches at all).
const KOREAN_NEGATION_AFTER = /^[^\s]{0,4}[ \t]?(?:없|않|안[ \t]?하|말고|무)/u;
const ENGLISH_NEGATORS = new Set(["no", "never", "without", "zero", "not", "cannot", "can't", "won't", "don't", "doesn't", "nothing", "free"]);

function isNegated(lower: string, match: WordMatch): boolean {
  if (/[\uac00-\ud7a3]/u.test(match.entry)) {
    return KOREAN_NEGATION_AFTER.test(lower.slice(match.end, match.end + 12));
  }
  const before = tokenize(lower.slice(Math.max(0, match.start - 30), match.start));
  const previous = before.slice(-2).map((token) => token.word);
  const after = tokenize(lower.slice(match.end, match.end + 12))[0]?.word;
  // "fail-free", "mistake-proof"
  return previous.some((word) => ENGLISH_NEGATORS.has(word)) || after === "free" || after === "proof";
}

export function analyseNote(parsed: ParsedNoteDetails, settings: Settings, lexicon: Lexicon): NoteAnalysis {
  const lineCount = parsed.lines.length;
  const content = new Uint8Array(lineCount + 2);
  const contentLines: number[] = [];
  const placeholderLines: number[] = [];
  const headingLines = new Set(parsed.headings.map((heading) => heading.line));
  for (const line of parsed.lines) {
    if (line.visible === "" || headingLines.has(line.number)) continue;
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

  // Prefix sums give every section its content in O(1) to count; the lines are sliced on demand.
  const contentBefore = new Uint32Array(lineCount + 2);
  for (let number = 1; number <= lineCount + 1; number++) {
    contentBefore[number] = (contentBefore[number - 1] ?? 0) + (content[number - 1] ?? 0);
  }
  const sections: Section[] = parsed.headings.map((heading) => {
    const from = contentBefore[heading.line + 1] ?? 0;
    const to = contentBefore[heading.sectionEnd + 1] ?? 0;
    return { heading, contentLines: contentLines.slice(from, to) };
  });

  // A date within the first few characters opens an entry; one in the middle of a sentence does not.
  const placeholderSet = new Set(placeholderLines);
  const logEntries = parsed.datedLines.filter((line) => {
    if (placeholderSet.has(line)) return false;
    if (headingLines.has(line)) return true;
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
  // line keeps only which lists matched it (a bit per list): match objects are built again only
  // for the lines a negatable list asks about. The title is a line of prose too: "Why our menu
  // changed" states a motive.
  const proseLines = noteTitle ? [noteTitle.line, ...contentLines] : contentLines;
  let listsMatched: Uint32Array | null = null;
  const matchProse = (): Uint32Array => {
    if (listsMatched) return listsMatched;
    const masks = new Uint32Array(lineCount + 1);
    let mask = 0;
    const visit = (_entry: string, tag: number): void => {
      mask |= 1 << tag;
    };
    for (const line of proseLines) {
      mask = 0;
      scanWords(lexicon.all, lower(line), visit);
      masks[line] = mask;
    }
    listsMatched = masks;
    return masks;
  };
  const linesCache = new Map<string, number[]>();
  const linesWith = (list: WordListName, options: { negatable?: boolean } = {}): number[] => {
    const key = `${list}:${options.negatable === true ? 1 : 0}`;
    const cached = linesCache.get(key);
    if (cached) return cached;
    const tag = lexicon.names.indexOf(list);
    if (tag < 0) throw new Error(`"${list}" is not a prose word list`);
    const bit = 1 << tag;
    const masks = matchProse();
    const found: number[] = [];
    for (const line of proseLines) {
      if (((masks[line] ?? 0) & bit) === 0) continue;
      if (options.negatable !== true) {
        found.push(line);
        continue;
      }
      // The list's own matcher finds the same matches as the tagged one (in the same order), scanning for fewer entries.
      const text = lower(line);
      if (findWords(lexicon.lists[list], text).some((match) => !isNegated(text, match))) found.push(line);
    }
    linesCache.set(key, found);
    return found;
  };

  // A heading that negates its topic ("실패 없는 쿠키", "No mistakes") is not about it, and the
  // note's title names the whole note, not one section.
  const sectionsTitled = (list: WordListName): Section[] =>
    sections.filter((section) => {
      if (section.contentLines.length === 0 || section.heading === noteTitle) return false;
      const title = matchText(section.heading.text);
      return findWords(lexicon.lists[list], title).some((match) => !isNegated(title, match));
    });

  const memos = new Map<string, unknown>();
  const evidence = (lines: Iterable<number>): Evidence[] => {
    const chosen = [...new Set(lines)].filter((line) => line >= 1 && line <= lineCount).sort((a, b) => a - b);
    return chosen.slice(0, MAX_EVIDENCE).map((line) => {
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
