// Masks what is never prose: frontmatter, fenced code blocks, inline code, HTML comments and
// Obsidian %% comments. One left-to-right pass over the lines; a comment or fence may span lines
// and an unclosed one runs to the end of the note, as in Obsidian's reading view.

export interface MaskedLines {
  /** Per line: the text with masked characters replaced by spaces ("" when the whole line is masked). */
  visible: string[];
  /** 1-based first and last line of the frontmatter block, or null. */
  frontmatter: { startLine: number; endLine: number } | null;
}

interface Fence {
  marker: "`" | "~";
  length: number;
}

const FENCE_OPEN = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})[ \t]*$/;

/** `line.trimEnd() === fence`, without copying the line (a never-closed frontmatter is read to the end). */
function isFenceLine(line: string, fence: string): boolean {
  return line.startsWith(fence) && isBlank(line, fence.length);
}

export function findFrontmatter(lines: readonly string[]): { startLine: number; endLine: number } | null {
  if (lines.length < 2 || !isFenceLine(lines[0] ?? "", "---")) return null;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (isFenceLine(line, "---") || isFenceLine(line, "...")) return { startLine: 1, endLine: index + 1 };
  }
  return null;
}

function openFence(line: string): Fence | null {
  if (!line.includes("```") && !line.includes("~~~")) return null;
  const match = FENCE_OPEN.exec(line);
  if (!match) return null;
  const run = match[1] ?? "";
  const marker = run[0] === "~" ? "~" : "`";
  // A backtick fence's info string may not contain backticks (CommonMark).
  if (marker === "`" && (match[2] ?? "").includes("`")) return null;
  return { marker, length: run.length };
}

function closesFence(line: string, fence: Fence): boolean {
  const match = FENCE_CLOSE.exec(line);
  if (!match) return false;
  const run = match[1] ?? "";
  return run[0] === fence.marker && run.length >= fence.length;
}

/** Length of the run of `char` starting at `start`. */
function runLength(text: string, start: number, char: string): number {
  let end = start;
  while (end < text.length && text[end] === char) end++;
  return end - start;
}

/**
 * For each backtick run in a line, the index of the run that closes it (same length, later), or -1.
 * Runs are grouped by length and each group is walked once, so a line costs linear time.
 */
function pairBacktickRuns(text: string): Map<number, number> {
  const runsByLength = new Map<number, number[]>();
  for (let index = 0; index < text.length; ) {
    if (text[index] !== "`") {
      index++;
      continue;
    }
    const length = runLength(text, index, "`");
    const group = runsByLength.get(length);
    if (group) group.push(index);
    else runsByLength.set(length, [index]);
    index += length;
  }
  const closing = new Map<number, number>();
  for (const group of runsByLength.values()) {
    for (let index = 0; index + 1 < group.length; index += 2) {
      closing.set(group[index] ?? 0, group[index + 1] ?? 0);
    }
  }
  return closing;
}

type CommentKind = "html" | "percent" | null;

const BACKTICK = 0x60;
const LESS_THAN = 0x3c;
const PERCENT = 0x25;

/** Whether a line is only whitespace (what String.prototype.trim removes), without copying the line. */
function isBlank(text: string, from = 0): boolean {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0) continue;
    // Below U+1680 nothing else is whitespace; above, the few Unicode spaces are left to \s.
    if (code < 0x1680 || /\S/.test(text.charAt(index))) return false;
  }
  return true;
}

/** The comment still open at the end of the line maskInline read last (one object per note, not per line). */
interface InlineState {
  comment: CommentKind;
}

/** Masks inline code and comments of one line; returns the masked line and leaves the comment still open at its end in `state`. */
function maskInline(text: string, state: InlineState): string {
  // Most lines hold nothing to mask: keep them as they are without walking them character by character.
  if (state.comment === null && !text.includes("`") && !text.includes("<!--") && !text.includes("%%")) {
    return isBlank(text) ? "" : text;
  }
  // The output is the kept stretches copied whole and the masked spans as runs of spaces: nothing is
  // allocated per character, so a line of a megabyte costs a handful of strings.
  const out: string[] = [];
  let copiedUpTo = 0;
  const blank = (from: number, to: number): void => {
    if (from > copiedUpTo) out.push(text.slice(copiedUpTo, from));
    out.push(" ".repeat(to - from));
    copiedUpTo = to;
  };
  let comment = state.comment;
  let index = 0;
  let pairs: Map<number, number> | null = null;
  while (index < text.length) {
    if (comment !== null) {
      const closer = comment === "html" ? "-->" : "%%";
      const end = text.indexOf(closer, index);
      const stop = end < 0 ? text.length : end + closer.length;
      blank(index, stop);
      index = stop;
      if (end >= 0) comment = null;
      continue;
    }
    const code = text.charCodeAt(index);
    if (code === BACKTICK) {
      pairs ??= pairBacktickRuns(text);
      const length = runLength(text, index, "`");
      const close = pairs.get(index);
      if (close !== undefined) blank(index, close + length);
      index = close !== undefined ? close + length : index + length;
      continue;
    }
    if (code === LESS_THAN && text.startsWith("<!--", index)) {
      comment = "html";
      blank(index, index + 4);
      index += 4;
      continue;
    }
    if (code === PERCENT && text.charCodeAt(index + 1) === PERCENT) {
      comment = "percent";
      blank(index, index + 2);
      index += 2;
      continue;
    }
    index++;
  }
  if (copiedUpTo < text.length) out.push(text.slice(copiedUpTo));
  const visible = out.join("");
  state.comment = comment;
  return isBlank(visible) ? "" : visible;
}

/**
 * Masks the body's lines one after another, carrying open fences and comments from line to line:
 * gives each line's visible text. A line with none of the markers (`, ~~~, <!--, -->, %%) changes
 * no state, so a caller that only needs some lines may leave those others out.
 */
export function bodyMasker(): (line: string) => string {
  let fence: Fence | null = null;
  const inline: InlineState = { comment: null };
  return (line) => {
    if (fence) {
      if (closesFence(line, fence)) fence = null;
      return "";
    }
    if (inline.comment === null) {
      const opened = openFence(line);
      if (opened) {
        fence = opened;
        return "";
      }
    }
    return maskInline(line, inline);
  };
}

export function maskLines(lines: readonly string[]): MaskedLines {
  const frontmatter = findFrontmatter(lines);
  const visible: string[] = new Array<string>(lines.length);
  const bodyStart = frontmatter ? frontmatter.endLine : 0;
  visible.fill("", 0, bodyStart);
  const mask = bodyMasker();
  for (let index = bodyStart; index < lines.length; index++) visible[index] = mask(lines[index] ?? "");
  return { visible, frontmatter };
}
