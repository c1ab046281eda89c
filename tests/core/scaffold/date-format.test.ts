import { describe, expect, test } from "vitest";
import { format } from "date-fns/format";
import { dateFnsDates } from "../../../src/core/dates/date-fns-dates";
import { parseMomentFormat } from "../../../src/core/dates/moment-format";
import { detectFormatStyle, formatDate } from "../../../src/core/scaffold/date-format";

// Friday 27 November 2026, 14:05:09 local time.
const friday = new Date(2026, 10, 27, 14, 5, 9);

function formatted(date: Date, pattern: string, language: "ko" | "en" = "en"): string {
  const result = formatDate(date, pattern, language, dateFnsDates);
  if (!result.ok) throw new Error(`format failed: ${result.error}`);
  return result.text;
}

describe("telling moment-style from date-fns formats", () => {
  test.each([
    ["YYYY-MM-DD", "moment"],
    ["ddd, D MMM", "moment"],
    ["h:mm A", "moment"],
    ["[Week] W", "moment"],
    ["Do MMMM", "moment"],
    ["yyyy-MM-dd", "date-fns"],
    ["EEEE, d MMMM", "date-fns"],
    ["HH:mm", "date-fns"],
    ["yyyy-MM-dd 'Day' d", "date-fns"],
  ] as const)("%s is %s", (pattern, style) => {
    expect(detectFormatStyle(pattern)).toBe(style);
  });
});

describe("moment-style tokens, translated", () => {
  test.each([
    ["YYYY-MM-DD", "2026-11-27"],
    ["YY/M/D", "26/11/27"],
    ["MMMM MMM MM M", "November Nov 11 11"],
    ["dddd ddd dd", "Friday Fri Fr"],
    ["Do [of] MMMM", "27th of November"],
    ["HH H hh h mm m ss s", "14 14 02 2 05 5 09 9"],
    ["h:mm A", "2:05 PM"],
    ["[at] h:mm a", "at 2:05 pm"],
    ["Q", "4"],
    ["[Week] W, WW", "Week 48, 48"],
    ["DDDD", "331"],
    ["dddd, LL", "Friday, November 27, 2026"],
    ["ddd LT", "Fri 2:05 PM"],
    ["[It's] YYYY", "It's 2026"],
    ["YYYY-MM-DD [no] DD", "2026-11-27 no 27"],
  ])("%s → %s", (pattern, expected) => {
    expect(formatted(friday, pattern)).toBe(expected);
  });

  test.each([
    ["YYYY년 M월 D일 (ddd)", "2026년 11월 27일 (금)"],
    ["dddd A h시 m분", "금요일 오후 2시 5분"],
    ["MMMM Do", "11월 27일"],
    ["dddd LL", "금요일 2026년 11월 27일"],
  ])("in Korean, %s → %s", (pattern, expected) => {
    expect(formatted(friday, pattern, "ko")).toBe(expected);
  });

  test("DD is the day of the month, not the day of the year", () => {
    expect(formatted(new Date(2026, 1, 5), "DD")).toBe("05");
    expect(formatted(new Date(2026, 1, 5), "DDD")).toBe("36");
  });

  test("YYYY is the calendar year, not the week-numbering year, around New Year", () => {
    const newYearsEve = new Date(2026, 11, 31, 9, 0);
    const newYearsDay = new Date(2027, 0, 1, 9, 0);
    // The trap: date-fns' own YYYY (week year) puts 31 December 2026 in 2027.
    expect(format(newYearsEve, "YYYY", { useAdditionalWeekYearTokens: true })).toBe("2027");
    expect(formatted(newYearsEve, "YYYY-MM-DD")).toBe("2026-12-31");
    expect(formatted(newYearsDay, "YYYY-MM-DD")).toBe("2027-01-01");
    expect(formatted(newYearsEve, "gggg")).toBe("2027");
    expect(formatted(newYearsDay, "GGGG-[W]WW")).toBe("2026-W53");
  });

  test("X and x are Unix seconds and milliseconds", () => {
    const instant = new Date(Date.UTC(2026, 10, 27, 5, 5, 0, 250));
    expect(formatted(instant, "[s] X")).toBe(`s ${Math.floor(instant.getTime() / 1000)}`);
    expect(formatted(instant, "[ms] x")).toBe(`ms ${instant.getTime()}`);
  });

  test("letters that are no token stay literal, quotes survive", () => {
    expect(parseMomentFormat("YYYY 'q'", friday, "en")).toEqual([{ token: "yyyy" }, { text: " " }, { text: "'" }, { text: "q" }, { text: "'" }]);
    expect(formatted(friday, "YYYY 'ij'")).toBe("2026 'ij'");
    // As in moment, a token letter inside apostrophes is still a token: k is the hour 1–24.
    expect(formatted(friday, "YYYY 'ok'")).toBe("2026 'o14'");
    expect(formatted(friday, "YYYY [")).toBe("2026 [");
  });
});

describe("date-fns formats", () => {
  test.each([
    ["yyyy-MM-dd", "2026-11-27"],
    ["EEEE, do MMMM", "Friday, 27th November"],
    ["yyyy-MM-dd 'at' HH:mm", "2026-11-27 at 14:05"],
    ["HH:mm", "14:05"],
  ])("%s → %s", (pattern, expected) => {
    expect(formatted(friday, pattern)).toBe(expected);
  });

  test("Korean locale", () => {
    expect(formatted(friday, "yyyy년 M월 d일 EEEE", "ko")).toBe("2026년 11월 27일 금요일");
  });

  test("a time format without moment markers reads as date-fns", () => {
    expect(formatted(friday, "h:mm a")).toBe("2:05 PM");
    expect(formatted(friday, "h:mm a", "ko")).toBe("2:05 오후");
  });

  test("a format date-fns rejects comes back as an error, not a throw", () => {
    const result = formatDate(friday, "yyyy-MM-dd n", "en", dateFnsDates);
    expect(result.ok).toBe(false);
  });

  test("an invalid date is an error", () => {
    expect(formatDate(new Date(Number.NaN), "yyyy", "en", dateFnsDates).ok).toBe(false);
  });
});
