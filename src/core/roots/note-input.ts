// What the root graph knows of one note: plain data, so the plugin can build it from Obsidian's
// metadata cache (never reading a note's text) and the CLI from the core parser and its own resolver.
import type { ParsedNote } from "../markdown/types";
import { frontmatterWikiLinks, isExternalLink, linkpathOf } from "./links";

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
