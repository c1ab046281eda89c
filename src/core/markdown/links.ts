// Wiki links, Markdown links and embeds of one masked line. Each finder moves strictly forward
// (indexOf to the closer, lastIndexOf back to the innermost opener), so a line costs linear time
// even when it is full of unmatched brackets.
import type { NoteLink } from "./types";

export interface ExternalLink {
  line: number;
  url: string;
}

const BACKSLASH = 0x5c;
const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

function splitSubpath(path: string): { target: string; subpath?: string } {
  const hash = path.indexOf("#");
  if (hash < 0) return { target: path.trim() };
  return { target: path.slice(0, hash).trim(), subpath: path.slice(hash).trim() };
}

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Finds [[wiki]] links and ![[embeds]]; returns them and a function that gives the line with
 * those spans blanked (built only when asked: most lines have nothing else to look for).
 */
function findWikiLinks(text: string, line: number, links: NoteLink[]): () => string {
  // Spans to blank, joined once at the end (blanking one by one would copy the line per link).
  const spans: number[] = [];
  let from = 0;
  while (from < text.length) {
    const open = text.indexOf("[[", from);
    if (open < 0) break;
    const close = text.indexOf("]]", open + 2);
    if (close < 0) break;
    const innermost = text.lastIndexOf("[[", close - 1);
    const start = innermost >= open ? innermost : open;
    const inner = text.slice(start + 2, close);
    const embed = start > 0 && text[start - 1] === "!";
    // "\|" is how a wiki link's alias is written inside a table.
    const bar = inner.indexOf("|");
    const pipe = bar > 0 && inner.charCodeAt(bar - 1) === BACKSLASH ? bar - 1 : bar;
    const pathPart = pipe < 0 ? inner : inner.slice(0, pipe);
    const aliasStart = pipe < 0 ? -1 : inner.indexOf("|", pipe) + 1;
    const { target, subpath } = splitSubpath(pathPart.endsWith("\\") ? pathPart.slice(0, -1) : pathPart);
    if (target !== "" || subpath !== undefined) {
      const begin = embed ? start - 1 : start;
      const link: NoteLink = { line, kind: embed ? "embed" : "wiki", original: text.slice(begin, close + 2), target };
      if (subpath !== undefined) link.subpath = subpath;
      if (aliasStart > 0) link.alias = inner.slice(aliasStart).trim();
      links.push(link);
      spans.push(begin, close + 2);
    }
    from = close + 2;
  }
  return () => blankSpans(text, spans);
}

/** The text with each [start, end) span of `spans` (flat, in order) replaced by spaces. */
function blankSpans(text: string, spans: readonly number[]): string {
  if (spans.length === 0) return text;
  const kept: string[] = [];
  let keptUpTo = 0;
  for (let index = 0; index + 1 < spans.length; index += 2) {
    const begin = spans[index] ?? 0;
    const end = spans[index + 1] ?? 0;
    kept.push(text.slice(keptUpTo, begin), " ".repeat(end - begin));
    keptUpTo = end;
  }
  kept.push(text.slice(keptUpTo));
  return kept.join("");
}

/** Finds [text](path) links and ![alt](path) embeds; external URLs go to `external` instead. */
function findMarkdownLinks(text: string, line: number, links: NoteLink[], external: ExternalLink[]): void {
  let from = 0;
  while (from < text.length) {
    const open = text.indexOf("[", from);
    if (open < 0) break;
    const close = text.indexOf("]", open + 1);
    if (close < 0) break;
    if (text[close + 1] !== "(") {
      from = close + 1;
      continue;
    }
    const start = Math.max(open, text.lastIndexOf("[", close - 1));
    const end = text.indexOf(")", close + 2);
    if (end < 0) break;
    let destination = text.slice(close + 2, end).trim();
    if (destination.startsWith("<") && destination.includes(">")) {
      destination = destination.slice(1, destination.indexOf(">"));
    } else {
      // A title after the path: [text](path "title").
      const space = destination.search(/\s/);
      if (space >= 0) destination = destination.slice(0, space);
    }
    const embed = start > 0 && text[start - 1] === "!";
    const begin = embed ? start - 1 : start;
    if (destination !== "") {
      if (URL_SCHEME.test(destination)) external.push({ line, url: destination });
      else {
        const { target, subpath } = splitSubpath(destination);
        const link: NoteLink = {
          line,
          kind: embed ? "embed" : "markdown",
          original: text.slice(begin, end + 1),
          target: decode(target),
        };
        if (subpath !== undefined) link.subpath = decode(subpath);
        const alias = text.slice(start + 1, close).trim();
        if (alias !== "") link.alias = alias;
        links.push(link);
      }
    }
    from = end + 1;
  }
}

const BARE_URL = /\bhttps?:\/\/[^\s<>()[\]]+/g;

/** Collects the links of one masked line (wiki first, so "[[a]](b)" is never read twice). */
export function findLinks(visible: string, line: number, links: NoteLink[], external: ExternalLink[]): void {
  if (!visible.includes("[") && !visible.includes("http")) return;
  const blanked = visible.includes("[[") ? findWikiLinks(visible, line, links) : () => visible;
  // Blanking wiki links never creates "](" or "http", so a line without them needs no blanked copy.
  const wantsMarkdown = visible.includes("](");
  const wantsUrls = visible.includes("http");
  if (!wantsMarkdown && !wantsUrls) return;
  const withoutWiki = blanked();
  const before = external.length;
  if (wantsMarkdown && withoutWiki.includes("](")) findMarkdownLinks(withoutWiki, line, links, external);
  if (external.length === before && wantsUrls && withoutWiki.includes("http")) {
    for (const match of withoutWiki.matchAll(BARE_URL)) external.push({ line, url: match[0] });
  }
}
