// Which notes are roots, which are process posts, and a root's number and title — all decided by
// the settings, compiled once into a classifier the graph asks for every note.
import type { Settings } from "../settings";
import { noteBasename, toNfc } from "./links";
import type { RootNoteInput } from "./note-input";

/** The settings that decide what a note is; the root graph depends on these and on no others. */
export const CLASSIFIER_SETTING_KEYS = [
  "rootTag",
  "rootCategoryKey",
  "rootCategoryValue",
  "rootFileNamePattern",
  "rootsFolder",
  "postMarkerKey",
  "postMarkerValue",
  "postsFolder",
  "ignoredPaths",
] as const satisfies readonly (keyof Settings)[];

export type ClassifierSettings = Pick<Settings, (typeof CLASSIFIER_SETTING_KEYS)[number]>;

/**
 * The classifier settings as one comparable value: equal keys classify every note the same, so a
 * change of any other setting (extra words, a date format) needs no rebuild of the root graph.
 */
export function classifierSettingsKey(settings: ClassifierSettings): string {
  return JSON.stringify(CLASSIFIER_SETTING_KEYS.map((key) => settings[key]));
}

type ClassifiedNote = Pick<RootNoteInput, "path" | "frontmatter" | "tags">;

export interface NoteClassifier {
  isIgnored(path: string): boolean;
  isRoot(note: ClassifiedNote): boolean;
  isPost(note: ClassifiedNote): boolean;
  /** True when a link's file name looks like a root's (the file-name pattern); used for unresolved links. */
  looksLikeRootName(linkpath: string): boolean;
  /** The number that orders roots ("root-04-…" → 4), or null. */
  rootNumber(note: Pick<RootNoteInput, "path" | "frontmatter" | "headings">): number | null;
}

function comparable(text: string): string {
  return toNfc(text).trim().toLowerCase();
}

/** "/Roots/" → "Roots"; "" stays "" (no folder). */
export function normaliseFolder(folder: string): string {
  const trimmed = folder.normalize("NFC").trim();
  // Index scans rather than /\/+$/, which is quadratic on a long run of slashes before a letter.
  let start = 0;
  let end = trimmed.length;
  while (start < end && trimmed[start] === "/") start++;
  while (end > start && trimmed[end - 1] === "/") end--;
  return trimmed.slice(start, end);
}

function isInside(path: string, folder: string): boolean {
  return folder !== "" && (path === folder || path.startsWith(`${folder}/`));
}

/**
 * The note carries tag `wanted` or one nested under it ("root/sub"): a body tag, or frontmatter
 * `tags`/`tag` (a list, or text separated by commas or spaces). Checked without building lists:
 * this runs for every note of the vault.
 */
function hasTag(note: Pick<RootNoteInput, "frontmatter" | "tags">, wanted: string): boolean {
  for (const tag of note.tags) if (tagIs(tag, wanted)) return true;
  return frontmatterTagsHave(note.frontmatter.tags, wanted) || frontmatterTagsHave(note.frontmatter.tag, wanted);
}

/** A frontmatter `tags`/`tag` value (text or a list of texts) holds tag `wanted`. */
function frontmatterTagsHave(value: unknown, wanted: string): boolean {
  if (value === undefined || value === null) return false;
  if (!Array.isArray(value)) return frontmatterTagHas(value, wanted);
  for (const entry of value as unknown[]) if (frontmatterTagHas(entry, wanted)) return true;
  return false;
}

function frontmatterTagHas(entry: unknown, wanted: string): boolean {
  if (typeof entry !== "string") return false;
  if (tagIs(entry, wanted)) return true;
  return /[,\s]/u.test(entry) && entry.split(/[,\s]+/u).some((part) => part !== "" && tagIs(part, wanted));
}

