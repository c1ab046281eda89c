// Self → Us → Now: the story needs its three parts, in that order, each with real content.
// A part is a heading (## 나의 이야기, ## We, ### Why now) or a lead-in at the start of a line
// (**Me:** …, - **우리** …, Now: …). One or two parts, or all three out of order, is partial.
import { WORD_LISTS } from "../lexicon";
import type { NoteAnalysis } from "../analysis";
import { en, ko, type ItemRuleExamples } from "../example";
import type { ItemRule } from "../types";

export type StoryPartName = "self" | "us" | "now";

export interface StoryPart {
  part: StoryPartName;
  /** The heading or lead-in line. */
  line: number;
  /** Content lines that belong to the part. */
  contentLines: number[];
}

const PART_LABELS: Readonly<Record<StoryPartName, readonly string[]>> = {
  self: WORD_LISTS.selfHeading,
  us: WORD_LISTS.usHeading,
  now: WORD_LISTS.nowHeading,
};
// Longest first, so "나의 이야기" is tried before "나".
const PARTS_BY_LENGTH: readonly (readonly [StoryPartName, readonly string[]])[] = (["self", "us", "now"] as const).map(
  (part) => [part, [...PART_LABELS[part]].sort((a, b) => b.length - a.length)] as const,
);

const KOREAN_PARTICLES = ["의", "는", "은", "가", "이", "도", "와", "과", "를", "에게"];
const PUNCTUATION_BOUNDARY = /^[ \t]*[:：()（）—–,.·/!?|[\]-]/u;
// "1.", "Part 2:", "②", "Step 3 —", emoji and other leading symbols before a part's label.
const LEADING_NUMBERING = /^(?:(?:part|step|단계)?[ \t]*\d{1,2}[ \t]*[.):—–-]?[ \t]*|[\u2460-\u2473][ \t]*|[^\p{L}\p{N}]{1,4}[ \t]*)/iu;

function startsWithLabel(label: string, pattern: string): boolean {
  if (!label.startsWith(pattern)) return false;
  const rest = label.slice(pattern.length);
  if (rest === "") return true;
  const korean = /[\uac00-\ud7a3]$/u.test(pattern);
  if (korean) {
    const particle = KOREAN_PARTICLES.find((candidate) => rest.startsWith(candidate));
    const afterParticle = particle ? rest.slice(particle.length) : rest;
    return afterParticle === "" || /^[ \t]/.test(afterParticle) || PUNCTUATION_BOUNDARY.test(afterParticle);
  }
  // English labels end at punctuation ("Me — why", "Now: join"), not at a space: "We tried" is a sentence.
  if (/^[ \t]+$/.test(rest)) return true;
  if (rest.startsWith("-") && !/^-[ \t]/.test(rest)) return false;
  return PUNCTUATION_BOUNDARY.test(rest);
}

/** Which part a heading or lead-in label names, if any. */
export function partOfLabel(rawLabel: string): StoryPartName | null {
  const label = rawLabel.toLowerCase().replace(LEADING_NUMBERING, "").replace(/[*_]/g, "").trim();
  if (label === "") return null;
  for (const [part, patterns] of PARTS_BY_LENGTH) {
    if (patterns.some((pattern) => startsWithLabel(label, pattern))) return part;
  }
  return null;
}

const BOLD_LEAD_IN = /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*|__)([^*_]{1,40})(?:\*\*|__)[ \t]*[:：]?[ \t]*(.*)$/;
export const PLAIN_LEAD_IN = /^[ \t]*(?:[-*+][ \t]+)?([^:：]{1,12})[:：][ \t]*(\S.*)$/;

export const BARE_LABELS: ReadonlySet<string> = new Set(Object.values(PART_LABELS).flat());

/**
 * Whether PLAIN_LEAD_IN's label (the 1–12 characters before the first colon, after the indent and a
 * bullet) is a bare part label. Most "key: value" lines are not, and skip the pattern and its groups.
 */
