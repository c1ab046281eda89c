import { describe, expect, test } from "vitest";
import { dateFnsDates } from "../../../src/core/dates/date-fns-dates";
import fc from "fast-check";
import { parseNote } from "../../../src/core/markdown/parse";
import { insertSections, outlineInsertion, outlineStatus, type SectionValues } from "../../../src/core/scaffold/outline";
import { sectionOfHeading } from "../../../src/core/scaffold/sections";
import { applyInsertion, type TextInsertion } from "../../../src/core/scaffold/text-insertion";

const values = (language: "ko" | "en"): SectionValues => ({
  language,
  now: new Date(2026, 10, 27, 14, 5),
  dateFormat: "YYYY-MM-DD",
  timeFormat: "HH:mm",
  dates: dateFnsDates,
});

/** The note with the inserted text cut out again: must equal the original, byte for byte. */
function withoutInsertion(raw: string, insertion: TextInsertion): string {
  const applied = applyInsertion(raw, insertion);
  const inserted = raw.includes("\r\n") ? insertion.text.replace(/\n/g, "\r\n") : insertion.text;
  const offset = applied.indexOf(inserted);
  expect(offset).toBeGreaterThanOrEqual(0);
  return applied.slice(0, offset) + applied.slice(offset + inserted.length);
}

describe("recognising sections", () => {
  test.each([
    ["나 — 왜 이 일을 하는가", "me"],
    ["Me — why I do this", "me"],
    ["Self (나)", "me"],
    ["1. 나의 이야기", "me"],
    ["**Me**", "me"],
    ["Why I started baking", "me"],
    ["우리 — 당신도 이런 적 있나요?", "we"],
    ["Us: common ground", "we"],
    ["We", "we"],
    ["당신도 그런 적 있죠?", "we"],
    ["지금 — 왜 지금 함께인가", "now"],
    ["Now: let's do it", "now"],
    ["Why now?", "now"],
    ["과정 기록", "log"],
    ["지금까지의 작업 일지", "log"],
    ["Process log", "log"],
    ["Devlog", "log"],
    ["실패와 방향 전환", "failures"],
    ["실패 기록", "failures"],
    ["What went wrong", "failures"],
    ["Pivots", "failures"],
    ["참여하는 방법", "participation"],
    ["How to take part", "participation"],
    ["Get involved", "participation"],
    ["Ingredients", null],
    ["Why is bread hard?", null],
    ["Blog roll", null],
    ["", null],
  ])("%j → %s", (heading, expected) => {
    expect(sectionOfHeading(heading)).toBe(expected);
  });
});

