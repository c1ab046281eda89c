// Link text as the root graph compares it: alias, heading and block reference stripped, Unicode NFC.
// Also finds the wiki links written in frontmatter values, for the CLI (the plugin reads them from
// Obsidian's `frontmatterLinks`).

/**
 * Unicode NFC of `text`. ASCII is its own NFC, and most paths, links and tags are ASCII: a scan for
 * a non-ASCII character is cheaper than asking ICU, and this runs for every link of the vault.
 */
export function toNfc(text: string): string {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) > 0x7f) return text.normalize("NFC");
  }
  return text;
}

/** "root-04|Root 4" → "root-04"; "root-04#Heading" → "root-04"; "root-04#^block" → "root-04". */
export function linkpathOf(raw: string): string {
  let text = raw;
  const bar = text.indexOf("|");
  if (bar !== -1) text = text.slice(0, bar);
  const hash = text.indexOf("#");
  if (hash !== -1) text = text.slice(0, hash);
  return toNfc(text.trim());
}

/** The last segment of a path without its ".md": "a/b/root-04.md" → "root-04". */
export function noteBasename(path: string): string {
  const start = path.lastIndexOf("/") + 1;
  // ".md" in any case, compared by character code: one slice per call (this runs for every note and link).
  const dot = path.length - 3;
  const hasMd =
    dot >= start &&
    path.charCodeAt(dot) === 0x2e &&
    (path.charCodeAt(dot + 1) | 0x20) === 0x6d &&
    (path.charCodeAt(dot + 2) | 0x20) === 0x64;
  return path.slice(start, hasMd ? dot : path.length);
}

/** The folder of a vault path, "" at the vault's top. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

// A link to an image or a PDF is never a root link, even when its name starts like one.
const ATTACHMENT_EXTENSION = /\.(?:png|jpe?g|gif|svg|webp|bmp|avif|pdf|mp3|mp4|m4a|wav|ogg|webm|mov|mkv|canvas|base)$/iu;

export function isAttachmentLink(linkpath: string): boolean {
  return ATTACHMENT_EXTENSION.test(linkpath);
}

/** A URL ("https://…", "obsidian://…", "mailto:…") rather than a note. */
export function isExternalLink(linkpath: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/iu.test(linkpath);
}

export interface FrontmatterWikiLink {
  /** The top-level frontmatter key the link was found under. */
  key: string;
  /** The link path, stripped like linkpathOf. */
  link: string;
}

const WIKI_LINK = /\[\[([^[\]]+)\]\]/gu;
// Frontmatter is small; the limit only guards against pathological nesting.
const MAX_DEPTH = 32;

/** Wiki links inside frontmatter values: any key, strings and lists, nested objects, in document order. */
export function frontmatterWikiLinks(values: Readonly<Record<string, unknown>>): FrontmatterWikiLink[] {
  const found: FrontmatterWikiLink[] = [];
  const seen = new Set<unknown>();
  const visit = (key: string, value: unknown, depth: number): void => {
    if (typeof value === "string") {
      for (const match of value.matchAll(WIKI_LINK)) {
        const link = linkpathOf(match[1] ?? "");
        if (link !== "") found.push({ key, link });
      }
      return;
    }
    if (value === null || typeof value !== "object" || depth >= MAX_DEPTH || seen.has(value)) return;
    seen.add(value);
    const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value as Record<string, unknown>);
    for (const child of children) visit(key, child, depth + 1);
  };
  for (const [key, value] of Object.entries(values)) visit(key, value, 0);
  return found;
}
