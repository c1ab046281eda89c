// Picks the UI language once (Obsidian's language in the plugin, the locale in the CLI) and
// returns a translator. Korean or English; anything else falls back to English.
import { en, type MessageKey } from "./en";
import { ko } from "./ko";

export type Language = "ko" | "en";
export type { MessageKey };

export const TABLES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { en, ko };

/** Maps an ISO code such as "ko", "ko-KR" or "en-GB" to a supported language. */
export function pickLanguage(code: string | null | undefined): Language {
  return typeof code === "string" && code.toLowerCase().startsWith("ko") ? "ko" : "en";
}

export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Fills {name} placeholders; an unknown placeholder stays as written. */
export function format(template: string, vars: Vars = {}): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

export function createTranslator(language: Language): Translate {
  const table = TABLES[language];
  return (key, vars) => format(table[key] ?? en[key], vars);
}
