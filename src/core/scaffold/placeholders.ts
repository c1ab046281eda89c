// Fills a template's placeholders: {{title}}, {{date}}, {{time}}, {{date:FORMAT}}, {{time:FORMAT}},
// {{roots}}. Plain substitution only — templates never run code. A placeholder that is unknown (or
// whose FORMAT cannot be read) is left exactly as written and reported, so the adapter can name it.
//
// In the frontmatter, a placeholder that is a whole value (`title: {{title}}`, `- "{{date}}"`) is
// written as YAML that reads back as the value: quoted and escaped where needed, and {{roots}} as a
// list of quoted links. Inside a double-quoted YAML string it is escaped for that string.
import type { DateTools } from "../dates/date-tools";
import type { Language } from "../i18n";
import { formatDate } from "./date-format";
import { yamlQuoted, yamlScalar } from "./yaml-scalar";

export interface PlaceholderValues {
  title: string;
  /** Link texts of the post's roots, e.g. "root-04-프로세스-공유" (without [[ ]]). */
  roots: readonly string[];
  now: Date;
  language: Language;
  /** Format of {{date}} and of {{time}} (date-fns or moment-style tokens). */
  dateFormat: string;
  timeFormat: string;
  dates: DateTools;
}

export interface RenderedTemplate {
  text: string;
  /** Placeholders left as written because they are unknown or unreadable, e.g. "{{author}}". */
  unknownPlaceholders: string[];
}

const PLACEHOLDER = /\{\{([^{}\n]*)\}\}/g;

/** "[[name]]" for a root's link text, leaving a link that already has brackets as it is. */
export function rootLink(linktext: string): string {
  const trimmed = linktext.trim();
  return /^\[\[.*\]\]$/u.test(trimmed) ? trimmed : `[[${trimmed}]]`;
}

type Resolved = { kind: "text"; text: string } | { kind: "roots"; links: string[] } | { kind: "unknown" };

function resolve(inner: string, values: PlaceholderValues): Resolved {
  const trimmed = inner.trim();
  const colon = trimmed.indexOf(":");
  const name = (colon === -1 ? trimmed : trimmed.slice(0, colon)).trim().toLowerCase();
  const format = colon === -1 ? "" : trimmed.slice(colon + 1).trim();
  if (colon === -1 && name === "title") return { kind: "text", text: values.title };
  if (colon === -1 && name === "roots") return { kind: "roots", links: values.roots.map(rootLink) };
  if (name === "date" || name === "time") {
    const pattern = format !== "" ? format : name === "date" ? values.dateFormat : values.timeFormat;
    const result = formatDate(values.now, pattern, values.language, values.dates);
    return result.ok ? { kind: "text", text: result.text } : { kind: "unknown" };
  }
  return { kind: "unknown" };
}

function bodyText(resolved: Exclude<Resolved, { kind: "unknown" }>): string {
  return resolved.kind === "roots" ? resolved.links.join(", ") : resolved.text;
}

// `key: {{x}}`, `key: "{{x}}"`, `- {{x}}` — a placeholder that is the whole YAML value.
const WHOLE_VALUE = /^(\s*(?:-|[^\s:#'"-][^:]*:))[ \t]+(["']?)\{\{([^{}\n]*)\}\}\2[ \t]*$/u;

type Resolver = (inner: string) => Resolved;

/** Resolves each distinct placeholder once per render (a template may repeat {{date:…}} many times). */
function memoisedResolver(values: PlaceholderValues): Resolver {
  const cache = new Map<string, Resolved>();
  return (inner) => {
    const key = inner.trim();
    let resolved = cache.get(key);
    if (resolved === undefined) {
      resolved = resolve(key, values);
      cache.set(key, resolved);
    }
    return resolved;
  };
}

function renderFrontmatterLine(line: string, resolveInner: Resolver, unknown: Set<string>): string {
  const whole = WHOLE_VALUE.exec(line);
  if (whole) {
    const [, prefix = "", , inner = ""] = whole;
    const resolved = resolveInner(inner);
    if (resolved.kind === "text") return `${prefix} ${inner.trim().toLowerCase() === "title" ? yamlQuoted(resolved.text) : yamlScalar(resolved.text)}`;
    if (resolved.kind === "roots") {
      const indent = /^\s*/u.exec(prefix)?.[0] ?? "";
      if (prefix.trimEnd().endsWith("-")) {
        // A list item: one item per root (none when there are no roots).
        return resolved.links.map((link) => `${indent}- ${yamlQuoted(link)}`).join("\n");
      }
      if (resolved.links.length === 0) return `${prefix} []`;
      return [prefix, ...resolved.links.map((link) => `${indent}  - ${yamlQuoted(link)}`)].join("\n");
    }
    unknown.add(`{{${inner}}}`);
    return line;
  }
  // Unescaped double quotes seen so far on the line, counted once: an odd count means "inside a string".
  let counted = 0;
  let quotes = 0;
  return line.replace(PLACEHOLDER, (written, inner: string, offset: number) => {
    for (; counted < offset; counted += 1) {
      if (line[counted] === '"' && (counted === 0 || line[counted - 1] !== "\\")) quotes += 1;
    }
    counted = offset + written.length;
    const resolved = resolveInner(inner);
    if (resolved.kind === "unknown") {
      unknown.add(written);
      return written;
    }
    const text = bodyText(resolved);
    return quotes % 2 === 1 ? yamlQuoted(text).slice(1, -1) : text.replace(/[\r\n]+/g, " ");
  });
}

/** The line index of the frontmatter's closing fence, or -1 when the text has no frontmatter. */
export function frontmatterEnd(lines: readonly string[]): number {
  if (lines[0]?.replace(/^\uFEFF/u, "").trimEnd() !== "---") return -1;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]?.trimEnd();
    if (line === "---" || line === "...") return index;
  }
  return -1;
}

export function renderTemplate(template: string, values: PlaceholderValues): RenderedTemplate {
  const unknown = new Set<string>();
  const resolveInner = memoisedResolver(values);
  const lines = template.split("\n");
  const closing = frontmatterEnd(lines);
  const rendered = lines.map((rawLine, index) => {
    // A template saved with CRLF keeps its line endings.
    const ending = rawLine.endsWith("\r") ? "\r" : "";
    const line = ending === "" ? rawLine : rawLine.slice(0, -1);
    if (index > 0 && index < closing) return renderFrontmatterLine(line, resolveInner, unknown).split("\n").join(`${ending}\n`) + ending;
    const body = line.replace(PLACEHOLDER, (written, inner: string) => {
      const resolved = resolveInner(inner);
      if (resolved.kind !== "unknown") return bodyText(resolved);
      unknown.add(written);
      return written;
    });
    return body + ending;
  });
  return { text: rendered.join("\n"), unknownPlaceholders: [...unknown] };
}
