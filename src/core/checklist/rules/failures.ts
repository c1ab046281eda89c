// Failures: the note shows what went wrong and where it changed course. A section about failures
// or pivots (실패, 시행착오, What went wrong, Pivot) with content passes, as do two lines telling a
// failure, or one failure followed by a change of course (before → after). One failure alone is partial. Negated mentions — "실패 없는", "no mistakes", "never fails",
// "foolproof" — are promises, not failures, and do not count.
import { en, ko, type ItemRuleExamples } from "../example";
import type { ItemRule } from "../types";

export const failures: ItemRule = {
  id: "failures",
  kind: "item",
  text: {
    ko: {
      question: "실패와 방향 전환(pivot)을 숨기지 않고 보여 주는가?",
      hint: "잘 안 된 시도와 그래서 무엇을 바꿨는지(pivot)를 한두 줄이라도 솔직하게 적어 보세요.",
    },
    en: {
      question: "Does it share failures and pivots openly?",
      hint: "Tell what did not work and what you changed because of it, even in two lines.",
    },
  },
  check(note) {
    const first = note.sectionsTitled("failuresHeading")[0];
    const told = note.linesWith("failures", { negatable: true });
    if (first) {
      return { status: "pass", evidence: note.evidence([first.heading.line, ...first.contentLines.slice(0, 2)]) };
    }
    if (told.length >= 2) return { status: "pass", evidence: note.evidence(told) };
    const firstFailure = told[0];
    const turn = firstFailure === undefined ? undefined : note.linesWith("change").find((line) => line >= firstFailure);
    if (firstFailure !== undefined && turn !== undefined) {
      return { status: "pass", evidence: note.evidence([firstFailure, turn]) };
    }
    if (told.length === 1) return { status: "partial", evidence: note.evidence(told) };
    return { status: "fail", evidence: [] };
  },
};

export const failuresExamples = (): ItemRuleExamples => ({
  pass: [
    ko`
      # 독립 출판 두 번째 책

      ## 실패와 방향 전환
      처음 인쇄소에 맡긴 표지는 색이 완전히 틀렸다. 300부를 그대로 버려야 했다.
      그 뒤로는 소량 가제본을 먼저 받아 보는 방식으로 방향을 바꿨다.
    `,
    en`
      # Three months of the podcast

      Episode four flopped: twelve listens, and two of them were my mum.
      I scrapped the interview format and pivoted to short solo episodes, which people actually finish.
    `,
    ko`
      반죽 배합을 세 번 바꿨는데 두 번은 망쳤다. 수분이 너무 많아 오븐에서 주저앉았다.
      결국 밀가루를 바꾸고 나서야 모양이 잡혔다. 실패한 사진도 같이 올린다.
    `,
    en`
      ## What went wrong
      The sensor drifted by two degrees every night, so a week of data was useless.
    `,
  ],
  partial: [
    ko`
      # 주말 텃밭
      상추는 잘 자랐다. 토마토는 벌레 때문에 실패했다.
    `,
  ],
  fail: [
    ko`
      # 실패 없는 쿠키 레시피

      누구나 따라 하면 실패 없이 바삭한 쿠키가 나옵니다.
      버터와 설탕을 먼저 섞고, 밀가루는 마지막에 넣으세요.
    `,
    en`
      # A foolproof method for cold brew

      This method never fails. Coarse grind, cold water, twelve hours in the fridge.
      No mistakes possible, no special gear needed.
    `,
    ko`
      ## 실패한 것들
      (작성 예정)

      ## 결과
      전시는 무사히 끝났다.
    `,
    en`
      # Studio tour
      The studio faces north, so the light is even all day. The big table came from a school auction.
    `,
  ],
});
