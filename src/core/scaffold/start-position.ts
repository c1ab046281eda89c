// Where the writer starts in a new post: the first empty line of the Me section, below its prompt.
import type { ParsedNote } from "../markdown/types";
import { findSections } from "./sections";
import { endPosition, type TextPosition } from "./text-insertion";

export function writingStart(note: Pick<ParsedNote, "text" | "lines" | "headings">): TextPosition {
  const me = findSections(note.headings).me;
  if (!me) return endPosition(note.text);
  // 1-based lines after the heading, within its section.
  for (let number = me.line + 1; number <= me.sectionEnd; number += 1) {
    const line = note.lines[number - 1];
    if (line === undefined) break;
    if (line.text.trim() === "") return { line: number - 1, ch: 0 };
    // Prose already written: continue at its end.
    if (line.visible.trim() !== "") return { line: number - 1, ch: line.text.length };
  }
  return { line: me.line - 1, ch: (note.lines[me.line - 1]?.text ?? "").length };
}
