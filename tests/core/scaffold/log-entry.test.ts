import { describe, expect, test } from "vitest";
import { dateFnsDates } from "../../../src/core/dates/date-fns-dates";
import { parseNote } from "../../../src/core/markdown/parse";
import { logEntryInsertion, logEntryLine } from "../../../src/core/scaffold/log-entry";
import type { SectionValues } from "../../../src/core/scaffold/outline";
import { applyInsertion } from "../../../src/core/scaffold/text-insertion";

const values = (overrides: Partial<SectionValues> = {}): SectionValues => ({
  language: "en",
  now: new Date(2026, 10, 27, 14, 5),
  dateFormat: "YYYY-MM-DD",
  timeFormat: "HH:mm",
  dates: dateFnsDates,
  ...overrides,
});

function appended(raw: string, overrides: Partial<SectionValues> = {}): { text: string; cursorLine: string; ch: number } {
  const insertion = logEntryInsertion(parseNote(raw), values(overrides));
  const text = applyInsertion(raw, insertion);
  const cursorLine = text.split("\n")[insertion.cursor.line] ?? "";
  return { text, cursorLine, ch: insertion.cursor.ch };
}

describe("the entry line", () => {
  test("uses the date and time formats", () => {
    expect(logEntryLine(values())).toBe("- 2026-11-27 14:05 — ");
    expect(logEntryLine(values({ language: "ko", dateFormat: "M월 D일 (ddd)", timeFormat: "A h:mm" }))).toBe("- 11월 27일 (금) 오후 2:05 — ");
  });

  test("an unreadable format falls back to ISO", () => {
    expect(logEntryLine(values({ dateFormat: "yyyy n", timeFormat: "HH:mm n" }))).toBe("- 2026-11-27 14:05 — ");
  });
});

describe("appending under the log heading", () => {
  test("after the last entry, before the next section", () => {
    const raw = "# Loaf\n\n## Process log\n- 2026-11-20 09:00 — Fed the starter.\n- 2026-11-21 — Baked.\n\n## Failures and pivots\nBurnt.\n";
    const { text, cursorLine, ch } = appended(raw);
    expect(text).toBe(
      "# Loaf\n\n## Process log\n- 2026-11-20 09:00 — Fed the starter.\n- 2026-11-21 — Baked.\n- 2026-11-27 14:05 — \n\n## Failures and pivots\nBurnt.\n",
    );
    expect(cursorLine).toBe("- 2026-11-27 14:05 — ");
    expect(ch).toBe(cursorLine.length);
  });

  test("under a Korean heading, after the prompt of an untouched scaffold", () => {
    const raw = "## 과정 기록\n<!-- 날짜와 함께 남겨 보세요. -->\n\n## 실패와 방향 전환\n";
    const { text } = appended(raw, { language: "ko" });
    expect(text).toBe("## 과정 기록\n<!-- 날짜와 함께 남겨 보세요. -->\n- 2026-11-27 14:05 — \n\n## 실패와 방향 전환\n");
  });

  test("a log heading at the very end, empty", () => {
    expect(appended("Intro\n\n## Log").text).toBe("Intro\n\n## Log\n- 2026-11-27 14:05 — ");
  });

  test("entries in sub-sections count as part of the log", () => {
    const raw = "## Devlog\n### Week 1\n- 3/2 started\n## Next\n";
    expect(appended(raw).text).toBe("## Devlog\n### Week 1\n- 3/2 started\n- 2026-11-27 14:05 — \n## Next\n");
  });
});

describe("creating the log heading when absent", () => {
  test.each([
    ["", "## Process log\n- 2026-11-27 14:05 — "],
    ["Just a thought", "Just a thought\n\n## Process log\n- 2026-11-27 14:05 — "],
    ["Just a thought\n", "Just a thought\n\n## Process log\n- 2026-11-27 14:05 — "],
    ["Just a thought\n\n", "Just a thought\n\n## Process log\n- 2026-11-27 14:05 — "],
  ])("%j", (raw, expected) => {
    const { text, cursorLine, ch } = appended(raw);
    expect(text).toBe(expected);
    expect(cursorLine).toBe("- 2026-11-27 14:05 — ");
    expect(ch).toBe(cursorLine.length);
  });

  test("in Korean", () => {
    expect(appended("메모\n", { language: "ko" }).text).toBe("메모\n\n## 과정 기록\n- 2026-11-27 14:05 — ");
  });

  test("a CRLF note stays CRLF", () => {
    expect(appended("Note\r\n").text).toBe("Note\r\n\r\n## Process log\r\n- 2026-11-27 14:05 — ");
  });
});
