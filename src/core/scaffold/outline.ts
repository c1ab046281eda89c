// "Insert Self-Us-Now outline": which sections a note already has (under our headings or the writer's
// own, in either language), and the text that adds the missing ones at the cursor without touching
// a single existing character.
import type { DateTools } from "../dates/date-tools";
import type { Language } from "../i18n";
import type { ParsedNote } from "../markdown/types";
import { renderTemplate } from "./placeholders";
import { findSections, SECTION_IDS, type SectionId } from "./sections";
import { sectionTemplate } from "./template";
import { editorLines, type TextInsertion, type TextPosition } from "./text-insertion";

export interface SectionValues {
  language: Language;
  now: Date;
  dateFormat: string;
  timeFormat: string;
  dates: DateTools;
}

export interface OutlineStatus {
  present: SectionId[];
  missing: SectionId[];
}

export function outlineStatus(note: Pick<ParsedNote, "headings">): OutlineStatus {
  const found = findSections(note.headings);
  return {
    present: SECTION_IDS.filter((id) => found[id] !== undefined),
    missing: SECTION_IDS.filter((id) => found[id] === undefined),
  };
}

/** The sections as Markdown, in Self-Us-Now order, separated by blank lines; the log gets an empty dated entry. */
export function sectionsText(ids: readonly SectionId[], values: SectionValues): string {
  const ordered = SECTION_IDS.filter((id) => ids.includes(id));
  const template = ordered.map((id) => sectionTemplate(id, values.language, "")).join("\n\n");
  return renderTemplate(template, { ...values, title: "", roots: [] }).text;
}

const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === "";

/**
 * Inserts the given sections at `at`: on a line with text, after that line (a paragraph is never
 * split); inside the frontmatter, after it. Blank lines are added around the block only where
 * needed to keep it apart from its neighbours. The cursor lands on the line after the first prompt.
 */
export function insertSections(
  note: Pick<ParsedNote, "text" | "frontmatter">,
  ids: readonly SectionId[],
  at: TextPosition,
  values: SectionValues,
): TextInsertion | null {
  if (ids.length === 0) return null;
  const lines = editorLines(note.text);
  let line = Math.max(0, Math.min(at.line, lines.length - 1));
  if (note.frontmatter && line < note.frontmatter.endLine) line = note.frontmatter.endLine - 1;
  const current = lines[line] ?? "";
  const onText = !isBlank(current);
  const position = { line, ch: onText ? current.length : 0 };
  const before = onText ? "\n\n" : isBlank(lines[line - 1]) ? "" : "\n";
  const next = lines[line + 1];
  const atEnd = line === lines.length - 1;
  const after = atEnd || !isBlank(next) ? "\n" : "";
  const block = sectionsText(ids, values);
  // The first section's heading is the block's first line, its prompt the second; the cursor goes to
  // the line after (a blank line, or the end of the log's dated entry).
  const firstHeadingLine = line + before.length;
  const lineAfterPrompt = block.split("\n")[2] ?? "";
  return {
    at: position,
    text: `${before}${block}${after}`,
    cursor: { line: firstHeadingLine + 2, ch: lineAfterPrompt.length },
  };
}

/** The missing Self-Us-Now sections inserted at `at`, or null when the note has them all. */
export function outlineInsertion(note: ParsedNote, at: TextPosition, values: SectionValues): TextInsertion | null {
  return insertSections(note, outlineStatus(note).missing, at, values);
}
