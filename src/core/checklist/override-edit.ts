// Writes or removes one manual override (`process-checklist: {why: true}`) as a surgical text edit:
// only the lines of the `process-checklist` key change, so the writer's other keys, their order,
// their quoting, YAML comments and the body keep every byte. Line endings and a BOM are kept.
import type { ChecklistItemId } from "../ids";
import { OVERRIDE_KEY } from "./registry";

const KEY_LINE = new RegExp(`^(["']?)${OVERRIDE_KEY}\\1[ \\t]*:(.*)$`);

/** "  why: true" → its indent and key (read by hand: a pattern here could rescan long runs of spaces). */
function childOf(line: string): { indent: string; key: string } | null {
  const trimmed = line.trimStart();
  if (trimmed === line || trimmed === "" || trimmed.startsWith("#")) return null;
  const colon = trimmed.indexOf(":");
  if (colon <= 0) return null;
  return { indent: line.slice(0, line.length - trimmed.length), key: trimmed.slice(0, colon).trim().replace(/^["']|["']$/g, "") };
}

/** The value without a trailing YAML comment (" # …"), found by scanning: a pattern would rescan long blank runs. */
function withoutComment(value: string): string {
  for (let hash = value.indexOf("#"); hash !== -1; hash = value.indexOf("#", hash + 1)) {
    const before = value[hash - 1];
    if (before === " " || before === "\t") return value.slice(0, hash).trimEnd();
  }
  return value;
}

/** The entries of a one-line flow mapping such as "{why: true, archive: true}" (unknown shapes give none). */
function flowEntries(value: string): Map<string, string> {
  const entries = new Map<string, string>();
  const trimmed = withoutComment(value).trim();
  if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) return entries;
  for (const part of trimmed.slice(1, -1).split(",")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const key = part.slice(0, colon).trim().replace(/^["']|["']$/g, "");
    if (key !== "") entries.set(key, part.slice(colon + 1).trim());
  }
  return entries;
}

/**
 * The note's text with `id` marked done (`done`) or its mark removed. A note without frontmatter
 * gains one; removing the last mark removes the key. Text that needs no change comes back as is.
 */
export function setOverrideInText(text: string, id: ChecklistItemId, done: boolean): string {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = text.slice(bom.length);
  const eol = body.includes("\r\n") ? "\r\n" : "\n";
  const lines = body.split(/\r?\n/);
  const closing = (lines[0] ?? "").trimEnd() === "---" ? lines.findIndex((line, index) => index > 0 && (line.trimEnd() === "---" || line.trimEnd() === "...")) : -1;

  if (closing < 0) {
    if (!done) return text;
    return `${bom}---${eol}${OVERRIDE_KEY}:${eol}  ${id}: true${eol}---${eol}${body}`;
  }

  const keyIndex = lines.findIndex((line, index) => index > 0 && index < closing && KEY_LINE.test(line));
  if (keyIndex < 0) {
    if (!done) return text;
    lines.splice(closing, 0, `${OVERRIDE_KEY}:`, `  ${id}: true`);
    return bom + lines.join(eol);
  }

  // The key's block: the indented (or blank) lines under it, up to the next top-level line.
  let blockEnd = keyIndex + 1;
  while (blockEnd < closing && (/^[ \t]/.test(lines[blockEnd] ?? "") || (lines[blockEnd] ?? "").trim() === "")) blockEnd++;
  while (blockEnd - 1 > keyIndex && (lines[blockEnd - 1] ?? "").trim() === "") blockEnd--;
  const inline = withoutComment(KEY_LINE.exec(lines[keyIndex] ?? "")?.[2] ?? "").trim();

  if (inline !== "" && inline !== "~" && inline !== "null") {
    // A flow mapping on the key's line: rewrite just this key as a block with the same entries.
    const entries = flowEntries(inline);
    if (done) entries.set(id, "true");
    else entries.delete(id);
    const replacement = entries.size === 0 ? [] : [`${OVERRIDE_KEY}:`, ...[...entries].map(([key, value]) => `  ${key}: ${value}`)];
    lines.splice(keyIndex, blockEnd - keyIndex, ...replacement);
    return bom + lines.join(eol);
  }

  const children: { index: number; indent: string; key: string }[] = [];
  for (let index = keyIndex + 1; index < blockEnd; index++) {
    const child = childOf(lines[index] ?? "");
    if (child) children.push({ index, ...child });
  }
  const existing = children.find((child) => child.key === id);
  if (done) {
    const indent = children[0]?.indent ?? "  ";
    if (existing) lines[existing.index] = `${existing.indent}${id}: true`;
    else lines.splice(blockEnd, 0, `${indent}${id}: true`);
    return bom + lines.join(eol);
  }
  if (!existing) return text;
  if (children.length === 1) lines.splice(keyIndex, blockEnd - keyIndex);
  else lines.splice(existing.index, 1);
  return bom + lines.join(eol);
}