/** True when the frontmatter value under `key` is `wanted` (already comparable), or a list holding it. */
function frontmatterHas(frontmatter: Readonly<Record<string, unknown>>, key: string, wanted: string): boolean {
  if (key === "" || wanted === "") return false;
  const value = frontmatter[key];
  if (!Array.isArray(value)) return frontmatterValueIs(value, wanted);
  for (const entry of value as unknown[]) if (frontmatterValueIs(entry, wanted)) return true;
  return false;
}

function frontmatterValueIs(entry: unknown, wanted: string): boolean {
  return (typeof entry === "string" || typeof entry === "number") && (entry === wanted || comparable(String(entry)) === wanted);
}

/** True when a raw tag ("#Root", "root/sub") is `wanted` or nested under it; `wanted` is already comparable. */
function tagIs(raw: string, wanted: string): boolean {
  if (raw === wanted || raw === `#${wanted}`) return true;
  const tag = comparable(raw).replace(/^#/u, "");
  return tag === wanted || tag.startsWith(`${wanted}/`);
}

/** The settings' file-name pattern, or null when it is empty or not a valid expression (then it matches nothing). */
export function compileRootPattern(pattern: string): RegExp | null {
  if (pattern.trim() === "") return null;
  try {
    return new RegExp(pattern.normalize("NFC"), "iu");
  } catch {
    return null;
  }
}

// One class for everything between "root" and the number: no way to split a run of spaces twice.
const ROOT_NUMBER_IN_TITLE = /\broot[-_\s]*(\d+)/iu;

export function createNoteClassifier(settings: ClassifierSettings): NoteClassifier {
  const rootTag = comparable(settings.rootTag).replace(/^#/u, "");
  const categoryKey = settings.rootCategoryKey.trim();
  const categoryValue = comparable(settings.rootCategoryValue);
  const markerKey = settings.postMarkerKey.trim();
  const markerValue = comparable(settings.postMarkerValue);
  const pattern = compileRootPattern(settings.rootFileNamePattern);
  const rootsFolder = normaliseFolder(settings.rootsFolder);
  const postsFolder = normaliseFolder(settings.postsFolder);
  const ignored = settings.ignoredPaths.map(normaliseFolder).filter((entry) => entry !== "");

  const matchName = (path: string): RegExpExecArray | null =>
    pattern === null ? null : pattern.exec(toNfc(noteBasename(path)));
  // No match object: isRoot asks this of every note.
  const nameMatches = (path: string): boolean => pattern !== null && pattern.test(toNfc(noteBasename(path)));

  return {
    isIgnored(path) {
      for (const entry of ignored) if (isInside(path, entry)) return true;
      return false;
    },
    isRoot(note) {
      if (rootTag !== "" && hasTag(note, rootTag)) return true;
      if (frontmatterHas(note.frontmatter, categoryKey, categoryValue)) return true;
      if (nameMatches(note.path)) return true;
      return isInside(note.path, rootsFolder);
    },
    isPost(note) {
      return frontmatterHas(note.frontmatter, markerKey, markerValue) || isInside(note.path, postsFolder);
    },
    looksLikeRootName: nameMatches,
    rootNumber(note) {
      const digits = matchName(note.path)?.[0].match(/\d+/u)?.[0];
      if (digits !== undefined) return Number(digits);
      const title = rootTitle(note);
      const fromTitle = ROOT_NUMBER_IN_TITLE.exec(title)?.[1] ?? ROOT_NUMBER_IN_TITLE.exec(noteBasename(note.path))?.[1];
      return fromTitle === undefined ? null : Number(fromTitle);
    },
  };
}

/** A root's title: frontmatter `title`, else its first top-level heading, else its file name. */
export function rootTitle(note: Pick<RootNoteInput, "path" | "frontmatter" | "headings">): string {
  const title = note.frontmatter.title;
  if (typeof title === "string" && title.trim() !== "") return title.trim();
  const heading = note.headings.find((candidate) => candidate.level === 1 && candidate.text.trim() !== "");
  return heading ? heading.text.trim() : noteBasename(note.path);
}