export function mayBeBareLabel(visible: string): boolean {
  const ascii = visible.indexOf(":");
  const wide = visible.indexOf("：");
  const colon = ascii === -1 ? wide : wide === -1 ? ascii : Math.min(ascii, wide);
  const blank = (at: number): boolean => visible[at] === " " || visible[at] === "\t";
  let start = 0;
  while (start < colon && blank(start)) start++;
  const bullet = visible[start];
  if ((bullet === "-" || bullet === "*" || bullet === "+") && blank(start + 1)) {
    start++;
    while (start < colon && blank(start)) start++;
  }
  if (colon - start < 1 || colon - start > 12) return false;
  return BARE_LABELS.has(visible.slice(start, colon).trim().toLowerCase());
}

function leadIn(visible: string): { part: StoryPartName; rest: string } | null {
  if (visible.includes("**") || visible.includes("__")) {
    const bold = BOLD_LEAD_IN.exec(visible);
    if (bold) {
      const part = partOfLabel((bold[1] ?? "").replace(/[:：]$/, ""));
      return part ? { part, rest: bold[2] ?? "" } : null;
    }
  }
  if (!mayBeBareLabel(visible)) return null;
  const plain = PLAIN_LEAD_IN.exec(visible);
  if (plain) {
    const label = (plain[1] ?? "").trim().toLowerCase();
    const part = partOfLabel(label);
    // Without bold, only the bare label ("Now:", "우리:") counts.
    if (part && PART_LABELS[part].includes(label)) return { part, rest: plain[2] ?? "" };
  }
  return null;
}

/** The story parts of a note, in note order, each with the content that belongs to it (found once per note: two rules ask). */
export function findStoryParts(note: NoteAnalysis): StoryPart[] {
  return note.memo("story-parts", () => storyPartsOf(note));
}

function storyPartsOf(note: NoteAnalysis): StoryPart[] {
  const parts: StoryPart[] = [];
  // The note's title names the whole note, not a part of it.
  for (const section of note.sections) {
    if (section.heading === note.title) continue;
    const part = partOfLabel(section.heading.text);
    if (part) parts.push({ part, line: section.heading.line, contentLines: section.contentLines });
  }
  const headingLines = new Set(note.parsed.headings.map((heading) => heading.line));
  const leadIns: { part: StoryPartName; line: number; restIsContent: boolean }[] = [];
  for (const line of note.parsed.lines) {
    if (line.visible === "" || headingLines.has(line.number)) continue;
    const found = leadIn(line.visible);
    if (found) leadIns.push({ part: found.part, line: line.number, restIsContent: note.isContent(line.number) && /\p{L}{2}/u.test(found.rest) });
  }
  // A lead-in's content: its own line's rest, then the lines up to the next lead-in or heading.
  // Lead-ins come in note order and their spans do not overlap: one walk over the content lines.
  const boundaries = [...leadIns.map((entry) => entry.line), ...headingLines].sort((a, b) => a - b);
  const content = note.contentLines;
  let cursor = 0;
  let from = 0;
  for (const entry of leadIns) {
    while (cursor < boundaries.length && (boundaries[cursor] ?? 0) <= entry.line) cursor++;
    const stop = boundaries[cursor] ?? note.parsed.lines.length + 1;
    while (from < content.length && (content[from] ?? 0) <= entry.line) from++;
    let to = from;
    while (to < content.length && (content[to] ?? 0) < stop) to++;
    const following = content.slice(from, to);
    parts.push({ part: entry.part, line: entry.line, contentLines: entry.restIsContent ? [entry.line, ...following] : following });
  }
  return parts.sort((a, b) => a.line - b.line);
}

function checkSelfUsNow(note: NoteAnalysis): { status: "pass" | "partial" | "fail"; lines: number[] } {
  const parts = findStoryParts(note).filter((part) => part.contentLines.length > 0);
  const chain: StoryPart[] = [];
  for (const wanted of ["self", "us", "now"] as const) {
    const after = chain[chain.length - 1]?.line ?? 0;
    const next = parts.find((part) => part.part === wanted && part.line > after);
    if (!next) break;
    chain.push(next);
  }
  if (chain.length === 3) return { status: "pass", lines: chain.map((part) => part.line) };
  const present = new Map<StoryPartName, number>();
  for (const part of parts) if (!present.has(part.part)) present.set(part.part, part.line);
  return present.size === 0 ? { status: "fail", lines: [] } : { status: "partial", lines: [...present.values()] };
}

