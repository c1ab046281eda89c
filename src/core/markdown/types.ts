// The shape of one parse of a note. parse.ts builds it in one pass; every rule, the root graph's
// CLI input and the scaffold's section detection read from it, so a note is never parsed twice.

export interface NoteLine {
  /** 1-based line number. */
  number: number;
  /** The line as written, without its line ending. */
  text: string;
  /** The text that counts as prose: frontmatter, code blocks and HTML comments blanked out. */
  visible: string;
}

export interface NoteHeading {
  /** 1-based line of the heading itself. */
  line: number;
  level: number;
  /** Heading text without the leading #'s and trailing #'s, trimmed. */
  text: string;
  /** Last line (1-based, inclusive) of the heading's scope: up to the next heading of the same or a higher level. */
  sectionEnd: number;
}

export type NoteLinkKind = "wiki" | "markdown" | "embed";

export interface NoteLink {
  /** 1-based line of the link. */
  line: number;
  kind: NoteLinkKind;
  /** The link as written, e.g. "[[root-04|Root 4]]". */
  original: string;
  /** The link path with alias, heading and block reference stripped (and URL-decoded for Markdown links). */
  target: string;
  /** "#Heading" or "#^block" when present. */
  subpath?: string;
  /** Display text after "|" (wiki) or between [] (Markdown). */
  alias?: string;
}

export interface FrontmatterRange {
  /** 1-based line of the opening ---. */
  startLine: number;
  /** 1-based line of the closing --- (or ...). */
  endLine: number;
  /** The YAML between the fences, for the adapter to parse (Obsidian's cache or the yaml package). */
  yaml: string;
}

export interface ParsedNote {
  /** The note text with BOM removed and line endings normalised to \n. */
  text: string;
  lines: NoteLine[];
  frontmatter: FrontmatterRange | null;
  headings: NoteHeading[];
  /** Links in the body (never in frontmatter, code or comments). */
  links: NoteLink[];
  /** Tags written in the body ("#root" → "root"). */
  tags: string[];
  /** Lines that carry a date: 2026-03-02, 3/2, 3월 2일, Day 3, 1주차. */
  datedLines: number[];
  /** Lines that are ordered-list steps ("1. …", "2) …"). */
  numberedSteps: number[];
  /** Lines that ask the reader a question. */
  questions: number[];
}
