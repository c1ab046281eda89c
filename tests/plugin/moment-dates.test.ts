// The plugin's dates go through Obsidian's moment, the CLI's through date-fns: the same format must
// write the same text in both, whichever token style it is written in, in Korean and in English.
// Relative dates are worded by each library in its own way; each is checked on its own.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { dateFnsDates } from "../../src/core/dates/date-fns-dates";
import type { Language } from "../../src/core/i18n";
import { detectFormatStyle, formatDate } from "../../src/core/scaffold/date-format";
import { momentDates } from "../../src/plugin/moment-dates";

const LANGUAGES: readonly Language[] = ["ko", "en"];

/** Both tools' results for one format; they must be equal. */
function both(date: Date, format: string, language: Language): { cli: unknown; plugin: unknown } {
  return { cli: formatDate(date, format, language, dateFnsDates), plugin: formatDate(date, format, language, momentDates) };
}

function expectSame(date: Date, format: string, language: Language): void {
  const { cli, plugin } = both(date, format, language);
  expect(plugin, `${format} (${language}) on ${date.toString()}`).toEqual(cli);
}

// Friday 27 November 2026, 14:05:09.045 local time; New Year around a week-numbering change.
const DATES = [
  new Date(2026, 10, 27, 14, 5, 9, 45),
  new Date(2026, 11, 31, 9, 0),
  new Date(2027, 0, 1, 0, 0),
  new Date(2027, 0, 3, 12, 0),
  new Date(2020, 11, 28, 23, 59, 59, 999),
  new Date(2021, 0, 4, 12, 30),
  new Date(2024, 1, 29, 0, 30),
];

const MOMENT_FORMATS = [
  "YYYY-MM-DD",
  "YY/M/D",
  "[m] MMMM MMM MM M",
  "dddd ddd dd d",
  "Do [of] MMMM",
  "[m] HH H hh h mm m ss s",
  "h:mm A",
  "[at] h:mm a",
  "[m] Q Qo",
  "[Week] W, WW, Wo",
  "w ww wo gggg gg GGGG GG",
  "GGGG-[W]WW-E",
  "DDD DDDD DDDo",
  "dddd, LL",
  "ddd LT",
  "[m] L LL LLL LLLL l ll lll llll LTS",
  "[It's] YYYY",
  "YYYY-MM-DD [no] DD",
  "YYYY 'ij'",
  "YYYY 'ok'",
  "YYYY [",
  "YYYY [a[b]",
  "YYYY \\Y \\[x\\]",
  "YYYY년 M월 D일 (ddd)",
  "dddd A h시 m분",
  "MMMM Do",
  "Mo wo Wo do",
  "YYYY-MM-DDTHH:mm:ss.SSSZ",
  "YYYY ZZ Z",
  "[s] X [ms] x",
  "[m] SSSS SS S",
  "YYYYYY YYYYY Y",
  "[m] y yo yy yyyy N NNNN",
  "[m] kk:mm",
  "YYYY-MM-DD hmm Hmmss",
];

const DATE_FNS_FORMATS = [
  "yyyy-MM-dd",
  "EEEE, do MMMM",
  "yyyy-MM-dd 'at' HH:mm",
  "HH:mm",
  "h:mm a",
  "yyyy년 M월 d일 EEEE",
  "yy/M/d",
  "MMMM MMM MM M MMMMM",
  "EEEEEE EEEEE EEEE EEE EE E",
  "eeee eee ee e eo",
  "cccc ccc cc c",
  "iiiiii iiiii iiii iii ii i io",
  "Qo QQ QQQ QQQQ QQQQQ qqq",
  "Mo Lo LLL LLLL",
  "w wo ww I Io II R RR RRRR",
  "do dd d",
  "ho hh h Ho HH H Ko KK K ko kk k",
  "mo mm m so ss s",
  "S SS SSS SSSS",
  "a aa aaa aaaa aaaaa",
  "G GG GGG GGGG GGGGG",
  "y yo yy yyy yyyy yyyyy u uuuu",
  "X XX XXX XXXX XXXXX x xx xxx",
  "O OOOO z zzzz",
  "t T",
  "P PP PPP PPPP",
  "p pp ppp pppp",
  "Pp PPpp PPPppp PPPPpppp",
  "'o''clock' h",
  "'' yyyy '' 'It''s'",
  "yyyy 'unterminated",
  "yyyy-MM-dd n",
  "HH:mm j",
  "h 'h' m 'min'",
];

