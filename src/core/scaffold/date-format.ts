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
import { format as formatWithDateFns } from "date-fns/format";
import { getDayOfYear } from "date-fns/getDayOfYear";
import { getWeekYear } from "date-fns/getWeekYear";
import { ko } from "date-fns/locale/ko";
import { enUS } from "date-fns/locale/en-US";
import type { Language } from "../i18n";

export type FormatStyle = "moment" | "date-fns";

export type DateFormatResult = { ok: true; text: string } | { ok: false; error: string };

const LOCALES = { ko, en: enUS } as const;

export function localeFor(language: Language): typeof enUS {
  return LOCALES[language];
}

/** Which token language a format string is written in (see the comment at the top of the file). */
export function detectFormatStyle(format: string): FormatStyle {
  const unquoted = format.replace(/'[^']*'?/g, "");
  return /[YDAWZg[]|ddd/.test(unquoted) ? "moment" : "date-fns";
}

/** One piece of a moment-style format: a date-fns token, a value computed here, or literal text. */
type MomentPart =
  | { kind: "token"; dateFns: string }
  | { kind: "computed"; compute: (date: Date, language: Language) => string }
  | { kind: "literal"; text: string };

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

// Moment tokens with no date-fns twin (or a protected one) are computed directly.
const COMPUTED: Record<string, (date: Date, language: Language) => string> = {
  DDDD: (date) => pad(getDayOfYear(date), 3),
  DDD: (date) => String(getDayOfYear(date)),
  d: (date) => String(date.getDay()),
  // Both supported locales start the week on Sunday, as moment's do.
  e: (date) => String(date.getDay()),
  gggg: (date, language) => String(getWeekYear(date, { locale: localeFor(language) })),
  gg: (date, language) => pad(getWeekYear(date, { locale: localeFor(language) }) % 100, 2),
};

// Moment token → date-fns token. Tokens are matched longest first.
const TRANSLATED: Record<string, string> = {
  YYYYY: "yyyyy",
  YYYY: "yyyy",
  YY: "yy",
  Y: "y",
  Qo: "Qo",
  Q: "Q",
  MMMM: "MMMM",
  MMM: "MMM",
  MM: "MM",
  Mo: "Mo",
  M: "M",
  DDDo: "Do",
  Do: "do",
  DD: "dd",
  D: "d",
  dddd: "EEEE",
  ddd: "EEE",
  dd: "EEEEEE",
  E: "i",
  ww: "ww",
  wo: "wo",
  w: "w",
  WW: "II",
  Wo: "Io",
  W: "I",
  GGGG: "RRRR",
  GG: "RR",
  A: "a",
  a: "aaa",
  HH: "HH",
  H: "H",
  hh: "hh",
  h: "h",
  kk: "kk",
  k: "k",
  mm: "mm",
  m: "m",
  ss: "ss",
  s: "s",
  SSS: "SSS",
  SS: "SS",
  S: "S",
  ZZ: "xx",
  Z: "xxx",
  X: "t",
  x: "T",
};

// Moment's localised formats, as its en and ko locales define them.
const LOCALISED: Record<Language, Record<string, string>> = {
  en: {
    LTS: "h:mm:ss A",
    LT: "h:mm A",
    LLLL: "dddd, MMMM D, YYYY h:mm A",
    LLL: "MMMM D, YYYY h:mm A",
    LL: "MMMM D, YYYY",
    L: "MM/DD/YYYY",
    llll: "ddd, MMM D, YYYY h:mm A",
    lll: "MMM D, YYYY h:mm A",
    ll: "MMM D, YYYY",
    l: "M/D/YYYY",
  },
  ko: {
    LTS: "A h:mm:ss",
    LT: "A h:mm",
    LLLL: "YYYY년 MMMM D일 dddd A h:mm",
    LLL: "YYYY년 MMMM D일 A h:mm",
    LL: "YYYY년 MMMM D일",
    L: "YYYY.MM.DD.",
    llll: "YYYY년 MMMM D일 dddd A h:mm",
    lll: "YYYY년 MMMM D일 A h:mm",
    ll: "YYYY년 MMMM D일",
    l: "YYYY.MM.DD.",
  },
};

const TOKENS_LONGEST_FIRST = [...new Set([...Object.keys(COMPUTED), ...Object.keys(TRANSLATED), ...Object.keys(LOCALISED.en)])].sort(
  (a, b) => b.length - a.length,
);

/** Splits a moment-style format into parts; letters that are no token stay literal, as in moment. */
export function parseMomentFormat(format: string, language: Language): MomentPart[] {
  const parts: MomentPart[] = [];
  // Past the last "]" no "[" can close: skipping the search there keeps "[[[[…" linear.
  const lastClose = format.lastIndexOf("]");
  let index = 0;
  while (index < format.length) {
    if (format[index] === "[" && index < lastClose) {
      const close = format.indexOf("]", index + 1);
      if (close !== -1) {
        parts.push({ kind: "literal", text: format.slice(index + 1, close) });
        index = close + 1;
        continue;
      }
    }
    const token = TOKENS_LONGEST_FIRST.find((candidate) => format.startsWith(candidate, index));
    if (token === undefined) {
      parts.push({ kind: "literal", text: format.charAt(index) });
      index += 1;
      continue;
    }
    const localised = LOCALISED[language][token];
    const computed = COMPUTED[token];
    const translated = TRANSLATED[token];
    if (localised !== undefined) parts.push(...parseMomentFormat(localised, language));
    else if (computed !== undefined) parts.push({ kind: "computed", compute: computed });
    else if (translated !== undefined) parts.push({ kind: "token", dateFns: translated });
    index += token.length;
  }
  return parts;
}

/** The date-fns format string equivalent to a moment-style one (computed tokens are evaluated for `date`). */
export function momentToDateFns(format: string, date: Date, language: Language): string {
  let pattern = "";
  let literal = "";
  // Adjacent literals go into one quoted run: date-fns reads '' inside quotes as an escaped quote,
  // and outside quotes as one apostrophe (so a literal of apostrophes only is written bare).
  const flush = (): void => {
    const escaped = literal.replace(/'/g, "''");
    if (literal !== "") pattern += /^'+$/u.test(literal) ? escaped : `'${escaped}'`;
    literal = "";
  };
  for (const part of parseMomentFormat(format, language)) {
    if (part.kind === "token") {
      flush();
      pattern += part.dateFns;
    } else literal += part.kind === "literal" ? part.text : part.compute(date, language);
  }
  flush();
  return pattern;
}

/**
 * Formats `date` with `format` in `language`. A format date-fns rejects (an unescaped letter that is
 * no token, say) comes back as an error message, never a throw.
 */
export function formatDate(date: Date, format: string, language: Language): DateFormatResult {
  if (Number.isNaN(date.getTime())) return { ok: false, error: "invalid date" };
  const style = detectFormatStyle(format);
  const pattern = style === "moment" ? momentToDateFns(format, date, language) : format;
  try {
    return { ok: true, text: formatWithDateFns(date, pattern, { locale: localeFor(language) }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