export const selfUsNow: ItemRule = {
  id: "self-us-now",
  kind: "item",
  text: {
    ko: {
      question: "이야기가 나 → 우리 → 지금의 흐름으로 짜여 있는가?",
      hint: "나의 이야기, 독자와 나누는 공감, 지금 함께할 제안을 차례로 한 단락 이상씩 써 보세요.",
    },
    en: {
      question: "Is the story told as Self → Us → Now?",
      hint: "Write a part about you, one about what you share with the reader, then why act together now — in that order.",
    },
  },
  check(note) {
    const result = checkSelfUsNow(note);
    return { status: result.status, evidence: note.evidence(result.lines) };
  },
};

export const selfUsNowExamples = (): ItemRuleExamples => ({
  pass: [
    ko`
      # 동네 책방 심야 낭독회

      ## 나의 이야기
      회사를 그만두고 책방을 연 지 2년이 됐다. 밤마다 혼자 책을 읽다가, 소리 내어 읽을 때 문장이 다르게 들린다는 걸 알았다.

      ## 우리
      여러분도 퇴근 뒤에 누군가와 책 이야기를 하고 싶었던 적이 있지 않나요?

      ## 지금 함께
      12월 첫 금요일 밤 9시에 첫 낭독회를 엽니다. 읽고 싶은 한 페이지를 들고 오세요.
    `,
    en`
      # Repairing bikes in the car park

      **Me:** I learned to fix my own bike after three flat tyres in one winter, and it changed how I commute.

      **Us:** Most of us ride machines we are afraid to open. You have probably paid for a repair that took five minutes.

      **Now:** This Saturday at 10 I will bring tools to the car park behind the library. Bring your bike and we fix it together.
    `,
    ko`
      ### 1. Me (Self) — 내가 비누를 만드는 이유
      아이 피부 때문에 성분표를 읽기 시작했고, 결국 직접 비누를 녹이게 됐다.

      ### 2. We (Us)
      성분표 앞에서 막막했던 부모가 나만은 아닐 거라고 생각한다.

      ### 3. Now
      다음 달부터 레시피와 실패한 배합까지 매주 공개할 테니, 같이 만들어 보자.
    `,
    en`
      ## Self
      I have kept a paper journal since 2019 and every page of it is a failed habit tracker.

      ## We / Us
      If you have ever abandoned a planner in February, we are the same kind of person.

      ## Why now
      The new year is five weeks away. I am sharing my template today so we can test it in December, before it counts.
    `,
  ],
  partial: [
    ko`
      ## 나의 이야기
      매일 아침 빵을 굽는 이유는 할머니의 부엌 냄새 때문이다.

      ## 지금 함께
      (작성 예정)
    `,
    en`
      ## Now
      Join the beta this week and tell me what breaks.

      ## Me
      I started this tool because my own notes were a mess.
    `,
  ],
  fail: [
    ko`
      # 실패 없는 쿠키 레시피

      ## 재료
      - 버터 100g, 설탕 80g, 밀가루 200g

      ## 만드는 법
      1. 버터를 실온에 둔다.
      2. 모든 재료를 섞고 180도에서 12분 굽는다.
    `,
    en`
      # Self-Us-Now, explained

      The Self-Us-Now frame comes from public speaking. It asks a speaker to move from a personal story to shared values and then to urgency.
      This note only summarises the idea; it tells no story of its own.
    `,
    ko`
      ## 나
      <!-- 왜 이 일을 하는지 -->

      ## 우리
      TODO

      ## 지금
      ...
    `,
    en`
      # Weekly update

      We tried three suppliers this week and settled on the second one.
      Now the packaging is the bottleneck.
    `,
  ],
});
