// Formats a date with a user's format string, which may be written in date-fns tokens ("yyyy-MM-dd")
// or in the moment-style tokens Obsidian's core Templates plugin uses ("YYYY-MM-DD", "ddd", "A").
//
// How the two styles are told apart: a format is moment-style when, outside '…' quoted text, it
// contains an uppercase Y, D, A, W or Z, a lowercase g, a "[", or "ddd". In date-fns these are traps
// or errors (YYYY is the week-numbering year, D the day of the year, A, W, Z, g and [ are no tokens,
// ddd is a zero-padded day of the month), so nobody means them as date-fns. Anything else is date-fns.
// Formats that read the same in both ("HH:mm", "MM") give the same result either way, except "a"
// (date-fns "PM", moment "pm"), "dd" (date-fns day of month, moment "Su"), "X"/"x" (date-fns time
// zone, moment Unix time) and "L…" (date-fns month, moment localised format): without one of the
// markers above they are read as date-fns.
//
// The library that writes the text comes in as DateTools (date-fns in the CLI, moment in the plugin);
// each translates the style it does not speak (src/core/dates/*-format.ts).
import type { DateTools, FormatStyle } from "../dates/date-tools";
import type { Language } from "../i18n";

export type { FormatStyle };

export type DateFormatResult = { ok: true; text: string } | { ok: false; error: string };

/** Which token language a format string is written in (see the comment at the top of the file). */
export function detectFormatStyle(format: string): FormatStyle {
  const unquoted = format.replace(/'[^']*'?/g, "");
  return /[YDAWZg[]|ddd/.test(unquoted) ? "moment" : "date-fns";
}

/**
 * Formats `date` with `format` in `language`. A format that cannot be read (an unescaped letter that
 * is no date-fns token, say) comes back as an error message, never a throw.
 */
export function formatDate(date: Date, format: string, language: Language, dates: DateTools): DateFormatResult {
  if (Number.isNaN(date.getTime())) return { ok: false, error: "invalid date" };
  try {
    return { ok: true, text: dates.format(date, format, detectFormatStyle(format), language) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
