// The default process post, in Korean and in English, and the one function the plugin and the CLI
// call to make a new post: title + roots + date + (optional user template) → note text and file name.
import type { DateTools } from "../dates/date-tools";
import type { Language } from "../i18n";
import type { Settings } from "../settings";
import { safeFileName, UNTITLED } from "./file-name";
import { frontmatterEnd, renderTemplate } from "./placeholders";
import { FIRST_LOG_ENTRY, LOG_SEPARATOR, SECTION_IDS, SECTION_TEXT, type SectionId } from "./sections";
import { yamlKey, yamlScalar } from "./yaml-scalar";

export type TemplateSettings = Pick<Settings, "postMarkerKey" | "postMarkerValue" | "rootsKey" | "dateFormat" | "timeFormat">;

/**
 * "## heading" and its prompt as an HTML comment, with placeholders; the log also gets a dated entry
 * whose text is `firstEntry`.
 */
export function sectionTemplate(id: SectionId, language: Language, firstEntry = FIRST_LOG_ENTRY[language]): string {
  const { heading, prompt } = SECTION_TEXT[language][id];
  const lines = [`## ${heading}`, `<!-- ${prompt} -->`];
  if (id === "log") lines.push(`- {{date}} {{time}}${LOG_SEPARATOR}${firstEntry}`);
  return lines.join("\n");
}

/** The built-in template, with placeholders, for `language`. */
export function defaultTemplate(language: Language, settings: TemplateSettings): string {
  const frontmatter = [
    "---",
    "title: {{title}}",
    "created: {{date:YYYY-MM-DD}}",
    `${yamlKey(settings.postMarkerKey)}: ${yamlScalar(settings.postMarkerValue)}`,
    `${yamlKey(settings.rootsKey)}: {{roots}}`,
    "status: draft",
    "tags:",
    "  - process-sharing",
    "---",
  ];
  const sections = SECTION_IDS.map((id) => sectionTemplate(id, language));
  return [...frontmatter, "", "# {{title}}", "", sections.join("\n\n"), ""].join("\n");
}

/** A title on one line: line breaks and tabs become spaces, other controls go, NFC, trimmed. */
export function cleanTitle(title: string): string {
  return title
    .normalize("NFC")
    .replace(/[\r\n\t\u2028\u2029]+/gu, " ")
    .replace(/[\p{Cc}\p{Cs}]/gu, "")
    .trim();
}

export interface NewPostRequest {
  title: string;
  /** Link texts of the roots the post practises (without [[ ]]). */
  roots: readonly string[];
  now: Date;
  language: Language;
  settings: TemplateSettings;
  /** A user template's text; the built-in template when absent. */
  template?: string;
  dates: DateTools;
}

export interface NewPost {
  text: string;
  /** The title as written into the note (one line, NFC). */
  title: string;
  /** The file name without ".md"; the adapter adds " 1", " 2"… when it is taken. */
  baseName: string;
  unknownPlaceholders: string[];
}

/**
 * Makes sure the post carries the process-post marker, so a user template without it still yields a
 * note the checklist recognises. Added to existing frontmatter, or as new frontmatter.
 */
export function ensurePostMarker(text: string, settings: TemplateSettings): string {
  const marker = `${yamlKey(settings.postMarkerKey)}: ${yamlScalar(settings.postMarkerValue)}`;
  const lines = text.split("\n");
  const closing = frontmatterEnd(lines);
  if (closing === -1) return `---\n${marker}\n---\n${text}`;
  const keyPattern = new RegExp(`^["']?${settings.postMarkerKey.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`, "u");
  if (lines.slice(1, closing).some((line) => keyPattern.test(line))) return text;
  const ending = lines[0]?.endsWith("\r") ? "\r" : "";
  lines.splice(1, 0, marker + ending);
  return lines.join("\n");
}

export function createPost(request: NewPostRequest): NewPost {
  const title = cleanTitle(request.title) || UNTITLED[request.language];
  const template = request.template ?? defaultTemplate(request.language, request.settings);
  const rendered = renderTemplate(template, {
    title,
    roots: request.roots,
    now: request.now,
    language: request.language,
    dateFormat: request.settings.dateFormat,
    timeFormat: request.settings.timeFormat,
    dates: request.dates,
  });
  return {
    text: ensurePostMarker(rendered.text, request.settings),
    title,
    baseName: safeFileName(title, request.language),
    unknownPlaceholders: rendered.unknownPlaceholders,
  };
}
