// What every rule reads, computed once per note: which lines are real content (not headings,
// not placeholders, not rules or table borders), each section's content, and word matches per
// list, cached. Placeholder-only sections count as empty everywhere because every rule asks here.
import { hasDate } from "../markdown/dates";
import type { ParsedNoteDetails } from "../markdown/parse";
import type { NoteHeading } from "../markdown/types";
import type { Settings } from "../settings";
import type { Lexicon, WordListName } from "./lexicon";
import type { Evidence } from "./types";
import { findWords, matchText, tokenize, type WordMatch } from "./words";

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
}

const MAX_EVIDENCE = 3;
const MAX_EVIDENCE_TEXT = 200;
const MAX_PLACEHOLDER_LENGTH = 160;

// List bullets, quote marks, task boxes and emphasis that wrap a line's words.
const LINE_DECORATION = /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+(?:\[.\][ \t]+)?|\d{1,3}[.)][ \t]+)?/;
const ONLY_PUNCTUATION = /^[\s.…·•\-–—_*~=|:`'"()[\]{}<>]*$/u;
const TEMPLATE_TAG = /\{\{[^{}]{0,80}\}\}/;
const PLACEHOLDER_PROMPT = /^[([]?(?:여기에|이곳에|write|add|describe|your)[ \t].{0,80}(?:적|쓰|작성|here|below)/iu;
const LETTER = /\p{L}/gu;

const isEmphasisMark = (char: string | undefined): boolean => char === "*" || char === "_";

/** The line's words without list, quote and task markers or surrounding emphasis (trimmed by hand: linear on any run). */
function stripDecoration(visible: string): string {
  const text = visible.replace(LINE_DECORATION, "");
  let start = 0;
  let end = text.length;
  while (start < end && isEmphasisMark(text[start])) start++;
  while (end > start && isEmphasisMark(text[end - 1])) end--;
  return text.slice(start, end).trim();
}

function countLetters(text: string, upTo: number): number {
  let count = 0;
  LETTER.lastIndex = 0;
  while (LETTER.exec(text) !== null) {
    count++;
    if (count >= upTo) break;
  }
  LETTER.lastIndex = 0;
  return count;
}

/** True when a line stands in for text not yet written. */
export function isPlaceholderText(stripped: string, lexicon: Lexicon): boolean {
  // A placeholder is a short stand-in; a long line is writing, whatever it opens with.
  if (stripped === "" || stripped.length > MAX_PLACEHOLDER_LENGTH) return false;
  if (ONLY_PUNCTUATION.test(stripped)) return true;
  if (TEMPLATE_TAG.test(stripped)) return true;
  if (PLACEHOLDER_PROMPT.test(stripped)) return true;
  const lower = matchText(stripped);
  const matches = findWords(lexicon.lists.placeholder, lower);
  // A marker counts when it opens the line ("TODO: …") or the line is a bracketed note "(작성 예정)".
  const bracketed = /^[([].*[)\]]$/u.test(stripped);
  return matches.some((match) => match.start <= 1 || bracketed);
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

  const lowerCache = new Map<number, string>();
  const lower = (line: number): string => {
    let cached = lowerCache.get(line);
    if (cached === undefined) {
      cached = matchText(parsed.lines[line - 1]?.visible ?? "");
      lowerCache.set(line, cached);
    }
    return cached;
  };

  // Every list is matched against the prose in one scan, the first time any rule asks.
  // The title is a line of prose too: "Why our menu changed" states a motive.
  // Per list (by tag): the lines it matched and those matches, in note order.
  let proseMatches: Map<number, { line: number; matches: WordMatch[] }[]> | null = null;
  const matchProse = (): Map<number, { line: number; matches: WordMatch[] }[]> => {
    if (proseMatches) return proseMatches;
    const byTag = new Map<number, { line: number; matches: WordMatch[] }[]>();
    for (const line of noteTitle ? [noteTitle.line, ...contentLines] : contentLines) {
      const matches = findWords(lexicon.all, lower(line));
      if (matches.length === 0) continue;
      const perTag = new Map<number, WordMatch[]>();
      for (const match of matches) {
        const list = perTag.get(match.tag);
        if (list) list.push(match);
        else perTag.set(match.tag, [match]);
      }
      for (const [tag, mine] of perTag) {
        const lines = byTag.get(tag);
        if (lines) lines.push({ line, matches: mine });
        else byTag.set(tag, [{ line, matches: mine }]);
      }
    }
    proseMatches = byTag;
    return byTag;
  };
  const linesCache = new Map<string, number[]>();
  const linesWith = (list: WordListName, options: { negatable?: boolean } = {}): number[] => {
    const key = `${list}:${options.negatable === true ? 1 : 0}`;
    const cached = linesCache.get(key);
    if (cached) return cached;
    const tag = lexicon.names.indexOf(list);
    if (tag < 0) throw new Error(`"${list}" is not a prose word list`);
    const found: number[] = [];
    for (const { line, matches } of matchProse().get(tag) ?? []) {
      if (options.negatable !== true || matches.some((match) => !isNegated(lower(line), match))) found.push(line);
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
  };
}
