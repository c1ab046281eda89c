// Link resolution the way Obsidian does it, for the CLI (the plugin asks Obsidian itself): an exact
// vault path (with or without ".md") first, else the notes with that file name, case-insensitive,
// the one nearest to the linking note winning. Every name is compared in Unicode NFC, so a Hangul
// file name stored decomposed (NFD, as macOS writes it) still answers a link typed composed.
import { folderOf, noteBasename } from "./links";
import type { ResolveLink } from "./note-input";

function key(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

function withoutMd(path: string): string {
  return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}

/** Resolves "./x" and "../x" against the linking note's folder; other paths are vault paths. */
export function vaultRelative(linkpath: string, sourcePath: string): string {
  const trimmed = linkpath.startsWith("/") ? linkpath.replace(/^\/+/u, "") : linkpath;
  if (!linkpath.startsWith("./") && !linkpath.startsWith("../")) return trimmed;
  const parts = folderOf(sourcePath) === "" ? [] : folderOf(sourcePath).split("/");
  for (const part of linkpath.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

/** Folder steps from the linking note to a candidate: up to the common folder, then down. */
function distance(sourcePath: string, candidate: string): number {
  const from = folderOf(sourcePath) === "" ? [] : folderOf(sourcePath).split("/");
  const to = folderOf(candidate) === "" ? [] : folderOf(candidate).split("/");
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  return from.length - common + (to.length - common);
}

/**
 * Builds a resolver over the vault's files (vault paths, any normalisation). It answers with the
 * path as given in `paths`, so callers can map back to the disk.
 */
export function createResolver(paths: readonly string[]): ResolveLink {
  const byPath = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const path of paths) {
    const nfc = path.normalize("NFC");
    byPath.set(nfc, path);
    const name = key(noteBasename(nfc));
    const list = byName.get(name);
    if (list) list.push(path);
    else byName.set(name, [path]);
  }

  // A vault links the same few names from thousands of notes: an answer that does not depend on
  // where the link is written (no "./", at most one note by that name) is kept for the next asker.
  const settled = new Map<string, string | null>();
  return (linkpath, sourcePath) => {
    const known = settled.get(linkpath);
    if (known !== undefined) return known;
    const given = linkpath.normalize("NFC").trim();
    const relative = given.startsWith("./") || given.startsWith("../");
    const wanted = vaultRelative(given, sourcePath.normalize("NFC"));
    if (wanted === "") return null;
    const exact = byPath.get(wanted) ?? byPath.get(`${wanted}.md`);
    if (exact !== undefined) {
      if (!relative) settled.set(linkpath, exact);
      return exact;
    }

    // "books/프로세스-이코노미" matches any note whose path ends with that, by its last segment.
    const lowered = key(wanted);
    const candidates = (byName.get(key(noteBasename(wanted))) ?? []).filter(
      (candidate) => {
        if (!lowered.includes("/")) return true;
        const path = key(candidate);
        const bare = withoutMd(path);
        return bare === lowered || path === lowered || bare.endsWith(`/${lowered}`) || path.endsWith(`/${lowered}`);
      },
    );
    if (!relative && candidates.length <= 1) settled.set(linkpath, candidates[0] ?? null);
    if (candidates.length === 0) return null;
    const source = sourcePath.normalize("NFC");
    let best = candidates[0] ?? null;
    for (const candidate of candidates.slice(1)) {
      if (best === null) break;
      const nearer = distance(source, candidate.normalize("NFC")) - distance(source, best.normalize("NFC"));
      if (nearer < 0 || (nearer === 0 && candidate.normalize("NFC") < best.normalize("NFC"))) best = candidate;
    }
    return best;
  };
}
