// Warns when a note describes what (a product, a menu, features, changes) and never why: there
// is a "what" section or two lines describing a thing, and the why item finds no motive at all.
import { en, ko, type WarningRuleExamples } from "../example";
import type { WarningRule } from "../types";
import { detectWhy } from "./why";

export const whatWithoutWhy: WarningRule = {
  id: "what-without-why",
  kind: "warning",
  text: {
    ko: {
      question: "'무엇'만 있고 '왜'가 없지 않은가?",
      hint: "무엇을 만들었는지에 더해, 왜 그것을 만들었는지 한 단락을 써 보세요.",
    },
    en: {
      question: "Does it describe what, and never why?",
      hint: "Next to what you made, write a paragraph on why you made it.",
    },
  },
  check(note) {
    const section = note.sectionsTitled("whatHeading")[0];
    const described = note.linesWith("what");
    if (section === undefined && described.length < 2) return { fires: false, evidence: [] };
    if (detectWhy(note).status !== "fail") return { fires: false, evidence: [] };
    const lines = section ? [section.heading.line, ...section.contentLines.slice(0, 2)] : described;
    return { fires: true, evidence: note.evidence(lines) };
  },
};

export const whatWithoutWhyExamples = (): WarningRuleExamples => ({
  pass: [
    ko`
      # 새 메뉴를 만든 이유

      이번 주부터 보리차 라테를 판매합니다.
      카페인을 못 마시는 단골손님이 늘어서, 그분들도 같은 자리에서 같은 시간을 즐기길 바라기 때문입니다.
    `,
    en`
      # Version 2 of the planner

      The new version adds a weekly review page and a habit grid.
      I added them because I kept abandoning my own planner by March, and the review page is what brought me back.
    `,
    ko`
      # 산책 일기
      오늘은 강을 따라 한 시간을 걸었다. 물새가 많았다.
    `,
    en`
      ## Why a changelog at all
      I want people who use the tool to see it grow, so every release gets a note.
      - Added export to CSV.
    `,
  ],
  fail: [
    ko`
      # 겨울 신메뉴 출시

      ## 메뉴
      - 유자 뱅쇼 6,500원
      - 군고구마 라테 6,000원
      매장에서 12월 1일부터 판매합니다.
    `,
    en`
      # Changelog

      ## 1.4.0
      - Added tag filters.
      - Fixed the date picker on mobile.
      - Improved sync speed.
    `,
    ko`
      # 새 기능 안내
      이제 앱에서 일정 공유 기능을 지원합니다. 업데이트 후 설정에서 켤 수 있습니다.
      알림 기능도 개선되었습니다.
    `,
    en`
      # Meet the Aero bottle
      Our new product launches Monday. 750 ml, steel, keeps drinks cold for 24 hours.
      Available in four colours at the same price as before.
    `,
  ],
});
