// date-fns formats ("yyyy-MM-dd", "EEEE, do MMMM") read the way date-fns reads them, and turned into
// the moment tokens that write the same text, for the moment tools (the plugin). Month and weekday
// names and AM/PM come from moment (the twins of TRANSLATED); numbers, ordinals, time zones and the
// few names moment lacks are computed here. A test holds the result to date-fns' own output.
import type { Language } from "../i18n";
import { dayOfYear, englishOrdinal, isoWeek, localWeek, pad, quarter, zoneOffset } from "./calendar";
import type { FormatPart } from "./date-tools";
import { TRANSLATED } from "./moment-format";

// date-fns' own tokenizers (date-fns 4): long formats (P, p) are expanded first, then the result is
// split into tokens, 'quoted' text and '' (one apostrophe).
const LONG_TOKENS = /P+p+|P+|p+|''|'(?:''|[^'])+(?:'|$)|./g;
const TOKENS = /[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(?:''|[^'])+(?:'|$)|./g;

// The long formats of date-fns' en-US and ko locales, by width (P, PP, PPP, PPPP), and how a date
// and a time (Pp) are joined at the date's width.
const LONG_FORMATS: Record<Language, { date: string[]; time: string[]; join: string[] }> = {
  en: {
    date: ["MM/dd/yyyy", "MMM d, y", "MMMM do, y", "EEEE, MMMM do, y"],
    time: ["h:mm a", "h:mm:ss a", "h:mm:ss a z", "h:mm:ss a zzzz"],
    join: [", ", ", ", " 'at' ", " 'at' "],
  },
  ko: {
    date: ["y.MM.dd", "y.MM.dd", "y년 M월 d일", "y년 M월 d일 EEEE"],
    time: ["HH:mm", "HH:mm:ss", "a H:mm:ss z", "a H시 mm분 ss초 zzzz"],
    join: [" ", " ", " ", " "],
  },
};

function expandLong(run: string, language: Language): string {
  const { date, time, join } = LONG_FORMATS[language];
  const dates = run.replace(/p/g, "").length;
  const times = run.length - dates;
  const width = (count: number): number => Math.min(count, 4) - 1;
  if (dates === 0) return time[width(times)] ?? "";
  if (times === 0) return date[width(dates)] ?? "";
  return `${date[width(dates)] ?? ""}${join[width(dates)] ?? ""}${time[width(times)] ?? ""}`;
}

/** The number a token letter stands for (y, R and u are years; e and c Sunday-based, i Monday-based weekdays). */
const NUMBERS: Record<string, (date: Date) => number> = {
  y: (date) => date.getFullYear(),
  u: (date) => date.getFullYear(),
  R: (date) => isoWeek(date).year,
  Q: quarter,
  M: (date) => date.getMonth() + 1,
  w: (date) => localWeek(date).week,
  I: (date) => isoWeek(date).week,
  d: (date) => date.getDate(),
  D: dayOfYear,
  e: (date) => date.getDay() + 1,
  i: (date) => date.getDay() || 7,
  h: (date) => date.getHours() % 12 || 12,
  H: (date) => date.getHours(),
  K: (date) => date.getHours() % 12,
  k: (date) => date.getHours() || 24,
  m: (date) => date.getMinutes(),
  s: (date) => date.getSeconds(),
};
// Stand-alone forms (q, L, c) write what their formatting forms do in both locales.
const STAND_ALONE: Record<string, string> = { q: "Q", L: "M", c: "e" };
/** Letters whose tokens up to this length are numbers (longer ones are names). */
const NUMERIC_UP_TO: Record<string, number> = { Q: 2, M: 2, e: 2, i: 2 };

/** Name tokens moment writes the same way: the date-fns side of TRANSLATED, turned around. */
const MOMENT_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(TRANSLATED)
    .filter(([, dateFns]) => /^(?:M{3,4}|E{3,6}|a{1,3})$/u.test(dateFns))
    .map(([moment, dateFns]) => [dateFns, moment]),
);

/**
 * The token of MOMENT_NAMES that writes the same name as a weekday (E, e, i), month or AM/PM token
 * of any length: date-fns reads unlisted lengths as the wide form. Five letters (narrow) have none.
 */
function nameToken(letter: string, length: number): string {
  if (length === 5) return "";
  const wide = length === 4 || length > 6;
  if (letter === "E" || letter === "e" || letter === "i") return wide ? "EEEE" : length === 6 ? "EEEEEE" : "EEE";
  if (letter === "M") return wide || length === 6 ? "MMMM" : "MMM";
  if (letter === "a") return wide || length === 6 ? "aaaa" : length === 3 ? "aaa" : "a";
  return "";
}

/** A date-fns ordinal ("27th", "27일", "11번째"), by date-fns' en-US and ko locales. */
function ordinal(value: number, letter: string, language: Language): string {
  if (language === "en") return englishOrdinal(value);
  return letter === "d" ? `${value}일` : letter === "m" || letter === "s" ? String(value) : `${value}번째`;
}

/** "+09:00" style offsets of the X and x tokens (X writes Z for UTC). */
function isoZone(date: Date, token: string): string {
  if (token.startsWith("X") && date.getTimezoneOffset() === 0) return "Z";
  if (token.length === 1 && date.getTimezoneOffset() % 60 === 0) return zoneOffset(date, "").slice(0, 3);
  return zoneOffset(date, token.length === 3 || token.length > 4 ? ":" : "");
}

/** "GMT+9", "GMT+5:30" (O, z and their doubles and triples) or "GMT+09:00" (four or more). */
function gmtZone(date: Date, token: string): string {
  if (token.length >= 4) return `GMT${zoneOffset(date, ":")}`;
  const offset = zoneOffset(date, ":");
  const hours = String(Number(offset.slice(1, 3)));
  return `GMT${offset[0] ?? "+"}${hours}${offset.endsWith(":00") ? "" : offset.slice(3)}`;
}

/** date-fns' era names (G–GGG, GGGG, GGGGG), before and after year 1. */
const ERAS: Record<Language, string[][]> = {
  en: [["BC", "AD"], ["Before Christ", "Anno Domini"], ["B", "A"]],
  ko: [["BC", "AD"], ["기원전", "서기"], ["BC", "AD"]],
};

/** One date-fns token as a moment token or as computed text. */
function translateToken(token: string, date: Date, language: Language): FormatPart {
  const letter = STAND_ALONE[token[0] ?? ""] ?? token[0] ?? "";
  const length = token.length;
  const number = NUMBERS[letter];
  if (number !== undefined && token.endsWith("o") && length === 2) return { text: ordinal(number(date), letter, language) };
  if (number !== undefined && length <= (NUMERIC_UP_TO[letter] ?? Infinity)) {
    const value = number(date);
    if (letter === "y") return { text: length === 2 ? pad(Math.abs(value) % 100, 2) : pad(value, length) };
    return { text: pad(value, length) };
  }
  const named = MOMENT_NAMES[nameToken(letter, length)];
  if (named !== undefined) return { token: named };
  switch (letter) {
    case "M":
      // MMMMM: the narrow month.
      return language === "ko" ? { token: "M" } : { text: "JFMAMJJASOND".charAt(date.getMonth()) };
    case "E":
    case "e":
    case "i":
      // EEEEE: the narrow weekday.
      return language === "ko" ? { token: "ddd" } : { text: "SMTWTFS".charAt(date.getDay()) };
    case "Q": {
      const value = quarter(date);
      if (length === 3) return { text: `Q${value}` };
      if (length === 5) return { text: String(value) };
      return { text: language === "ko" ? `${value}분기` : `${englishOrdinal(value)} quarter` };
    }
    case "a": {
      // aaaa: "a.m."/"p.m.", aaaaa: "a"/"p" in English; Korean has one word for every width.
      if (language === "ko") return { token: "A" };
      const morning = date.getHours() < 12;
      return { text: length === 5 ? (morning ? "a" : "p") : morning ? "a.m." : "p.m." };
    }
    case "G": {
      const width = length <= 3 ? 0 : length === 5 ? 2 : 1;
      return { text: ERAS[language][width]?.[date.getFullYear() > 0 ? 1 : 0] ?? "" };
    }
    case "S":
      return { text: pad(Math.trunc(date.getMilliseconds() * 10 ** (length - 3)), length) };
    case "X":
    case "x":
      return { text: isoZone(date, token) };
    case "O":
    case "z":
      return { text: gmtZone(date, token) };
    case "t":
      return { text: pad(Math.trunc(date.getTime() / 1000), length) };
    case "T":
      return { text: pad(date.getTime(), length) };
    default:
      throw new RangeError(`The date-fns token \`${token}\` cannot be used in Obsidian; write this format with moment-style tokens`);
  }
}

const TOKEN_LETTERS = /^[GyYRuQqMLwIdDEeciabBhHKkmsSXxOztT]/u;

/**
 * Splits a date-fns format into moment tokens and text, the way date-fns reads it (computed tokens
 * evaluated for `date`). Throws date-fns' own RangeError for an unescaped letter that is no token.
 */
export function parseDateFnsFormat(format: string, date: Date, language: Language): FormatPart[] {
  const expanded = format.replace(LONG_TOKENS, (run) => (run[0] === "P" || run[0] === "p" ? expandLong(run, language) : run));
  const parts: FormatPart[] = [];
  for (const [token] of expanded.matchAll(TOKENS)) {
    if (token === "''") parts.push({ text: "'" });
    else if (token.startsWith("'")) parts.push({ text: token.replace(/^'|'$/g, "").replace(/''/g, "'") });
    else if (TOKEN_LETTERS.test(token)) parts.push(translateToken(token, date, language));
    else if (/^[a-zA-Z]/u.test(token)) throw new RangeError(`Format string contains an unescaped latin alphabet character \`${token.charAt(0)}\``);
    else parts.push({ text: token });
  }
  return parts;
}
