// The scaffold meets the checklist: an untouched draft is flagged as unfinished and lacks the
// Self-Us-Now story; the same draft, filled in section by section, passes all six items.
import { describe, expect, test } from "vitest";
import { dateFnsDates } from "../../../src/core/dates/date-fns-dates";
import { parse as parseYaml } from "yaml";
import { checkNote } from "../../../src/core/checklist/registry";
import { parseNote } from "../../../src/core/markdown/parse";
import type { SectionId } from "../../../src/core/scaffold/sections";
import { SECTION_TEXT } from "../../../src/core/scaffold/sections";
import { createPost } from "../../../src/core/scaffold/template";
import { defaultSettings } from "../../../src/core/settings";

const settings = defaultSettings();
const now = new Date(2026, 10, 27, 14, 5);

function report(text: string, language: "ko" | "en") {
  const parsed = parseNote(text);
  const frontmatter = parsed.frontmatter ? (parseYaml(parsed.frontmatter.yaml) as Record<string, unknown>) : null;
  return checkNote(parsed, frontmatter, settings, language);
}

/** The draft with `writing` added below each section's prompt, as a writer fills it in. */
function fillIn(draft: string, language: "ko" | "en", writing: Partial<Record<SectionId, string>>): string {
  const lines = draft.split("\n");
  const out: string[] = [];
  let pending: string | undefined;
  for (const line of lines) {
    out.push(line);
    if (pending !== undefined && line.startsWith("<!--")) {
      out.push(pending);
      pending = undefined;
      continue;
    }
    const section = (Object.keys(SECTION_TEXT[language]) as SectionId[]).find((id) => line === `## ${SECTION_TEXT[language][id].heading}`);
    if (section) pending = writing[section];
  }
  return out.join("\n");
}

const KOREAN: Partial<Record<SectionId, string>> = {
  me: [
    "3년 전 동네에 작은 로스팅 카페를 열었다. 원두 봉투에 적힌 '산미', '바디' 같은 말이 손님에게는 아무 뜻도 없다는 걸 매일 느꼈다.",
    "그래서 나는 우리 가게가 어떤 이유로 원두를 고르는지 숨기지 않고 보여 주기로 했다. 맛을 말로 나누는 일이 내가 이 일을 하는 이유다.",
  ].join("\n"),
  we: [
    "원두 설명을 읽고도 무슨 맛인지 몰라 결국 늘 마시던 걸 고른 적, 당신도 있지 않나요?",
    "우리는 모두 맛을 말로 옮기는 데 서툴다. 그 어색함이 우리가 여기 함께 있는 이유다.",
  ].join("\n"),
  now: [
    "이번 달부터 매주 토요일 오후 2시에 블라인드 시음회를 연다. 지금 함께 기록을 모으면 연말에는 우리만의 맛 지도를 만들 수 있다.",
    "다음 시음회에 같이 해 봐요.",
  ].join("\n"),
  log: [
    "- 2026-11-02 — 케냐 원두를 세 가지 배전도로 볶아 비교했다.",
    "- 2026-11-09 — 첫 시음회에 손님 7명이 왔다. 약배전이 가장 인기가 없었다.",
    "- 2026-11-16 — 시음 카드를 처음부터 다시 만들었다.",
  ].join("\n"),
  failures: [
    "처음 만든 시음 카드는 항목이 12개나 되어 아무도 끝까지 쓰지 못했다. 완전히 실패였다.",
    "그래서 항목을 3개로 줄이고, 점수 대신 떠오르는 단어 하나를 적도록 방향을 바꿨다.",
  ].join("\n"),
  participation: [
    "다음 시음회에 오실 분은 댓글로 알려 주세요. 집에서 마신 원두의 느낌을 한 단어로 남겨 주셔도 좋습니다.",
    "여러분은 어떤 맛의 커피를 좋아하나요?",
  ].join("\n"),
};

const ENGLISH: Partial<Record<SectionId, string>> = {
  me: [
    "I started baking sourdough in 2023 because the bread in our town came wrapped in plastic and tasted of nothing.",
    "I want to show why a slow loaf is worth the wait, which is the reason I write this up every week instead of posting only the finished loaf.",
  ].join("\n"),
  we: [
    "Have you ever bought a 'rustic' loaf and found it soft and sweet inside? You are not alone.",
    "Most of us never learned how bread is made, and that is exactly what brings us here together.",
  ].join("\n"),
  now: [
    "Starting this Saturday I will share my starter with anyone who asks, and we will bake the same recipe at the same time.",
    "Now is the moment: the kitchen is warm enough in winter for a starter to thrive. Let's bake together.",
  ].join("\n"),
  log: [
    "- 2026-11-01 — Fed the starter twice a day; it doubled in 6 hours.",
    "- 2026-11-08 — First bake: 72% hydration, 4 hours bulk.",
    "- 2026-11-15 — Second bake with a longer cold proof.",
  ].join("\n"),
  failures: [
    "The first loaf failed: it spread flat because I over-proofed it.",
    "So I pivoted to a shorter bulk and a tighter shape, and the second loaf held its form.",
  ].join("\n"),
  participation: [
    "Reply in the comments with a photo of your crumb, or join the Saturday bake.",
    "What would you like me to try next?",
  ].join("\n"),
};

describe.each([
  { language: "ko" as const, title: "원두를 고르는 이유를 공개합니다", writing: KOREAN },
  { language: "en" as const, title: "Sourdough, one loaf a week", writing: ENGLISH },
])("the $language scaffold and the checklist", ({ language, title, writing }) => {
  const draft = createPost({ title, roots: ["root-04-프로세스-공유"], now, language, settings, dates: dateFnsDates }).text;

  test("the untouched scaffold fails self-us-now and is warned as unfinished", () => {
    const result = report(draft, language);
    expect(result.items.find((item) => item.id === "self-us-now")?.status).toBe("fail");
    expect(result.warnings.map((warning) => warning.id)).toContain("unfinished-as-process");
  });

  test("the draft filled in section by section passes all six items, with no warning", () => {
    const filled = fillIn(draft, language, writing);
    for (const text of Object.values(writing)) expect(filled).toContain(text);
    const result = report(filled, language);
    expect(result.items.map((item) => [item.id, item.status])).toEqual([
      ["why", "pass"],
      ["process", "pass"],
      ["failures", "pass"],
      ["self-us-now", "pass"],
      ["participation", "pass"],
      ["archive", "pass"],
    ]);
    expect(result.score).toBe(6);
    expect(result.warnings).toEqual([]);
  });

  test("half filled (Me and We only): the story is not Self → Us → Now yet", () => {
    const half = fillIn(draft, language, { me: writing.me, we: writing.we });
    const result = report(half, language);
    expect(result.items.find((item) => item.id === "self-us-now")?.status).not.toBe("pass");
    expect(result.score).toBeLessThan(6);
  });
});
