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

function findFrontmatter(lines: readonly string[]): { startLine: number; endLine: number } | null {
  if (lines.length < 2 || (lines[0] ?? "").trimEnd() !== "---") return null;
  for (let index = 1; index < lines.length; index++) {
    const line = (lines[index] ?? "").trimEnd();
    if (line === "---" || line === "...") return { startLine: 1, endLine: index + 1 };
  }
  return null;
}

function openFence(line: string): Fence | null {
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

/** Masks inline code and comments of one line; returns the masked line and the comment still open at its end. */
function maskInline(text: string, openComment: CommentKind): { visible: string; openComment: CommentKind } {
  // Most lines hold nothing to mask: keep them as they are without walking them character by character.
  if (openComment === null && !text.includes("`") && !text.includes("<!--") && !text.includes("%%")) {
    return { visible: text.trim() === "" ? "" : text, openComment: null };
  }
  const out: string[] = [];
  let comment = openComment;
  let index = 0;
  let pairs: Map<number, number> | null = null;
  while (index < text.length) {
    if (comment !== null) {
      const closer = comment === "html" ? "-->" : "%%";
      const end = text.indexOf(closer, index);
      const stop = end < 0 ? text.length : end + closer.length;
      out.push(" ".repeat(stop - index));
      index = stop;
      if (end >= 0) comment = null;
      continue;
    }
    const char = text[index];
    if (char === "`") {
      pairs ??= pairBacktickRuns(text);
      const length = runLength(text, index, "`");
      const close = pairs.get(index);
      if (close !== undefined) {
        const stop = close + length;
        out.push(" ".repeat(stop - index));
        index = stop;
      } else {
        out.push(text.slice(index, index + length));
        index += length;
      }
      continue;
    }
    if (char === "<" && text.startsWith("<!--", index)) {
      comment = "html";
      out.push("    ");
      index += 4;
      continue;
    }
    if (char === "%" && text[index + 1] === "%") {
      comment = "percent";
      out.push("  ");
      index += 2;
      continue;
    }
    out.push(char ?? "");
    index++;
  }
  const visible = out.join("");
  return { visible: visible.trim() === "" ? "" : visible, openComment: comment };
}

export function maskLines(lines: readonly string[]): MaskedLines {
  const frontmatter = findFrontmatter(lines);
  const visible: string[] = new Array<string>(lines.length);
  let fence: Fence | null = null;
  let comment: CommentKind = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (frontmatter && index + 1 <= frontmatter.endLine) {
      visible[index] = "";
      continue;
    }
    if (fence) {
      visible[index] = "";
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    if (comment === null) {
      const opened = openFence(line);
      if (opened) {
        fence = opened;
        visible[index] = "";
        continue;
      }
    }
    const masked = maskInline(line, comment);
    visible[index] = masked.visible;
    comment = masked.openComment;
  }
  return { visible, frontmatter };
}
