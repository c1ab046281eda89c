// What the root graph knows of one note: plain data, so the plugin can build it from Obsidian's
// metadata cache (never reading a note's text) and the CLI from the core parser and its own resolver.
import type { ParsedNote } from "../markdown/types";
import { frontmatterWikiLinks, isExternalLink, linkpathOf } from "./links";
import { createResolver } from "./resolve";

export type RootLinkKind = "wiki" | "markdown" | "embed" | "frontmatter";

export interface RootLinkInput {
  kind: RootLinkKind;
  /** 1-based line in the note for body links; 0 for frontmatter links (they have no body line). */
  line: number;
  /** Frontmatter links: the top-level key holding the link ("roots", "prerequisites"). */
  key?: string;
  /** The link path as written, alias, heading and block reference stripped ("root-04-프로세스-공유"). */
  link: string;
  /** The vault path the link resolves to, or null when it resolves to nothing. */
  target: string | null;
}

export interface RootHeadingInput {
  /** 1-based line of the heading, counted like the links' lines. */
  line: number;
  level: number;
  text: string;
}

export interface RootNoteInput {
  /** Vault path, "/"-separated, NFC, with its extension ("roots/root-04.md"). */
  path: string;
  /** Frontmatter values as parsed (Obsidian's cache or the yaml package); {} when there is none. */
  frontmatter: Readonly<Record<string, unknown>>;
  /** Tags written in the body, with or without "#". Frontmatter `tags` are read from `frontmatter`. */
  tags: readonly string[];
  /** Headings in order; a heading's scope is computed from the levels, so no section end is needed. */
  headings: readonly RootHeadingInput[];
  links: readonly RootLinkInput[];
  /** Last modification time in milliseconds, the date of a post without a `created`/`date` in frontmatter. */
  mtime: number;
}

/** Resolves a link path written in `sourcePath` to a vault path, or null. */
export type ResolveLink = (linkpath: string, sourcePath: string) => string | null;

/**
 * The input of one note from a parse of its text (the CLI's way). Body links come from the parse,
 * frontmatter links from the parsed frontmatter values; all are resolved with `resolve`.
 */
export function noteInputFromParse(
  path: string,
  parsed: Pick<ParsedNote, "headings" | "links" | "tags">,
  frontmatter: Readonly<Record<string, unknown>>,
  mtime: number,
  resolve: ResolveLink,
): RootNoteInput {
  const links: RootLinkInput[] = [];
  for (const link of frontmatterWikiLinks(frontmatter)) {
    links.push({ kind: "frontmatter", line: 0, key: link.key, link: link.link, target: resolve(link.link, path) });
  }
  for (const link of parsed.links) {
    const linkpath = linkpathOf(link.target);
    if (linkpath === "" || isExternalLink(linkpath)) continue;
    links.push({ kind: link.kind, line: link.line, link: linkpath, target: resolve(linkpath, path) });
  }
  return {
    path,
    frontmatter,
    tags: parsed.tags,
    headings: parsed.headings.map(({ line, level, text }) => ({ line, level, text })),
    links,
    mtime,
  };
}

export interface ParsedVaultNote {
  path: string;
  parsed: Pick<ParsedNote, "headings" | "links" | "tags">;
  frontmatter: Readonly<Record<string, unknown>>;
  mtime: number;
}

/** Inputs for a whole vault parsed from disk, every link resolved against the vault's own paths. */
export function noteInputsFromParses(notes: readonly ParsedVaultNote[], otherFiles: readonly string[] = []): RootNoteInput[] {
  const resolve = createResolver([...notes.map((note) => note.path), ...otherFiles]);
  return notes.map((note) => noteInputFromParse(note.path, note.parsed, note.frontmatter, note.mtime, resolve));
}

/** The parts of Obsidian's CachedMetadata the graph reads, typed structurally so core needs no `obsidian`. */
export interface MetadataLike {
  frontmatter?: Readonly<Record<string, unknown>>;
  tags?: readonly { tag: string }[];
  headings?: readonly { heading: string; level: number; position: { start: { line: number } } }[];
  links?: readonly { link: string; original: string; position: { start: { line: number } } }[];
  embeds?: readonly { link: string; position: { start: { line: number } } }[];
  frontmatterLinks?: readonly { key: string; link: string }[];
}

function decodeMarkdownLink(link: string): string {
  if (!link.includes("%")) return link;
  try {
    return decodeURIComponent(link);
  } catch {
    return link;
  }
}

/**
 * The input of one note from Obsidian's metadata cache (the plugin's way): never the note's text.
 * Positions are 0-based there; lines here are 1-based like the parser's.
 */
export function noteInputFromMetadata(path: string, mtime: number, metadata: MetadataLike | null, resolve: ResolveLink): RootNoteInput {
  const frontmatterLinks = metadata?.frontmatterLinks ?? [];
  const bodyLinks = metadata?.links ?? [];
  const embeds = metadata?.embeds ?? [];
  // Sized up front and trimmed after: the graph keeps every note's list, and one grown by push
  // from empty reserves room for 17 links.
  const links = new Array<RootLinkInput>(frontmatterLinks.length + bodyLinks.length + embeds.length);
  let count = 0;
  const add = (kind: RootLinkKind, line: number, raw: string, key?: string): void => {
    const link = linkpathOf(raw);
    if (link === "" || isExternalLink(link)) return;
    links[count++] = key === undefined ? { kind, line, link, target: resolve(link, path) } : { kind, line, link, target: resolve(link, path), key };
  };
  // A list item's key is "roots.0" in the cache; the relation keys are the top-level name.
  for (const link of frontmatterLinks) {
    const dot = link.key.indexOf(".");
    add("frontmatter", 0, link.link, dot === -1 ? link.key : link.key.slice(0, dot));
  }
  for (const link of bodyLinks) {
    const wiki = link.original.startsWith("[[");
    add(wiki ? "wiki" : "markdown", link.position.start.line + 1, wiki ? link.link : decodeMarkdownLink(link.link));
  }
  for (const embed of embeds) add("embed", embed.position.start.line + 1, embed.link);
  links.length = count;
  return {
    path,
    frontmatter: metadata?.frontmatter ?? {},
    tags: (metadata?.tags ?? []).map((tag) => tag.tag),
    headings: (metadata?.headings ?? []).map((heading) => ({
      line: heading.position.start.line + 1,
      level: heading.level,
      text: heading.heading,
    })),
    links,
    mtime,
  };
}
