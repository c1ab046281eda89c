// An insertion into a note, in editor coordinates (0-based line and column of the note's text with
// line endings normalised to \n and no BOM), and how to apply it to the note's raw text so every
// existing byte — BOM, CRLF line endings and all — stays as it was.

export interface TextPosition {
  /** 0-based line. */
  line: number;
  /** 0-based column, in UTF-16 units. */
  ch: number;
}

export interface TextInsertion {
  /** Where the text goes. */
  at: TextPosition;
  /** What is inserted, with \n line breaks. */
  text: string;
  /** Where the cursor belongs afterwards. */
  cursor: TextPosition;
}

/** The lines of a note as an editor sees them. */
export function editorLines(text: string): string[] {
  return text.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/u);
}

/** The position just after the last character of the text. */
export function endPosition(text: string): TextPosition {
  const lines = editorLines(text);
  const line = lines.length - 1;
  return { line, ch: (lines[line] ?? "").length };
}

/** The offset in `raw` of an editor position, skipping a BOM and counting \r\n, \r and \n as one break. */
function offsetOf(raw: string, position: TextPosition): number {
  let offset = raw.startsWith("\uFEFF") ? 1 : 0;
  for (let line = 0; line < position.line && offset <= raw.length; line += 1) {
    const lf = raw.indexOf("\n", offset);
    const cr = raw.indexOf("\r", offset);
    if (lf === -1 && cr === -1) return raw.length;
    if (cr !== -1 && (lf === -1 || cr < lf)) offset = raw[cr + 1] === "\n" ? cr + 2 : cr + 1;
    else offset = lf + 1;
  }
  return Math.min(offset + position.ch, raw.length);
}

/** `raw` with the insertion applied; the inserted line breaks follow the note's own (CRLF or LF). */
export function applyInsertion(raw: string, insertion: TextInsertion): string {
  const offset = offsetOf(raw, insertion.at);
  const text = raw.includes("\r\n") ? insertion.text.replace(/\n/g, "\r\n") : insertion.text;
  return raw.slice(0, offset) + text + raw.slice(offset);
}

/** Where a position ends up after `text` is inserted at `at`. */
export function positionAfter(at: TextPosition, text: string): TextPosition {
  const lines = text.split("\n");
  const last = lines[lines.length - 1] ?? "";
  return lines.length === 1 ? { line: at.line, ch: at.ch + last.length } : { line: at.line + lines.length - 1, ch: last.length };
}
