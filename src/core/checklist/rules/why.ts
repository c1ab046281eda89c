// Why: the note says why the writer does this work. A section headed by the why (왜, 이유, 계기,
// Why, Motivation) with real content passes; so do two lines that state a motive, or one such
// line with a causal one beside it, or the Self part of a Self-Us-Now story (which is the why by
// design) together with a motive line. A single motive line, the Self part alone, or two causal
// lines alone is partial.
import type { NoteAnalysis } from "../analysis";
import { en, ko, type ItemRuleExamples } from "../example";
import type { ItemDecision, ItemRule } from "../types";
import { findStoryParts } from "./self-us-now";

export function detectWhy(note: NoteAnalysis): ItemDecision {
  const sections = note.sectionsTitled("whyHeading");
  const first = sections[0];
  if (first) return { status: "pass", evidence: note.evidence([first.heading.line, ...first.contentLines.slice(0, 2)]) };
  const motives = note.linesWith("why", { negatable: true });
  const motiveSet = new Set(motives);
  const causal = note.linesWith("whyWeak").filter((line) => !motiveSet.has(line));
  const self = findStoryParts(note).find((part) => part.part === "self" && part.contentLines.length > 0);
  const selfLines = self ? [self.line, ...self.contentLines.slice(0, 1)] : [];
  if (motives.length >= 2 || (motives.length === 1 && causal.length >= 1) || (self !== undefined && motives.length > 0)) {
    return { status: "pass", evidence: note.evidence([...motives, ...causal, ...selfLines]) };
  }
  if (motives.length === 1 || causal.length >= 2 || self !== undefined) {
    return { status: "partial", evidence: note.evidence([...motives, ...causal, ...selfLines]) };
  }
  return { status: "fail", evidence: [] };
}

export const why: ItemRule = {
  id: "why",
  kind: "item",
  text: {
    ko: {
      question: "이 일을 하는 이유(\"왜\")가 분명히 드러나는가?",
      hint: "\"왜 이 일을 하는가\"에 답하는 단락이나 '왜' 제목을 더해 보세요: 계기, 동기, 지키고 싶은 것.",
    },
    en: {
      question: "Does it say clearly why you do this work?",
      hint: "Add a paragraph or a \"Why\" section that answers why you do this: what started it and what you care about.",
    },
  },
  check: detectWhy,
};

export const whyExamples = (): ItemRuleExamples => ({
  pass: [
    ko`
      # 손으로 쓰는 뉴스레터

      ## 왜 손글씨인가
      화면으로만 일하다 보니 글씨가 점점 낯설어졌다. 손으로 쓴 편지를 받았을 때의 기분을 다시 나누고 싶었다.

      첫 호는 스캔해서 40명에게 보냈다.
    `,
    en`
      # A garden on the roof

      I started this because the block has no green space and my neighbour's kids had never seen a tomato plant.
      The reason I keep going is simple: I want the roof to feel like it belongs to everyone in the building.
    `,
    ko`
      작은 카페에서 원두를 직접 볶기 시작한 계기는 단골손님의 한마디였다.
      "여기 커피는 어디서 와요?"라는 질문에 대답하지 못한 게 부끄러웠기 때문이다.
      그래서 산지와 로스팅을 하나씩 배우고 있다.
    `,
    en`
      ## Motivation
      Our library closes at five, which is exactly when most people can visit. This project exists to change that.
    `,
  ],
  partial: [
    en`
      # Shelf build
      I built the shelf because I needed somewhere for the records.
      It took two evenings.
    `,
  ],
  fail: [
    ko`
      # 신메뉴 안내

      이번 주부터 말차 라테와 흑임자 스콘을 판매합니다.
      가격은 각각 5,500원과 3,800원입니다.
      매장과 포장 모두 가능합니다.
    `,
    en`
      # Release 2.3.0

      - Added dark mode to the settings page.
      - Fixed a crash when importing empty files.
      - Improved start-up time by 20%.
    `,
    ko`
      ## 왜 (Why)
      <!-- 이 일을 하는 이유를 적어 주세요 -->

      ## 과정
      (작성 예정)
    `,
    en`
      # Trip notes
      Left at 7, reached the coast by noon. The weather held.
      Dinner was fish and chips on the pier.
    `,
  ],
});
