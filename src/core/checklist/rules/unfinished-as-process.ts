// Warns when a mostly empty or placeholder note is presented as process: scaffold sections left
// empty (only comments or "TODO"), or placeholders where the writing should be. It fires when
// half or more of the sections are empty (at least two), when every section is empty, when
// placeholders stand beside three content lines or fewer, or when three placeholders remain.
import type { NoteAnalysis } from "../analysis";
import { en, ko, type WarningRuleExamples } from "../example";
import type { WarningRule } from "../types";

function emptySections(note: NoteAnalysis): number[] {
  return note.sections.filter((section) => section.contentLines.length === 0).map((section) => section.heading.line);
}

export const unfinishedAsProcess: WarningRule = {
  id: "unfinished-as-process",
  kind: "warning",
  text: {
    ko: {
      question: "비어 있거나 미완성인 글을 '프로세스'로 포장하지 않았는가?",
      hint: "빈 단락과 '작성 예정' 자리를 실제 내용으로 채우거나, 아직 쓸 게 없는 단락은 지우세요.",
    },
    en: {
      question: "Is an empty or unfinished note being passed off as process?",
      hint: "Fill the empty sections and placeholders with what actually happened, or remove the ones you cannot fill yet.",
    },
  },
  check(note) {
    const empty = emptySections(note);
    const sectionCount = note.sections.length;
    const placeholders = note.placeholderLines;
    const fires =
      (empty.length >= 2 && empty.length * 2 >= sectionCount) ||
      (sectionCount > 0 && empty.length === sectionCount) ||
      (placeholders.length >= 1 && note.contentLines.length <= 3) ||
      placeholders.length >= 3;
    return fires ? { fires: true, evidence: note.evidence([...empty, ...placeholders]) } : { fires: false, evidence: [] };
  },
};

export const unfinishedAsProcessExamples = (): WarningRuleExamples => ({
  pass: [
    ko`
      # 텃밭 상자 만들기

      ## 나의 이야기
      아파트 베란다에서 상추를 길러 보고 싶었다.

      ## 과정
      나무 상자를 사서 구멍을 뚫고 흙을 채웠다. 첫 물 주기에 흙이 다 새어 나와 부직포를 깔았다.

      ## 함께
      베란다 텃밭을 해 본 분은 배수 요령을 댓글로 알려 주세요.
    `,
    en`
      # Week 3 of the zine

      Printed the first 30 copies at the library. Two pages came out upside down, so I reordered the master.
      Next: folding party on Sunday — come along if you like staples.
    `,
    ko`
      오늘은 메모 한 줄만. 가마 온도를 1,230도로 올렸더니 유약이 흘렀다.
    `,
    en`
      # Reading list
      - The Making of a Manager
      - Show Your Work
      - Working in Public
    `,
  ],
  fail: [
    ko`
      # 새 프로젝트 과정 공유

      ## 나 (Self)
      <!-- 나의 이야기 -->

      ## 우리 (Us)
      <!-- 공감 -->

      ## 지금 (Now)
      <!-- 제안 -->
    `,
    en`
      # Building the app in public

      ## Why
      TODO

      ## Process
      TBD

      ## Failures
      ...
    `,
    ko`
      # 브랜딩 프로젝트
      (작성 예정)
    `,
    en`
      # Process post

      ## Me
      I like making things.

      ## Us
      (write here)

      ## Now
      - [ ]
    `,
  ],
});
