// A safe file name from a post's title. The title itself stays whole in the frontmatter and the
// heading; only the file name loses what Obsidian (and Windows, macOS, Android) cannot store.
import type { Language } from "../i18n";

/** Characters Obsidian refuses in file names, plus those links cannot carry. */
const FORBIDDEN = /[\\/:*?"<>|#^[\]]/gu;
/**
 * Controls, lone surrogate halves, and the invisible format characters that make names look equal but
 * differ (the zero-width joiner stays: emoji sequences need it).
 */
const CONTROL = /[\p{Cc}\p{Cs}\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u2064\ufeff]/gu;
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/iu;

/** Room left for " 999" and ".md", well under every file system's 255-byte limit. */
export const MAX_NAME_UNITS = 100;
export const MAX_NAME_BYTES = 200;

export const UNTITLED: Readonly<Record<Language, string>> = { en: "Untitled", ko: "제목 없음" };

function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** User-perceived characters, so an emoji sequence or a letter with its accents is never split. */
function graphemes(text: string): string[] {
  if (typeof Intl !== "undefined" && typeof Intl.Segmenter === "function") {
    return Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text), (part) => part.segment);
  }
  return Array.from(text);
}

/** The longest prefix of `text` within both limits, cut between characters. */
export function truncateName(text: string, maxUnits = MAX_NAME_UNITS, maxBytes = MAX_NAME_BYTES): string {
  if (text.length <= maxUnits && utf8Length(text) <= maxBytes) return text;
  let kept = "";
  let bytes = 0;
  // Only the head can be kept: segmenting a prefix twice the limit keeps this fast for huge titles
  // (a character cut by the slice lies beyond the limit anyway).
  for (const grapheme of graphemes(text.slice(0, maxUnits * 2))) {
    const graphemeBytes = utf8Length(grapheme);
    if (kept.length + grapheme.length > maxUnits || bytes + graphemeBytes > maxBytes) break;
    kept += grapheme;
    bytes += graphemeBytes;
  }
  return kept;
}

const isSpaceOrDot = (character: string | undefined): boolean => character === " " || character === ".";

/** Spaces collapsed, leading and trailing spaces and dots gone (scanned by hand: `[\s.]+$` backtracks quadratically). */
function tidy(text: string): string {
  const collapsed = text.replace(/\s+/gu, " ");
  let start = 0;
  let end = collapsed.length;
  while (start < end && isSpaceOrDot(collapsed[start])) start += 1;
  while (end > start && isSpaceOrDot(collapsed[end - 1])) end -= 1;
  return collapsed.slice(start, end);
}

/**
 * The file name (without ".md") for a title: forbidden and control characters become spaces, runs of
 * spaces collapse, leading and trailing dots and spaces go, Unicode NFC, at most MAX_NAME_UNITS UTF-16
 * units and MAX_NAME_BYTES UTF-8 bytes, never empty and never a name Windows reserves.
 */
export function safeFileName(title: string, language: Language): string {
  const cleaned = tidy(title.normalize("NFC").replace(CONTROL, " ").replace(FORBIDDEN, " "));
  const name = tidy(truncateName(cleaned));
  if (name === "") return UNTITLED[language];
  return WINDOWS_RESERVED.test(name) ? `${name} (1)` : name;
}

/** The candidates for a name, in order: "base", "base 1", "base 2", … */
export function* candidateNames(base: string): Generator<string, never, void> {
  yield base;
  for (let counter = 1; ; counter += 1) yield `${base} ${counter}`;
}

/** The first candidate name that `isTaken` does not claim. */
export function nextFreeName(base: string, isTaken: (name: string) => boolean): string {
  for (const candidate of candidateNames(base)) {
    if (!isTaken(candidate)) return candidate;
  }
  throw new Error("unreachable: candidateNames never ends");
}
