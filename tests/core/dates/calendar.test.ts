// The calendar numbers both token translations compute, held to date-fns' own answers.
import fc from "fast-check";
import { getDayOfYear, getISOWeek, getISOWeekYear, getWeek, getWeekYear } from "date-fns";
import { ko } from "date-fns/locale/ko";
import { describe, expect, it } from "vitest";
import { dayOfYear, englishOrdinal, isoWeek, localWeek, zoneOffset } from "../../../src/core/dates/calendar";

const anyDate = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }).map((time) => new Date(time));

describe("calendar numbers", () => {
  it("agree with date-fns on days of the year, local weeks (ko) and ISO weeks", () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(dayOfYear(date)).toBe(getDayOfYear(date));
        expect(localWeek(date)).toEqual({ year: getWeekYear(date, { locale: ko }), week: getWeek(date, { locale: ko }) });
        expect(isoWeek(date)).toEqual({ year: getISOWeekYear(date), week: getISOWeek(date) });
      }),
      { numRuns: 3000 },
    );
  });

  it("put New Year's Eve 2026 in the next local week-year and New Year's Day 2027 in ISO week 53 of 2026", () => {
    expect(localWeek(new Date(2026, 11, 31))).toEqual({ year: 2027, week: 1 });
    expect(isoWeek(new Date(2027, 0, 1))).toEqual({ year: 2026, week: 53 });
    expect(dayOfYear(new Date(2024, 11, 31))).toBe(366);
  });

  it("writes English ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(englishOrdinal)).toEqual([
      "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th", "112th",
    ]);
  });

  it("writes the time zone offset with and without a colon", () => {
    const date = new Date(2026, 10, 27);
    expect(zoneOffset(date, ":")).toMatch(/^[+-]\d{2}:\d{2}$/u);
    expect(zoneOffset(date, "")).toBe(zoneOffset(date, ":").replace(":", ""));
  });
});
