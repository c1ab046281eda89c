// The port through which the core reaches a date library. The core decides (which token style a
// format is written in, fallbacks, messages); a DateTools only runs the library call. The CLI and
// the core tests use date-fns (date-fns-dates.ts); the plugin uses the moment that Obsidian ships,
// so main.js carries no date library of its own.
import type { Language } from "../i18n";

/** The token language of a format string: moment-style ("YYYY-MM-DD") or date-fns ("yyyy-MM-dd"). */
export type FormatStyle = "moment" | "date-fns";

/** A piece of a format turned into the other style: one token the library writes, or text written here. */
export type FormatPart = { token: string } | { text: string };

export interface DateTools {
  /**
   * `date` written with `format`, whose tokens are in `style`, in `language`. Throws (with a message
   * for people) when the format cannot be read.
   */
  readonly format: (date: Date, format: string, style: FormatStyle, language: Language) => string;
  /** How far `date` lies from `now`, in words: "3일 전", "3 days ago", "in 2 days". */
  readonly relative: (date: number, now: number, language: Language) => string;
  /** Milliseconds of an ISO 8601 date or date-time ("2026-03-02", "2026-03-02T14:05"), or null. */
  readonly parse: (text: string) => number | null;
}
