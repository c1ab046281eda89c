// Moment-style formats ("YYYY-MM-DD", "ddd", "[Week] W") read the way moment reads them, and turned
// into the date-fns tokens that write the same text, for the date-fns tools (the CLI). Obsidian's
// own moment reads them directly in the plugin; a test holds both to the same output.
import type { Language } from "../i18n";
import { dayOfYear, englishOrdinal, isoWeek, localWeek, pad, quarter } from "./calendar";
import type { FormatPart } from "./date-tools";

/** A moment token computed here: it has no date-fns twin, or the twin writes other text. */
type Computed = (date: Date, language: Language) => string;

/** A moment ordinal ("27th", "27일", "11월", "48주"), by moment's en and ko locales. */
const ordinal = (value: number, koSuffix: string, language: Language): string =>
  language === "ko" ? `${value}${koSuffix}` : englishOrdinal(value);

const COMPUTED: Record<string, Computed> = {
  YYYYYY: (date) => `${date.getFullYear() < 0 ? "-" : "+"}${pad(Math.abs(date.getFullYear()), 6)}`,
  DDDD: (date) => pad(dayOfYear(date), 3),
  DDD: (date) => String(dayOfYear(date)),
  d: (date) => String(date.getDay()),
  // Both supported locales start the week on Sunday, as moment's do.
  e: (date) => String(date.getDay()),
  // Moment's era tokens: y… is the year of the era, N… the era (English in both locales).
  yyyy: (date) => pad(date.getFullYear(), 4),
  yyy: (date) => pad(date.getFullYear(), 3),
  yy: (date) => pad(date.getFullYear(), 2),
  y: (date) => String(date.getFullYear()),
  yo: (date, language) => ordinal(date.getFullYear(), "", language),
  NNNNN: () => "AD",
  NNNN: () => "Anno Domini",
  NNN: () => "AD",
  NN: () => "AD",
  N: () => "AD",
  ggggg: (date) => pad(localWeek(date).year, 5),
  GGGGG: (date) => pad(isoWeek(date).year, 5),
  gggg: (date) => pad(localWeek(date).year, 4),
  gg: (date) => pad(localWeek(date).year % 100, 2),
  GG: (date) => pad(isoWeek(date).year % 100, 2),
  Mo: (date, language) => ordinal(date.getMonth() + 1, "월", language),
  Qo: (date, language) => ordinal(quarter(date), "", language),
  DDDo: (date, language) => ordinal(dayOfYear(date), "일", language),
  Do: (date, language) => ordinal(date.getDate(), "일", language),
  do: (date, language) => ordinal(date.getDay(), "일", language),
  wo: (date, language) => ordinal(localWeek(date).week, "주", language),
  Wo: (date, language) => ordinal(isoWeek(date).week, "주", language),
  // Whole seconds, rounded down before 1970 too (date-fns' t rounds toward zero).
  X: (date) => String(Math.floor(date.getTime() / 1000)),
  // Moment's time zone names are empty outside moment-timezone.
  zz: () => "",
  z: () => "",
};

/** Moment token → the date-fns token that writes the same text. */
export const TRANSLATED: Record<string, string> = {
  YYYYY: "yyyyy",
  YYYY: "yyyy",
  YY: "yy",
  Y: "y",
  Q: "Q",
  MMMM: "MMMM",
  MMM: "MMM",
  MM: "MM",
  M: "M",
  DD: "dd",
  D: "d",
  dddd: "EEEE",
  ddd: "EEE",
  dd: "EEEEEE",
  E: "i",
  ww: "ww",
  w: "w",
  WW: "II",
  W: "I",
  GGGG: "RRRR",
  A: "a",
  a: "aaa",
  Hmmss: "Hmmss",
  Hmm: "Hmm",
  hmmss: "hmmss",
  hmm: "hmm",
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
  ZZ: "xx",
  Z: "xxx",
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

// Moment's own tokenizers (moment 2.29): a [bracketed] run is literal text, a backslash escapes
// what follows, and anything else is the longest token or one character.
const LOCALISED_TOKENS = /(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;
const TOKENS =
  /(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;

/**
 * Splits a moment-style format into date-fns tokens and text, the way moment reads it: letters that
 * are no token stay literal. Each token is written on its own (two tokens side by side would read
 * as one longer token in date-fns).
 */
export function parseMomentFormat(format: string, date: Date, language: Language): FormatPart[] {
  // Moment expands localised formats (which may hold more of them) up to five times.
  let expanded = format;
  for (let round = 0; round < 5; round += 1) {
    const next = expanded.replace(LOCALISED_TOKENS, (written: string, bracket?: string, escape?: string, token?: string) =>
      bracket === undefined && escape === undefined ? (LOCALISED[language][token ?? ""] ?? written) : written,
    );
    if (next === expanded) break;
    expanded = next;
  }
  const parts: FormatPart[] = [];
  for (const [written, bracket, escape, token = ""] of expanded.matchAll(TOKENS)) {
    const computed = escape === undefined ? COMPUTED[token] : undefined;
    const translated = escape === undefined ? (TRANSLATED[token] ?? (/^S+$/u.test(token) ? token : undefined)) : undefined;
    if (bracket !== undefined) parts.push({ text: bracket.slice(1, -1) });
    else if (computed !== undefined) parts.push({ text: computed(date, language) });
    else if (translated !== undefined) parts.push({ token: translated });
    else parts.push({ text: written.replace(/\\/g, "") });
  }
  return parts;
}