describe("formats: the plugin's moment writes what the CLI's date-fns writes", () => {
  it("has formats of both styles to compare", () => {
    expect(MOMENT_FORMATS.every((format) => detectFormatStyle(format) === "moment")).toBe(true);
    expect(DATE_FNS_FORMATS.every((format) => detectFormatStyle(format) === "date-fns")).toBe(true);
  });

  it.each(LANGUAGES)("moment-style formats (%s)", (language) => {
    for (const date of DATES) for (const format of MOMENT_FORMATS) expectSame(date, format, language);
  });

  it.each(LANGUAGES)("date-fns formats (%s)", (language) => {
    for (const date of DATES) for (const format of DATE_FNS_FORMATS) expectSame(date, format, language);
  });

  it("writes the expected text, in Korean and English", () => {
    const friday = DATES[0] ?? new Date();
    for (const dates of [dateFnsDates, momentDates]) {
      expect(formatDate(friday, "YYYY년 M월 D일 (ddd) A h:mm", "ko", dates)).toEqual({ ok: true, text: "2026년 11월 27일 (금) 오후 2:05" });
      expect(formatDate(friday, "yyyy년 M월 d일 EEEE a h:mm", "ko", dates)).toEqual({ ok: true, text: "2026년 11월 27일 금요일 오후 2:05" });
      expect(formatDate(friday, "dddd, MMMM Do YYYY [at] h:mm A", "en", dates)).toEqual({ ok: true, text: "Friday, November 27th 2026 at 2:05 PM" });
      expect(formatDate(friday, "EEEE, MMMM do yyyy 'at' h:mm a", "en", dates)).toEqual({ ok: true, text: "Friday, November 27th 2026 at 2:05 PM" });
      // Korean ordinals differ between the styles, as they do between the libraries.
      expect(formatDate(friday, "YYYY Mo Do", "ko", dates)).toEqual({ ok: true, text: "2026 11월 27일" });
      expect(formatDate(friday, "yyyy Mo do", "ko", dates)).toEqual({ ok: true, text: "2026 11번째 27일" });
      expect(formatDate(friday, "YYYY Mo Do", "en", dates)).toEqual({ ok: true, text: "2026 11th 27th" });
      expect(formatDate(friday, "yyyy Mo do", "en", dates)).toEqual({ ok: true, text: "2026 11th 27th" });
    }
  });

  it("keeps the calendar year and the week-numbering years apart around New Year", () => {
    const newYearsEve = new Date(2026, 11, 31, 9, 0);
    const newYearsDay = new Date(2027, 0, 1, 9, 0);
    for (const dates of [dateFnsDates, momentDates]) {
      expect(formatDate(newYearsEve, "YYYY-MM-DD gggg", "en", dates)).toEqual({ ok: true, text: "2026-12-31 2027" });
      expect(formatDate(newYearsDay, "GGGG-[W]WW", "ko", dates)).toEqual({ ok: true, text: "2026-W53" });
      expect(formatDate(newYearsDay, "RRRR-'W'II yyyy", "en", dates)).toEqual({ ok: true, text: "2026-W53 2027" });
    }
  });

  it("gives the same error for a date-fns format with a letter that is no token", () => {
    const friday = DATES[0] ?? new Date();
    for (const dates of [dateFnsDates, momentDates]) {
      expect(formatDate(friday, "yyyy-MM-dd n", "en", dates)).toEqual({
        ok: false,
        error: "Format string contains an unescaped latin alphabet character `n`",
      });
    }
  });
});

// Pieces formats are made of: tokens, and literal text in each style's own syntax.
const MOMENT_PIECES = [
  ..."M MM MMM MMMM Mo D DD DDD DDDD Do DDDo d do dd ddd dddd e E w ww wo W WW Wo Q Qo YY YYYY YYYYY YYYYYY Y gg gggg ggggg GG GGGG GGGGG y yy yyyy yo N NNNN a A H HH h hh k kk m mm s ss S SS SSS SSSS x X Z ZZ LT LTS L LL LLL LLLL l ll lll llll".split(" "),
  ..."- / : . , ( ) ' 년 월 일 시 T q j".split(" "),
  " ",
  "[Week]",
  "[주 ]",
  "[at]",
  "[a[b]",
  "\\Y",
  "\\[",
  "]",
];
const DATE_FNS_PIECES = [
  ..."G GGGG GGGGG y yo yy yyyy u R RRRR Q Qo QQQ QQQQ QQQQQ q M Mo MM MMM MMMM MMMMM L LLL w wo ww I Io II d do dd E EEE EEEE EEEEE EEEEEE e eo eee c ccc i io iii iiii a aa aaa aaaa aaaaa h ho hh H HH K k kk m mo mm s so ss S SS SSS X XX XXX x xx xxx O OOOO z zzzz t T P PP PPP PPPP p pp ppp pppp".split(" "),
  ..."- / : . , ( ) 년 월 일 시".split(" "),
  " ",
  "'at'",
  "'o''clock'",
  "''",
  "'주'",
];

const dateArbitrary = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2150, 0, 1) }).map((time) => new Date(time));
const formatOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));

