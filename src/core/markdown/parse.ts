// One parse of a note: lines with their visible prose, the frontmatter range, headings with their
// section ranges, links, tags, dated lines, numbered steps and questions to the reader. Every
// consumer (rules, the scaffold) reads this; nothing parses twice. The root graph's CLI input needs
// only the note's structure (frontmatter, headings, links, tags): parseNoteStructure is the same
// pass without the prose details, for a CLI that reads a whole vault.
// Linear in the note's length: each line is visited a bounded number of times.
import { hasDate } from "./dates";
import { findLinks, type ExternalLink } from "./links";
import { bodyMasker, findFrontmatter, maskLines } from "./masks";
import { asksReader } from "./questions";
import type { FrontmatterRange, NoteHeading, NoteLine, NoteLink, ParsedNote } from "./types";

export interface ParsedNoteDetails extends ParsedNote {
  /** Links to web addresses (Markdown links and bare URLs) in the body. */
  externalLinks: ExternalLink[];
  /** 1-based line where the body starts (after the frontmatter). */
  bodyStartLine: number;
}

const HEADING = /^[ \t]{0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const NUMBERED_STEP = /^[ \t]*(?:>[ \t]*)*\d{1,3}[.)][ \t]+\S/;
// A tag: "#" at the start or after whitespace/punctuation, then letters, digits, _ - / (not all digits).
const TAG = /#([\p{L}\p{N}_/-]+)/gu;
const TAG_BOUNDARY = /[\s([{,;:!?"'“‘]/u;

/** Strips a BOM and turns CRLF and lone CR into LF. */
export function normaliseText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.includes("\r") ? withoutBom.replace(/\r\n?/g, "\n") : withoutBom;
}

/** "Title ##" → "Title"; "##" alone → "" (trimmed by hand: a regex here could backtrack on long runs of spaces). */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end--;
  if (end === text.length) return text;
  if (end === 0) return "";
  const before = text[end - 1];
  return before === " " || before === "\t" ? text.slice(0, end).trim() : text;
}

function headingOf(visible: string): { level: number; text: string } | null {
  if (!visible.includes("#")) return null;
  const match = HEADING.exec(visible);
  if (!match) return null;
  return { level: (match[1] ?? "#").length, text: withoutClosingHashes((match[2] ?? "").trim()) };
}

function collectTags(visible: string, tags: Set<string>): void {
  if (!visible.includes("#")) return;
  for (const match of visible.matchAll(TAG)) {
    const at = match.index;
    const before = at > 0 ? (visible[at - 1] ?? "") : "";
    if (before !== "" && !TAG_BOUNDARY.test(before)) continue;
    const tag = withoutTrailingSeparators(match[1] ?? "");
    if (tag !== "" && !/^[0-9]+$/.test(tag)) tags.add(tag);
  }
}

/** "a/b--" → "a/b" (by hand: /[/-]+$/ would rescan a long run of dashes from every position). */
function withoutTrailingSeparators(tag: string): string {
  let end = tag.length;
  while (end > 0 && (tag[end - 1] === "/" || tag[end - 1] === "-")) end--;
  return tag.slice(0, end);
}

/** Sets each heading's sectionEnd: the line before the next heading of the same or a higher level. */
function closeSections(headings: NoteHeading[], lastLine: number): void {
  const open: NoteHeading[] = [];
  for (const heading of headings) {
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= heading.level) {
      const closed = open.pop();
      if (closed) closed.sectionEnd = heading.line - 1;
    }
    open.push(heading);
  }
  for (const heading of open) heading.sectionEnd = lastLine;
}

/** What the root graph reads of a note: the frontmatter range, headings, links and tags. */
export type NoteStructure = Pick<ParsedNote, "frontmatter" | "headings" | "links" | "tags">;

/** What one visible line adds to the structure: a heading, links, tags. */
interface StructureFound {
  headings: NoteHeading[];
  links: NoteLink[];
  externalLinks: ExternalLink[];
  tags: Set<string>;
}

function emptyStructure(): StructureFound {
  return { headings: [], links: [], externalLinks: [], tags: new Set() };
}

function splitLines(text: string): string[] {
  const lines = text === "" ? [] : text.split("\n");
  // A final newline ends the last line; it does not start another.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Reads one visible line's heading, links and tags into `found`. */
function readStructure(visible: string, number: number, found: StructureFound): void {
  const heading = headingOf(visible);
  if (heading) found.headings.push({ line: number, level: heading.level, text: heading.text, sectionEnd: number });
  findLinks(visible, number, found.links, found.externalLinks);
  collectTags(heading ? heading.text : visible, found.tags);
}

function frontmatterOf(rawLines: readonly string[], range: { startLine: number; endLine: number } | null): FrontmatterRange | null {
  return range ? { startLine: range.startLine, endLine: range.endLine, yaml: rawLines.slice(1, range.endLine - 1).join("\n") } : null;
}

export function parseNote(raw: string): ParsedNoteDetails {
  const text = normaliseText(typeof raw === "string" ? raw : "");
  const rawLines = splitLines(text);
  const masked = maskLines(rawLines);

  const lines: NoteLine[] = [];
  const found = emptyStructure();
  const datedLines: number[] = [];
  const numberedSteps: number[] = [];
  const questions: number[] = [];

  for (let index = 0; index < rawLines.length; index++) {
    const number = index + 1;
    const visible = masked.visible[index] ?? "";
    lines.push({ number, text: rawLines[index] ?? "", visible });
    if (visible === "") continue;
    readStructure(visible, number, found);
    if (hasDate(visible)) datedLines.push(number);
    if (NUMBERED_STEP.test(visible)) numberedSteps.push(number);
    if (asksReader(visible)) questions.push(number);
  }
  closeSections(found.headings, rawLines.length);

  const frontmatter = frontmatterOf(rawLines, masked.frontmatter);
  return {
    text,
    lines,
    frontmatter,
    headings: found.headings,
    links: found.links,
    tags: [...found.tags],
    datedLines,
    numberedSteps,
    questions,
    externalLinks: found.externalLinks,
    bodyStartLine: frontmatter ? frontmatter.endLine + 1 : 1,
  };
}

// A line that can add a heading, a link or a tag ("#", "["), or open or close code or a comment.
const STRUCTURE_OR_MASK = /[#[`]|~~~|<!--|-->|%%/;

/**
 * The structure alone, as parseNote finds it. Only the lines that can add to it or change what is
 * masked are looked at (bodyMasker: the others change no state), and no line objects are built: a
 * CLI reading a whole vault spends most of its time here.
 */
export function parseNoteStructure(raw: string): NoteStructure {
  const text = normaliseText(typeof raw === "string" ? raw : "");
  const rawLines = splitLines(text);
  const range = findFrontmatter(rawLines);
  const mask = bodyMasker();
  const found = emptyStructure();
  for (let index = range ? range.endLine : 0; index < rawLines.length; index++) {
    const line = rawLines[index] ?? "";
    if (!STRUCTURE_OR_MASK.test(line)) continue;
    const visible = mask(line);
    if (visible.includes("#") || visible.includes("[")) readStructure(visible, index + 1, found);
  }
  closeSections(found.headings, rawLines.length);
  return { frontmatter: frontmatterOf(rawLines, range), headings: found.headings, links: found.links, tags: [...found.tags] };
}
