// "Add process log entry": a dated line `- 2026-11-27 14:05 — ` appended under the note's log
// heading, or a new log heading with that line at the end of the note when it has none.
import type { ParsedNote } from "../markdown/types";
import { formatDate } from "./date-format";
import type { SectionValues } from "./outline";
import { findSections, LOG_SEPARATOR, SECTION_TEXT } from "./sections";
import { editorLines, endPosition, positionAfter, type TextInsertion } from "./text-insertion";

/** "- 2026-11-27 14:05 — " in the user's date and time formats (ISO when a format cannot be read). */
export function logEntryLine(values: SectionValues): string {
  const formatted = (format: string, fallback: string): string => {
    const result = formatDate(values.now, format, values.language, values.dates);
    if (result.ok) return result.text;
    const iso = formatDate(values.now, fallback, values.language, values.dates);
    return iso.ok ? iso.text : "";
  };
  return `- ${formatted(values.dateFormat, "yyyy-MM-dd")} ${formatted(values.timeFormat, "HH:mm")}${LOG_SEPARATOR}`;
}

export function logEntryInsertion(note: Pick<ParsedNote, "text" | "headings">, values: SectionValues): TextInsertion {
  const entry = logEntryLine(values);
  const lines = editorLines(note.text);
  const heading = findSections(note.headings).log;
  if (heading) {
    // After the last non-blank line of the section (its own sub-sections included).
    let last = heading.line - 1;
    for (let index = heading.line; index < Math.min(heading.sectionEnd, lines.length); index += 1) {
      if (!/^\s*$/u.test(lines[index] ?? "")) last = index;
    }
    const at = { line: last, ch: (lines[last] ?? "").length };
    const text = `\n${entry}`;
    return { at, text, cursor: positionAfter(at, text) };
  }
  const at = endPosition(note.text);
  const lastLine = lines[lines.length - 1] ?? "";
  const beforeLast = lines[lines.length - 2];
  const separator =
    note.text.trim() === "" ? "" : lastLine !== "" ? "\n\n" : beforeLast !== undefined && beforeLast.trim() !== "" ? "\n" : "";
  const text = `${separator}## ${SECTION_TEXT[values.language].log.heading}\n${entry}`;
  return { at, text, cursor: positionAfter(at, text) };
}
