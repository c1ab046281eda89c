// Adding root links to a note's frontmatter list (the `roots` key by default), for the commands
// "Link a root to this note" and "Sync linked roots to frontmatter". Works on the frontmatter
// object Obsidian's processFrontMatter hands over: other keys are never touched, a root already
// listed (under any spelling that resolves to it) is never added twice.
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
