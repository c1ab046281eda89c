// The plugin's settings: their type, their defaults, and validate(), which turns whatever was saved
// (an old data.json, a hand-edited one, garbage) into settings that are always safe to use.
import { CHECKLIST_ITEM_IDS, RULE_IDS, type ChecklistItemId, type RuleId } from "./ids";

export type TemplateLanguage = "auto" | "ko" | "en";

export interface Settings {
  /** Checklist items that count towards the score. */
  enabledItems: Record<ChecklistItemId, boolean>;
  /** Extra words per rule, comma separated, any language. */
  extraWords: Record<RuleId, string>;
  /** A note is a process post when its frontmatter has this key with this value… */
  postMarkerKey: string;
  postMarkerValue: string;
  /** …or when it lies in this folder ("" = no folder). New posts are created here too. */
  postsFolder: string;
  /** Notes or folders (vault paths) the plugin ignores. */
  ignoredPaths: string[];

  /** A note is a root when it has this tag… */
  rootTag: string;
  /** …or this frontmatter key with this value… */
  rootCategoryKey: string;
  rootCategoryValue: string;
  /** …or a file name matching this pattern… */
  rootFileNamePattern: string;
  /** …or lies in this folder ("" = no folder). */
  rootsFolder: string;
  /** Frontmatter key holding a post's root links. */
  rootsKey: string;

  /** Language of the default template: Obsidian's language, or forced. */
  templateLanguage: TemplateLanguage;
  /** A vault note used as the post template ("" = the built-in one). */
  templatePath: string;
  dateFormat: string;
  timeFormat: string;
  /** Roots preselected for every new post (link text, e.g. "root-04-프로세스-공유"). */
  defaultRoots: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabledItems: Object.fromEntries(CHECKLIST_ITEM_IDS.map((id) => [id, true])) as Record<ChecklistItemId, boolean>,
  extraWords: Object.fromEntries(RULE_IDS.map((id) => [id, ""])) as Record<RuleId, string>,
  postMarkerKey: "type",
  postMarkerValue: "process-post",
  postsFolder: "",
  ignoredPaths: [],
  rootTag: "root",
  rootCategoryKey: "category",
  rootCategoryValue: "philosophical-root",
  rootFileNamePattern: "^root-\\d+",
  rootsFolder: "",
  rootsKey: "roots",
  templateLanguage: "auto",
  templatePath: "",
  dateFormat: "YYYY-MM-DD",
  timeFormat: "HH:mm",
  defaultRoots: [],
});

export interface SettingsProblem {
  /** The settings key that was wrong (or "" for the whole object). */
  key: string;
  /** What was wrong, in English, for logs and notices. */
  message: string;
}

export interface ValidatedSettings {
  settings: Settings;
  problems: SettingsProblem[];
}

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    enabledItems: { ...DEFAULT_SETTINGS.enabledItems },
    extraWords: { ...DEFAULT_SETTINGS.extraWords },
    ignoredPaths: [],
    defaultRoots: [],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === "string");
}

/** Returns null when the pattern is a usable regular expression, else the reason. */
export function patternProblem(pattern: string): string | null {
  try {
    new RegExp(pattern, "u");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const STRING_KEYS = [
  "postMarkerKey",
  "postMarkerValue",
  "postsFolder",
  "rootTag",
  "rootCategoryKey",
  "rootCategoryValue",
  "rootFileNamePattern",
  "rootsFolder",
  "rootsKey",
  "templatePath",
  "dateFormat",
  "timeFormat",
] as const satisfies readonly (keyof Settings)[];

/**
 * Merges saved data over the defaults, keeping only what is well-formed. Unknown keys are dropped,
 * wrong types fall back to the default, and every correction is reported as a problem.
 */
export function validateSettings(saved: unknown): ValidatedSettings {
  const settings = defaultSettings();
  const problems: SettingsProblem[] = [];
  if (saved === undefined || saved === null) return { settings, problems };
  if (!isRecord(saved)) {
    problems.push({ key: "", message: "Saved settings are not an object; using the defaults." });
    return { settings, problems };
  }
  const known = new Set<string>(Object.keys(settings));
  for (const key of Object.keys(saved)) {
    if (!known.has(key)) problems.push({ key, message: `Unknown setting "${key}" was ignored.` });
  }

  for (const key of STRING_KEYS) {
    const value = saved[key];
    if (value === undefined) continue;
    if (typeof value === "string") settings[key] = value;
    else problems.push({ key, message: `Setting "${key}" should be text; using the default.` });
  }
  // Keys that identify things must not be empty: fall back rather than match everything.
  for (const key of ["postMarkerKey", "rootsKey", "dateFormat", "timeFormat"] as const) {
    if (settings[key].trim() === "") {
      settings[key] = DEFAULT_SETTINGS[key];
      problems.push({ key, message: `Setting "${key}" was empty; using the default.` });
    }
  }
  const patternError = patternProblem(settings.rootFileNamePattern);
  if (patternError !== null) {
    problems.push({
      key: "rootFileNamePattern",
      message: `Root file-name pattern is not a valid regular expression (${patternError}); using the default.`,
    });
    settings.rootFileNamePattern = DEFAULT_SETTINGS.rootFileNamePattern;
  }

  const language = saved.templateLanguage;
  if (language !== undefined) {
    if (language === "auto" || language === "ko" || language === "en") settings.templateLanguage = language;
    else problems.push({ key: "templateLanguage", message: 'Setting "templateLanguage" should be auto, ko or en.' });
  }

  for (const key of ["ignoredPaths", "defaultRoots"] as const) {
    const value = saved[key];
    if (value === undefined) continue;
    if (isStringList(value)) settings[key] = value.filter((entry) => entry.trim() !== "");
    else problems.push({ key, message: `Setting "${key}" should be a list of text; using the default.` });
  }

  const enabled = saved.enabledItems;
  if (enabled !== undefined) {
    if (isRecord(enabled)) {
      for (const id of CHECKLIST_ITEM_IDS) {
        const value = enabled[id];
        if (typeof value === "boolean") settings.enabledItems[id] = value;
        else if (value !== undefined)
          problems.push({ key: "enabledItems", message: `Item "${id}" should be on or off; keeping it on.` });
      }
    } else problems.push({ key: "enabledItems", message: 'Setting "enabledItems" should be an object.' });
  }

  const words = saved.extraWords;
  if (words !== undefined) {
    if (isRecord(words)) {
      for (const id of RULE_IDS) {
        const value = words[id];
        if (typeof value === "string") settings.extraWords[id] = value;
        else if (value !== undefined)
          problems.push({ key: "extraWords", message: `Extra words for "${id}" should be text.` });
      }
    } else problems.push({ key: "extraWords", message: 'Setting "extraWords" should be an object.' });
  }
  return { settings, problems };
}

/** Splits a comma-separated word list ("실패, failed,pivot") into trimmed, non-empty words. */
export function splitWordList(list: string): string[] {
  return list
    .split(/[,，、\n]/u)
    .map((word) => word.trim())
    .filter((word) => word !== "");
}
