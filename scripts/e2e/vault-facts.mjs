// What the flows expect, read straight from the example vault's files (not through the plugin):
// which notes are roots, which process posts link which root, which posts link none.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const VAULT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../examples/vault");

function notes(dir = VAULT, prefix = "") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".")) return [];
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return notes(path.join(dir, entry.name), relative);
    return entry.name.endsWith(".md") ? [{ path: relative.normalize("NFC"), text: readFileSync(path.join(dir, entry.name), "utf8").normalize("NFC") }] : [];
  });
}

const all = notes();
const isRoot = (note) => /^root-\d+/.test(path.posix.basename(note.path));
const isPost = (note) => /^type:\s*process-post\s*$/m.test(note.text);
const rootName = (note) => path.posix.basename(note.path, ".md");
const linksRoot = (post, root) => post.text.includes(`[[${rootName(root)}`);

export const roots = all.filter(isRoot).map((note) => ({ path: note.path, name: rootName(note) }));
export const posts = all.filter(isPost).map((note) => ({ path: note.path, name: path.posix.basename(note.path, ".md") }));

/** Process posts that link the root (by its file name in a wiki link). */
export function postsLinking(rootPath) {
  const root = all.find((note) => note.path === rootPath);
  return all.filter(isPost).filter((post) => root && linksRoot(post, root)).map((post) => post.path);
}

/** Process posts that link no root. */
export const orphans = all
  .filter(isPost)
  .filter((post) => !all.filter(isRoot).some((root) => linksRoot(post, root)))
  .map((post) => path.posix.basename(post.path, ".md"));
