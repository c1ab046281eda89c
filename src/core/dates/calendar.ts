// Calendar numbers both token translations compute themselves, where moment and date-fns (or their
// Korean locales) disagree or have no token. Weeks follow both libraries' en and ko locales: they
// start on Sunday and week 1 holds 1 January; ISO weeks start on Monday and week 1 holds 4 January.
const DAY_MS = 86_400_000;

export const pad = (value: number, width: number): string => String(value).padStart(width, "0");

/** Days since 1970-01-01 of a calendar day (free of daylight-saving shifts). */
const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month, day) / DAY_MS;

export const quarter = (date: Date): number => Math.floor(date.getMonth() / 3) + 1;

export function dayOfYear(date: Date): number {
  const year = date.getFullYear();
  return dayNumber(year, date.getMonth(), date.getDate()) - dayNumber(year, 0, 1) + 1;
}

/** The first day (a day number) of the week holding `day`, for weeks starting on weekday `firstDay`. */
const weekStart = (day: number, firstDay: number): number => day - ((new Date(day * DAY_MS).getUTCDay() - firstDay + 7) % 7);

/** Week-numbering year and week of `date`, for weeks starting on `firstDay` whose week 1 holds `anchor` January. */
function week(date: Date, firstDay: number, anchor: number): { year: number; week: number } {
  const start = weekStart(dayNumber(date.getFullYear(), date.getMonth(), date.getDate()), firstDay);
  // A week belongs to the year of its day 7 − anchor days after the start: Saturday for local weeks, Thursday for ISO ones.
  const year = new Date((start + 7 - anchor) * DAY_MS).getUTCFullYear();
  return { year, week: (start - weekStart(dayNumber(year, 0, anchor), firstDay)) / 7 + 1 };
}

export const localWeek = (date: Date): { year: number; week: number } => week(date, 0, 1);
export const isoWeek = (date: Date): { year: number; week: number } => week(date, 1, 4);

/** English ordinal suffix, as both libraries write it: 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function englishOrdinal(value: number): string {
  const tens = value % 100;
  const ones = value % 10;
  const suffix = tens > 10 && tens < 14 ? "th" : ones === 1 ? "st" : ones === 2 ? "nd" : ones === 3 ? "rd" : "th";
  return `${value}${suffix}`;
}

/** The local time zone's offset as "+09:00" (delimiter ":") or "+0900". */
export function zoneOffset(date: Date, delimiter: string): string {
  const offset = -date.getTimezoneOffset();
  const abs = Math.abs(offset);
  return `${offset < 0 ? "-" : "+"}${pad(Math.trunc(abs / 60), 2)}${delimiter}${pad(abs % 60, 2)}`;
}