describe("formats, generated", () => {
  it.each(LANGUAGES)("moment-style formats write the same text (%s)", (language) => {
    fc.assert(
      fc.property(dateArbitrary, formatOf(MOMENT_PIECES), (date, format) => {
        fc.pre(detectFormatStyle(format) === "moment");
        expectSame(date, format, language);
      }),
      { numRuns: 1500 },
    );
  });

  it.each(LANGUAGES)("date-fns formats write the same text or the same error (%s)", (language) => {
    fc.assert(
      fc.property(dateArbitrary, formatOf(DATE_FNS_PIECES), (date, format) => {
        fc.pre(detectFormatStyle(format) === "date-fns");
        expectSame(date, format, language);
      }),
      { numRuns: 1500 },
    );
  });

  describe.each(["Asia/Seoul", "America/New_York", "Asia/Kolkata"])("in the time zone %s", (zone) => {
    const saved = process.env.TZ;
    afterAll(() => {
      process.env.TZ = saved;
    });
    it("writes the same offsets, hours and days", () => {
      process.env.TZ = zone;
      fc.assert(
        fc.property(dateArbitrary, fc.constantFrom(...LANGUAGES), (date, language) => {
          expectSame(date, "YYYY-MM-DD HH:mm Z ZZ [W]W", language);
          expectSame(date, "yyyy-MM-dd HH:mm X XX xxx O zzzz ppp", language);
        }),
        { numRuns: 300 },
      );
      process.env.TZ = saved;
    });
  });
});

describe("date-fns tokens moment has no way to write", () => {
  it("the day periods b and B work in the CLI and are an error in the plugin", () => {
    const noon = new Date(2026, 10, 27, 12, 0);
    expect(formatDate(noon, "h b", "en", dateFnsDates)).toEqual({ ok: true, text: "12 noon" });
    expect(formatDate(noon, "h B", "ko", dateFnsDates)).toEqual({ ok: true, text: "12 오후" });
    for (const [format, language] of [["h b", "en"], ["h B", "ko"]] as const) {
      const result = formatDate(noon, format, language, momentDates);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/moment-style/u);
    }
  });
});

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 2, 13, 1, 0).getTime();

describe("relative dates", () => {
  it("agree on whole days from 2 to 25, past and future, in both languages", () => {
    for (let days = 2; days <= 25; days += 1) {
      for (const language of LANGUAGES) {
        for (const sign of [-1, 1]) {
          const date = NOW + sign * days * DAY;
          expect(momentDates.relative(date, NOW, language)).toBe(dateFnsDates.relative(date, NOW, language));
        }
      }
    }
  });

  // Offset from now → what each library writes, in Korean and English: the same for whole days,
  // each its own way for an hour and for months.
  const WORDINGS: readonly [offset: number, moment: readonly [string, string], dateFns: readonly [string, string]][] = [
    [-3 * DAY, ["3일 전", "3 days ago"], ["3일 전", "3 days ago"]],
    [2 * DAY, ["2일 후", "in 2 days"], ["2일 후", "in 2 days"]],
    [-60 * 60 * 1000, ["한 시간 전", "an hour ago"], ["약 1시간 전", "about 1 hour ago"]],
    [-61 * DAY, ["2달 전", "2 months ago"], ["2개월 전", "2 months ago"]],
  ];

  it.each([
    ["moment (the plugin)", momentDates, 1],
    ["date-fns (the CLI)", dateFnsDates, 2],
  ] as const)("%s words them its way", (_name, dates, column) => {
    for (const row of WORDINGS) {
      const [ko, en] = row[column];
      expect([dates.relative(NOW + row[0], NOW, "ko"), dates.relative(NOW + row[0], NOW, "en")]).toEqual([ko, en]);
    }
  });

  it("never changes moment's global locale", async () => {
    const { moment } = await import("obsidian-test-mocks/obsidian");
    const before = moment.locale();
    momentDates.relative(NOW - 3 * DAY, NOW, before === "ko" ? "en" : "ko");
    momentDates.format(new Date(NOW), "dddd", "moment", before === "ko" ? "en" : "ko");
    expect(moment.locale()).toBe(before);
  });
});

describe("frontmatter dates", () => {
  const READABLE = [
    "2026-03-02",
    "2026-03-02T14:05",
    "2026-03-02T14:05:09",
    "2026-03-02T14:05:09.123",
    "2026-03-02T14:05:09Z",
    "2026-03-02T14:05:09.5+09:00",
    "2026-03-02T14:05-05:00",
    "2026-03-02 14:05",
    "2026-03-02T14",
    "2026-12-31T23:59:59",
    "2027-01-01",
    "2024-02-29",
    "20260302",
    "2026-03",
    "2026-061",
    "2026-W10",
    "2026-W10-1",
  ];
  const JUNK = ["", "언젠가", "yesterday", "2026-13-01", "2026-02-30", "2023-02-29", "2026/03/02", "03-02-2026", "2026-03-02T25:00", "2026-3-2x", "not a date"];

  it.each(READABLE)("%s reads as the same instant in both", (text) => {
    const parsed = dateFnsDates.parse(text);
    expect(parsed).not.toBeNull();
    expect(momentDates.parse(text)).toBe(parsed);
  });

  it.each(JUNK)("%j is no date in either", (text) => {
    expect(dateFnsDates.parse(text)).toBeNull();
    expect(momentDates.parse(text)).toBeNull();
  });

  it("reads a plain date as local midnight", () => {
    expect(momentDates.parse("2026-03-02")).toBe(new Date(2026, 2, 2).getTime());
    expect(dateFnsDates.parse("2026-03-02")).toBe(new Date(2026, 2, 2).getTime());
  });
});
