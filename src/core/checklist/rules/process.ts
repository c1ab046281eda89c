// Process: the note shows the making, not only the result. Signals, each worth one point: a
// section about the process (과정, 작업 일지, Process, Making of) with content; two or more dated
// entries (a date opening a line or a heading — a date inside a sentence is a plan, not a log);
// three dated entries that each tell what happened are worth two; two lines narrating the work
// (tried, drafted, 시도했다, 고쳤다, or a failure told) — three such lines are worth two, one is
// worth half. Two points pass; less, but more than nothing, is partial.
// Numbered steps alone (a recipe, a manual) are instructions, not a process.
import { countLetters, type NoteAnalysis } from "../analysis";
import { en, ko, type ItemRuleExamples } from "../example";
import type { ItemDecision, ItemRule } from "../types";

// An entry's first 12 characters are taken as its date; six letters after them tell what happened.
const DATE_PART = 12;
const NARRATION_LETTERS = 6;

/** Entries that say what happened after their date, not a bare date heading like "## 2.4.0 — 2026-09-30". */
function narratedEntries(note: NoteAnalysis): number[] {
  return note.logEntries.filter((line) => {
    const visible = note.parsed.lines[line - 1]?.visible.trim() ?? "";
    return countLetters(visible, NARRATION_LETTERS, DATE_PART) >= NARRATION_LETTERS;
  });
}

/** The lines of both lists (each in note order, without repeats), in note order, without repeats. */
function union(first: readonly number[], second: readonly number[]): number[] {
  const merged: number[] = [];
  let a = 0;
  let b = 0;
  while (a < first.length || b < second.length) {
    const next = Math.min(first[a] ?? Number.POSITIVE_INFINITY, second[b] ?? Number.POSITIVE_INFINITY);
    merged.push(next);
    if (first[a] === next) a++;
    if (second[b] === next) b++;
  }
  return merged;
}

export function detectProcess(note: NoteAnalysis): ItemDecision {
  const sections = note.sectionsTitled("processHeading");
  const dated = note.logEntries;
  const narrated = union(note.linesWith("process"), note.linesWith("failures", { negatable: true }));
  let points = 0;
  const lines: number[] = [];
  const first = sections[0];
  if (first) {
    points += 1;
    lines.push(first.heading.line);
  }
  if (narratedEntries(note).length >= 3) points += 2;
  else if (dated.length >= 2) points += 1;
  if (narrated.length >= 3) points += 2;
  else if (narrated.length >= 2) points += 1;
  else if (narrated.length === 1) points += 0.5;
  lines.push(...dated.slice(0, 2), ...narrated.slice(0, 3));
  const status = points >= 2 ? "pass" : points > 0 ? "partial" : "fail";
  return { status, evidence: status === "fail" ? [] : note.evidence(lines) };
}

export const process: ItemRule = {
  id: "process",
  kind: "item",
  text: {
    ko: {
      question: "결과물만이 아니라 만들어 가는 과정이 보이는가?",
      hint: "날짜별 기록이나 '과정' 단락으로 무엇을 시도했고 어떻게 바꿨는지 보여 주세요.",
    },
    en: {
      question: "Does it show the making, not only the result?",
      hint: "Show the making: dated entries or a \"Process\" section with what you tried and what you changed.",
    },
  },
  check: detectProcess,
};

export const processExamples = (): ItemRuleExamples => ({
  pass: [
    ko`
      # 도자기 머그 만들기

      ## 작업 일지
      - 3월 2일: 첫 초안으로 손잡이 없는 컵을 빚었다.
      - 3월 9일: 손잡이를 붙여 봤는데 건조 중에 떨어졌다.
      - 3월 16일: 흙을 바꿔서 다시 시도했다.
    `,
    en`
      # How we built the booking form

      At first we tried a single long page. Testing it with five customers showed nobody reached the end.
      So we split it into three steps and rebuilt the validation.
      The second version cut the drop-off in half; now we are drafting the confirmation email.
    `,
    ko`
      1주차에는 로고 스케치만 스무 장을 그렸다.
      2주차에 그중 세 개를 골라 색을 입혀 봤다.
      주변에 보여 주고 하나를 다듬는 중이다.
    `,
    en`
      ## Progress
      Day 1 — sketched the layout on paper.
      Day 4 — first prototype printed; the hinge was too stiff.
    `,
  ],
  partial: [
    ko`
      # 봄 시즌 포스터
      오늘 시안을 하나 만들었다. 다음 주에 인쇄한다.
    `,
  ],
  fail: [
    en`
      # A foolproof banana bread

      ## Steps
      1. Preheat the oven to 175°C.
      2. Mash three bananas and mix with the butter.
      3. Bake for 55 minutes.
    `,
    ko`
      # 신제품 출시

      드디어 새 텀블러가 나왔습니다. 500ml, 보온 12시간, 색상은 세 가지입니다.
      지금 온라인 스토어에서 만나보세요.
    `,
    en`
      # Our values
      We believe in craft, honesty and community. Good work speaks for itself.
    `,
    ko`
      ## 과정
      TODO

      ## 결과
      완성된 사진은 아래에.
    `,
  ],
});
