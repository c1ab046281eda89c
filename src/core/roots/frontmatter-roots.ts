// Adding root links to a note's frontmatter list (the `roots` key by default), for the commands
// "Link a root to this note" and "Sync linked roots to frontmatter". addRootLinks decides, on the
// parsed frontmatter, what is missing (a root already listed under any spelling that resolves to it
// is never added twice); addRootLinksInText writes it into the note's text, changing only that key.
import { frontmatterWikiLinks } from "./links";

export interface RootToLink {
  path: string;
  /** What to write between [[ ]]. */
  linktext: string;
}

export type AddRootLinksResult =
  | { added: string[] }
  /** The key holds something that is not a list of links (a number, a mapping): left alone. */
  | { problem: "roots-key-not-a-list" };

/**
 * Appends `[[linktext]]` for each root not yet listed under `key`. `resolve` maps a link path
 * written in this note to a vault path, so "[[Root 04]]" and "[[root-04]]" count as the same root.
 */
export function addRootLinks(
  frontmatter: Record<string, unknown>,
  key: string,
  roots: readonly RootToLink[],
  resolve: (linkpath: string) => string | null,
): AddRootLinksResult {
  const current = frontmatter[key];
  let list: unknown[];
  if (current === undefined || current === null || current === "") list = [];
  else if (typeof current === "string") list = [current];
  else if (Array.isArray(current)) list = [...(current as unknown[])];
  else return { problem: "roots-key-not-a-list" };

  const listed = new Set<string>();
  for (const { link } of frontmatterWikiLinks({ [key]: list })) listed.add(resolve(link) ?? link);
  const added: string[] = [];
  for (const root of roots) {
    if (listed.has(root.path)) continue;
    listed.add(root.path);
    list.push(`[[${root.linktext}]]`);
    added.push(root.path);
  }
  if (added.length > 0) frontmatter[key] = list;
  return { added };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** `"[[root-04-프로세스-공유]]"`: double-quoted (JSON's escapes are YAML's), so any link text stays one string. */
function listEntry(linktext: string): string {
  return JSON.stringify(`[[${linktext}]]`);
}

/** Splits `value # comment` (the comment with its leading space), skipping a quoted value's own " #". */
function splitComment(value: string): { value: string; comment: string } {
  let from = 0;
  const quote = value.startsWith('"') ? '"' : value.startsWith("'") ? "'" : null;
  if (quote !== null) {
    const close = value.indexOf(quote, 1);
    from = close === -1 ? value.length : close + 1;
  }
  const match = /[ \t]#/u.exec(value.slice(from));
  if (!match) return { value: value.trimEnd(), comment: "" };
  const at = from + match.index;
  return { value: value.slice(0, at).trimEnd(), comment: value.slice(at) };
}

/**
 * The note's text with `[[linktext]]` entries appended to the frontmatter list under `key`, as a
 * surgical edit: only the key's own lines change, so other keys, their order and quoting, YAML
 * comments, line endings, a BOM and the body keep every byte. A block list gets new `- ` lines in
 * its own indentation, a one-line flow list (`[a, b]`) new entries before its `]`, a single value
 * becomes a block list that keeps it first; a missing key (or frontmatter) is added. Returns null
 * for shapes it does not edit by hand (a flow list spread over lines): the caller re-serialises.
 */
export function addRootLinksInText(text: string, key: string, linktexts: readonly string[]): string | null {
  if (linktexts.length === 0) return text;
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = text.slice(bom.length);
  const eol = body.includes("\r\n") ? "\r\n" : "\n";
  const lines = body.split(/\r?\n/u);
  const entries = linktexts.map(listEntry);
  const isFence = (line: string | undefined): boolean => (line ?? "").trimEnd() === "---";
  const closing = isFence(lines[0]) ? lines.findIndex((line, index) => index > 0 && (isFence(line) || line.trimEnd() === "...")) : -1;

  if (closing < 0) {
    return `${bom}---${eol}${key}:${eol}${entries.map((entry) => `  - ${entry}`).join(eol)}${eol}---${eol}${body}`;
  }

  const keyLine = new RegExp(`^(["']?)${escapeRegExp(key)}\\1[ \\t]*:`, "u");
  const keyIndex = lines.findIndex((line, index) => index > 0 && index < closing && keyLine.test(line));
  if (keyIndex < 0) {
    lines.splice(closing, 0, `${key}:`, ...entries.map((entry) => `  - ${entry}`));
    return bom + lines.join(eol);
  }

  const line = lines[keyIndex] ?? "";
  const head = keyLine.exec(line)?.[0] ?? `${key}:`;
  const { value, comment } = splitComment(line.slice(head.length).trim());

  if (value.startsWith("[")) {
    if (!value.endsWith("]")) return null;
    const gap = /^[ \t]*/u.exec(line.slice(head.length))?.[0] ?? " ";
    const inner = value.slice(1, -1).trimEnd();
    const joined = inner.trim() === "" ? entries.join(", ") : `${inner}, ${entries.join(", ")}`;
    lines[keyIndex] = `${head}${gap}[${joined}]${comment}`;
    return bom + lines.join(eol);
  }

  if (value !== "" && value !== "~" && value !== "null") {
    // One value: the list keeps it first, as written.
    lines.splice(keyIndex, 1, `${head}${comment}`, `  - ${value}`, ...entries.map((entry) => `  - ${entry}`));
    return bom + lines.join(eol);
  }

  // A block list: the indented lines (or "- " lines at the key's own level) up to the next key.
  let end = keyIndex + 1;
  while (end < closing) {
    const next = lines[end] ?? "";
    if (next.trim() === "" || /^[ \t]/u.test(next) || next.startsWith("-")) end++;
    else break;
  }
  while (end - 1 > keyIndex && (lines[end - 1] ?? "").trim() === "") end--;
  const firstItem = lines.slice(keyIndex + 1, end).find((candidate) => candidate.trimStart().startsWith("-"));
  const prefix = firstItem === undefined ? "  - " : `${firstItem.slice(0, firstItem.length - firstItem.trimStart().length)}- `;
  if (value !== "") lines[keyIndex] = `${head}${comment}`;
  lines.splice(end, 0, ...entries.map((entry) => `${prefix}${entry}`));
  return bom + lines.join(eol);
}
