// Warns when big vision language ("세상을 바꾸", "revolutionise", "the future of") outweighs
// anything concrete: numbers, dates, steps, links to records, narrated work or failures.
// It fires when there are at least two vision lines and fewer concrete lines than vision lines.
import type { NoteAnalysis } from "../analysis";
import { en, ko, type WarningRuleExamples } from "../example";
import type { WarningRule } from "../types";
import { recordLinks } from "./archive";

const LIST_NUMBER = /^[ \t]*(?:>[ \t]*)*\d{1,3}[.)][ \t]+/;

function concreteLines(note: NoteAnalysis): Set<number> {
  const concrete = new Set<number>([
    ...note.parsed.datedLines,
    ...note.parsed.numberedSteps,
    ...recordLinks(note),
    ...note.linesWith("process"),
    ...note.linesWith("failures", { negatable: true }),
  ]);
  for (const line of note.contentLines) {
    const visible = note.parsed.lines[line - 1]?.visible ?? "";
    if (/[0-9]/.test(visible.replace(LIST_NUMBER, ""))) concrete.add(line);
  }
  return new Set([...concrete].filter((line) => note.isContent(line)));
}

export const visionWithoutSubstance: WarningRule = {
  id: "vision-without-substance",
  kind: "warning",
  text: {
    ko: {
      question: "큰 비전만 있고 알맹이(숫자, 날짜, 단계, 결과)가 없지 않은가?",
      hint: "비전 한 줄마다 구체적인 것 하나를 붙여 보세요: 숫자, 날짜, 해 본 일, 결과.",
    },
    en: {
      question: "Is it big vision with nothing concrete behind it?",
      hint: "Back each line of vision with something concrete: a number, a date, a step you took, a result.",
    },
  },
  check(note) {
    const vision = note.linesWith("vision");
    if (vision.length < 2) return { fires: false, evidence: [] };
    const concrete = concreteLines(note);
    return concrete.size < vision.length ? { fires: true, evidence: note.evidence(vision) } : { fires: false, evidence: [] };
  },
};

export const visionWithoutSubstanceExamples = (): WarningRuleExamples => ({
  pass: [
    ko`
      # 동네 공유 부엌

      우리는 동네 밥상의 미래를 바꾸고 싶다. 그 꿈을 위해 작게 시작했다.
      3월 한 달 동안 화요일마다 12명이 모여 반찬을 만들었고, 재료비는 1인 6,000원이었다.
      두 번째 주에는 냉장고가 고장 나서 계획을 바꿨다.
    `,
    en`
      # A reading app for dyslexic kids

      Our vision is to transform how children learn to read.
      In January we tested the first prototype with 14 pupils at two schools.
      Reading speed rose 11% on average; three children disliked the font, so we changed it.
    `,
    ko`
      # 오늘의 작업
      타일 열두 장을 붙였다. 줄눈은 내일 넣는다.
    `,
    en`
      # Notes on the workshop
      It was inspiring to see everyone build a birdhouse in 90 minutes.
      Two kits were missing screws; we fixed that with spares.
    `,
  ],
  fail: [
    ko`
      # 우리의 비전

      우리는 세상을 바꿀 혁신적인 플랫폼을 만든다.
      모두가 창작자가 되는 새로운 시대를 연다.
      이것은 단순한 서비스가 아니라 패러다임의 전환이다.
    `,
    en`
      # Manifesto

      We are here to revolutionise the way the world creates.
      Our mission is to empower everyone to unleash their potential.
      The future of work is limitless, and we are building it.
    `,
    ko`
      세상을 바꾸는 커피를 꿈꾼다.
      커피 한 잔으로 모두가 연결되는 미래를 그린다.
    `,
    en`
      # Big news
      Something groundbreaking is coming. A visionary team, a game-changing idea.
      Get ready to transform everything you know about travel.
    `,
  ],
});
