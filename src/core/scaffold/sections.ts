// The sections of a Self-Us-Now process post, in both languages: the heading the scaffold writes,
// the one-line prompt (an HTML comment, so an untouched section never counts as content), and how
// to recognise a section a writer already has under another heading ("Self", "우리의 이야기", "Log").
import type { Language } from "../i18n";
import type { NoteHeading } from "../markdown/types";

export const SECTION_IDS = ["me", "we", "now", "log", "failures", "participation"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface SectionText {
  heading: string;
  prompt: string;
}

export const SECTION_TEXT: Readonly<Record<Language, Readonly<Record<SectionId, SectionText>>>> = {
  en: {
    me: { heading: "Me — why I do this", prompt: "Your own story: what made you start, and what you hope to change." },
    we: { heading: "We — what we share", prompt: "Talk to the reader: have they felt this too? What brings you both here?" },
    now: { heading: "Now — why act together now", prompt: "Propose one concrete thing to do together, and say why it can't wait." },
    log: { heading: "Process log", prompt: "Add a dated line each time you work on it: what you tried, what you saw." },
    failures: { heading: "Failures and pivots", prompt: "What didn't work, and what you changed because of it." },
    participation: {
      heading: "How to take part",
      prompt: "Invite readers in: a question to answer, something to try, a place to reply.",
    },
  },
  ko: {
    me: { heading: "나 — 왜 이 일을 하는가", prompt: "이 일을 시작하게 된 나의 계기와 경험, 바꾸고 싶은 것을 적어 보세요." },
    we: { heading: "우리 — 당신도 이런 적 있나요?", prompt: "읽는 사람도 겪어 봤을 장면을 떠올려 보세요. 우리는 무엇을 함께 느끼나요?" },
    now: { heading: "지금 — 왜 지금 함께인가", prompt: "지금 함께 해 볼 구체적인 한 가지와, 미룰 수 없는 이유를 적어 보세요." },
    log: { heading: "과정 기록", prompt: "작업할 때마다 날짜와 함께 한 줄씩 남겨 보세요. 무엇을 해 봤고 무엇을 봤나요?" },
    failures: { heading: "실패와 방향 전환", prompt: "잘 안 된 것과, 그래서 무엇을 바꿨는지 적어 보세요." },
    participation: {
      heading: "참여하는 방법",
      prompt: "독자가 답할 질문, 따라 해 볼 일, 의견을 남길 곳을 알려 주세요.",
    },
  },
};

/** The first line a fresh process log gets ("Started this draft."), after the date and time. */
export const FIRST_LOG_ENTRY: Readonly<Record<Language, string>> = {
  en: "Started this draft.",
  ko: "초안을 쓰기 시작했다.",
};

/** The separator between a log entry's date and its text. */
export const LOG_SEPARATOR = " — ";

// A heading whose first word is one of these names the Me / We / Now section ("Self (나)", "Us: …").
const FIRST_WORDS: Readonly<Partial<Record<SectionId, readonly string[]>>> = {
  me: ["me", "self", "나", "나의", "내", "i"],
  we: ["we", "us", "우리", "우리의"],
  now: ["now", "지금", "지금,"],
};

// Phrases that name a section anywhere in its heading. Checked after the first words, in this order,
// so "지금까지의 과정 기록" is the log, "실패 기록" the failures, and "우리의 실패" stays with "우리".
const PHRASES: ReadonlyArray<readonly [SectionId, readonly string[]]> = [
  ["failures", ["실패", "방향 전환", "시행착오", "피벗", "failure", "failures", "pivot", "pivots", "mistakes", "what went wrong", "setbacks"]],
  ["log", ["과정 기록", "작업 기록", "진행 기록", "작업 일지", "개발 일지", "일지", "기록", "process log", "log", "journal", "progress", "devlog", "timeline", "diary"]],
  ["participation", ["참여", "함께하는 방법", "함께하기", "take part", "get involved", "join", "participate", "participation", "contribute", "how to help"]],
  ["me", ["why i ", "my story", "나의 이야기", "내 이야기", "왜 이 일을", "왜 시작"]],
  ["we", ["you too", "what we share", "common ground", "당신도", "공통점", "우리 이야기", "우리의 이야기"]],
  ["now", ["why now", "act together", "call to action", "왜 지금", "행동 제안", "지금 함께"]],
];

function normaliseHeading(text: string): string {
  return (
    text
      .normalize("NFC")
      .toLowerCase()
      // leading numbering ("1.", "2)", "3 -") and emphasis marks
      .replace(/^[\s*_~`]*(?:\d+[.)]?\s*[-–—:]?\s*)?/u, "")
      .replace(/[*_~`]/g, "")
      .trim()
  );
}

/** A matcher for a phrase: Korean matches inside words (particles attach), English on word boundaries. */
function phraseMatcher(phrase: string): (haystack: string) => boolean {
  if (/[가-힣]/u.test(phrase)) return (haystack) => haystack.includes(phrase);
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const inflection = escaped.includes(" ") ? "" : "(?:s|es|ed|ing)?";
  const pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}${inflection}(?:$|[^\\p{L}\\p{N}])`, "u");
  return (haystack) => pattern.test(haystack);
}

type PhraseMatchers = readonly (readonly [SectionId, readonly ((haystack: string) => boolean)[]])[];

// Compiled on first use: fifty Unicode patterns cost milliseconds, and the plugin and the CLI load
// this module at start-up whether or not a section is ever looked for.
let phraseMatchers: PhraseMatchers | null = null;

function sectionPhraseMatchers(): PhraseMatchers {
  phraseMatchers ??= PHRASES.map(([id, phrases]) => [id, phrases.map(phraseMatcher)] as const);
  return phraseMatchers;
}

/** Which section a heading names, or null. */
export function sectionOfHeading(text: string): SectionId | null {
  const normalised = normaliseHeading(text);
  if (normalised === "") return null;
  const firstWord = normalised.split(/[\s—–\-:/()·|,.!?]+/u).find((word) => word !== "") ?? "";
  for (const id of ["me", "we", "now"] as const) {
    if (FIRST_WORDS[id]?.includes(firstWord)) return id;
  }
  for (const [id, matchers] of sectionPhraseMatchers()) {
    if (matchers.some((matches) => matches(normalised))) return id;
  }
  return null;
}

/**
 * The first heading of each section the note has. A note's only level-1 heading is its title
 * ("# 로스팅 일지" is no log section); several level-1 headings are the note's sections.
 */
export function findSections(headings: readonly NoteHeading[]): Partial<Record<SectionId, NoteHeading>> {
  const found: Partial<Record<SectionId, NoteHeading>> = {};
  const singleTitle = headings.filter((heading) => heading.level === 1).length === 1;
  for (const heading of headings) {
    if (singleTitle && heading.level === 1) continue;
    const id = sectionOfHeading(heading.text);
    if (id !== null && found[id] === undefined) found[id] = heading;
  }
  return found;
}
