// Participation: the note leaves readers a place to take part. A section for it (참여, 함께하기,
// Join, Your turn) with content passes; so does a question to the reader together with an
// invitation (comment, vote, join, 댓글, 신청), two invitations (on two lines or in one), or one
// invitation with a concrete when or where beside it (a date, a link). One question or one
// invitation alone is partial. "함께"/"together" count only beside something that actually invites.
import type { NoteAnalysis } from "../analysis";
import { en, ko, type ItemRuleExamples } from "../example";
import { findWords } from "../words";
import type { ItemRule } from "../types";

/** Invitation lines that carry two different invitations, or a date or link on or next to them. */
function concreteInvitations(note: NoteAnalysis, invitations: readonly number[]): number[] {
  if (invitations.length === 0) return [];
  const concrete = new Set([
    ...note.parsed.datedLines,
    ...note.parsed.externalLinks.map((link) => link.line),
    ...note.parsed.links.map((link) => link.line),
  ]);
  return invitations.filter((line) => {
    const entries = new Set(findWords(note.lexicon.lists.participation, note.lower(line)).map((match) => match.entry));
    return entries.size >= 2 || concrete.has(line - 1) || concrete.has(line) || concrete.has(line + 1);
  });
}

export const participation: ItemRule = {
  id: "participation",
  kind: "item",
  text: {
    ko: {
      question: "독자가 참여할 수 있는 자리를 마련했는가?",
      hint: "독자에게 묻는 질문과 참여 방법(댓글, 신청, 투표, 함께 해 보기)을 구체적으로 열어 두세요.",
    },
    en: {
      question: "Is there designed room for readers to take part?",
      hint: "Ask the reader something and say how to join in: comment, vote, sign up, or try it alongside you.",
    },
  },
  check(note) {
    const first = note.sectionsTitled("participationHeading")[0];
    if (first) return { status: "pass", evidence: note.evidence([first.heading.line, ...first.contentLines.slice(0, 2)]) };
    const invitations = note.linesWith("participation", { negatable: true });
    const questions = note.parsed.questions.filter((line) => note.isContent(line));
    const invited = new Set([...invitations, ...questions]);
    const together = note.linesWith("participationWeak").filter((line) => !invited.has(line));
    const distinctSignals = invited.size + (invited.size > 0 && together.length > 0 ? 1 : 0);
    const concrete = concreteInvitations(note, invitations);
    if ((invitations.length >= 1 && questions.length >= 1) || invitations.length >= 2 || concrete.length > 0 || distinctSignals >= 3) {
      return { status: "pass", evidence: note.evidence([...questions, ...invitations, ...together]) };
    }
    if (invited.size > 0) return { status: "partial", evidence: note.evidence([...questions, ...invitations]) };
    return { status: "fail", evidence: [] };
  },
};

export const participationExamples = (): ItemRuleExamples => ({
  pass: [
    ko`
      # 동네 지도 만들기

      지금까지 골목 열두 곳을 걸으며 가게를 표시했다.
      여러분 동네에서 꼭 넣어야 할 곳이 있나요?
      댓글로 가게 이름과 골목을 알려 주시면 다음 판에 넣겠습니다.
    `,
    en`
      # The typeface, week six

      The lowercase g is still unresolved. Which of these two tails reads better to you?
      Vote in the comments below; I will draw the winner in next week's post.
    `,
    ko`
      ## 함께하기
      매주 토요일 오전에 작업실 문을 엽니다. 신청서에 이름만 남겨 주시면 재료는 준비해 둘게요.
    `,
    en`
      ## Your turn
      Fork the starter kit, change one thing, and send me a link. I will feature three of them.
    `,
  ],
  partial: [
    en`
      # Sourdough, day twenty
      The crumb is finally open. Have you ever kept a starter alive this long?
    `,
  ],
  fail: [
    ko`
      # 가을 여행 정리

      경주에서 이틀을 보냈다. 불국사는 사람이 많았고 함께 간 친구와 밤에 첨성대를 걸었다.
      다음에는 겨울에 오고 싶다.
    `,
    en`
      # Quarterly numbers

      Revenue grew 8% over the quarter. Costs were flat. The team grew from six to seven people.
    `,
    ko`
      ## 참여 방법
      <!-- 독자가 어떻게 참여할지 적기 -->
      TODO
    `,
    en`
      # Why I write in the morning
      Why do I keep doing this? Because the house is quiet and my head is empty.
      I have done it together with coffee for ten years.
    `,
  ],
});