describe("outline insertion", () => {
  test("a note with some sections gets only the missing ones, in order, at the cursor", () => {
    const raw = "# 원두 이야기\n\n## 나의 이야기\n처음 로스팅을 배운 건 2019년이었다.\n\n## 실패 기록\n- 3월 2일: 너무 태웠다.\n";
    const note = parseNote(raw);
    expect(outlineStatus(note)).toEqual({ present: ["me", "failures"], missing: ["we", "now", "log", "participation"] });
    const insertion = outlineInsertion(note, { line: 4, ch: 0 }, values("ko"));
    expect(insertion).not.toBeNull();
    if (!insertion) return;
    const result = applyInsertion(raw, insertion);
    expect(result).toBe(
      [
        "# 원두 이야기",
        "",
        "## 나의 이야기",
        "처음 로스팅을 배운 건 2019년이었다.",
        "",
        "## 우리 — 당신도 이런 적 있나요?",
        "<!-- 읽는 사람도 겪어 봤을 장면을 떠올려 보세요. 우리는 무엇을 함께 느끼나요? -->",
        "",
        "## 지금 — 왜 지금 함께인가",
        "<!-- 지금 함께 해 볼 구체적인 한 가지와, 미룰 수 없는 이유를 적어 보세요. -->",
        "",
        "## 과정 기록",
        "<!-- 작업할 때마다 날짜와 함께 한 줄씩 남겨 보세요. 무엇을 해 봤고 무엇을 봤나요? -->",
        "- 2026-11-27 14:05 — ",
        "",
        "## 참여하는 방법",
        "<!-- 독자가 답할 질문, 따라 해 볼 일, 의견을 남길 곳을 알려 주세요. -->",
        "",
        "## 실패 기록",
        "- 3월 2일: 너무 태웠다.",
        "",
      ].join("\n"),
    );
    expect(insertion.cursor).toEqual({ line: 7, ch: 0 });
    expect(outlineStatus(parseNote(result)).missing).toEqual([]);
  });

  test("inside a paragraph it goes after the line, never splitting it", () => {
    const raw = "I bake bread every Sunday and post the results.\nSecond line.";
    const insertion = outlineInsertion(parseNote(raw), { line: 0, ch: 5 }, values("en"));
    expect(insertion?.at).toEqual({ line: 0, ch: raw.indexOf("\n") });
    expect(applyInsertion(raw, insertion as TextInsertion).startsWith("I bake bread every Sunday and post the results.\n\n## Me")).toBe(true);
  });

  test("inside the frontmatter it goes after the frontmatter", () => {
    const raw = "---\ntitle: x\n---\nBody";
    const insertion = outlineInsertion(parseNote(raw), { line: 1, ch: 3 }, values("en"));
    expect(applyInsertion(raw, insertion as TextInsertion).startsWith("---\ntitle: x\n---\n\n## Me — why I do this")).toBe(true);
  });

  test("nothing to insert when every section is there", () => {
    const raw = "## Me\n## We\n## Now\n## Log\n## Failures\n## How to take part\n";
    expect(outlineInsertion(parseNote(raw), { line: 0, ch: 0 }, values("en"))).toBeNull();
  });

  test("a CRLF note with a BOM keeps every byte and gets CRLF sections", () => {
    const raw = "\uFEFF# Title\r\n\r\nSome text\r\n";
    const insertion = insertSections(parseNote(raw), ["participation"], { line: 2, ch: 0 }, values("en"));
    const result = applyInsertion(raw, insertion as TextInsertion);
    expect(result).toBe("\uFEFF# Title\r\n\r\nSome text\r\n\r\n## How to take part\r\n<!-- Invite readers in: a question to answer, something to try, a place to reply. -->\r\n");
    expect(withoutInsertion(raw, insertion as TextInsertion)).toBe(raw);
  });

  test("property: any note, any cursor — every existing byte stays and all sections end up present", () => {
    const lineArb = fc.oneof(
      fc.constantFrom("", "## Me", "## 우리", "# Title", "---", "<!-- c -->", "```", "- item", "  ", "텍스트 한 줄"),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 20 }),
        fc.constantFrom("\n", "\r\n"),
        fc.nat(25),
        fc.nat(40),
        fc.constantFrom("ko" as const, "en" as const),
        (lines, ending, line, ch, language) => {
          const raw = lines.join(ending);
          const note = parseNote(raw);
          const insertion = outlineInsertion(note, { line, ch }, values(language));
          if (insertion === null) return;
          expect(withoutInsertion(raw, insertion)).toBe(raw);
        },
      ),
    );
  });
});

describe("the note's title is no section", () => {
  test("a note's only level-1 heading is its title, even when it names a log or a failure", () => {
    expect(outlineStatus(parseNote("# 로스팅 일지\n\n## 나\n글\n")).present).toEqual(["me"]);
    expect(outlineStatus(parseNote("# Failures of a baker\n\n## We\n")).present).toEqual(["we"]);
    expect(outlineStatus(parseNote("# 로스팅 일지\n오늘 볶았다.\n")).present).toEqual([]);
  });

  test("a note written with several level-1 sections keeps them", () => {
    expect(outlineStatus(parseNote("# Me\nx\n# We\ny\n# Process log\n- 3/2 z\n")).present).toEqual(["me", "we", "log"]);
  });
});
