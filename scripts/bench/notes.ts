// Single notes for the checklist cases: realistic process posts of a given size (Korean, English
// and the two mixed, with every construct the parser handles), and adversarial notes built to
// make a careless parser or regular expression go quadratic or exponential.
import type { Random } from "./prng";

export type NoteLanguage = "ko" | "en";

const KO_SUBJECTS = ["나는", "우리 팀은", "이번 주에는", "오늘", "처음에는", "결국", "함께 만드는 사람들은", "독자 몇 분이"];
const KO_OBJECTS = ["작은 뉴스레터를", "동네 책방 지도를", "첫 번째 시제품을", "작업 기록을", "설문 결과를", "실험 노트를", "공개 회고를", "모임 안내문을"];
const KO_VERBS = ["다시 만들었다", "공개했다", "버리고 새로 시작했다", "정리해 보았다", "기록으로 남겼다", "세 번 고쳐 썼다", "함께 검토했다", "조금씩 바꿔 나갔다"];
const KO_TAILS = [
  "그 이유는 혼자서는 끝까지 갈 수 없다는 걸 알았기 때문이다.",
  "실패한 부분도 그대로 적어 두었다.",
  "방향을 바꾼(pivot) 이유를 아래에 남긴다.",
  "숫자로 보면 구독자는 37명에서 52명이 되었다.",
  "다음 단계는 독자와 같이 정하려고 한다.",
  "왜 이 일을 하는지 다시 묻게 되었다.",
  "과정을 보여 주는 편이 결과만 보여 주는 것보다 솔직하다고 느꼈다.",
];
const KO_QUESTIONS = ["여러분은 이런 순간이 있었나요?", "어떤 방법이 더 나을까요?", "같이 해 보실래요?", "당신이라면 무엇을 먼저 고치겠어요?"];
const KO_HEADINGS = ["왜 이 일을 하는가", "나의 이야기", "우리가 함께 느끼는 것", "지금 해야 하는 이유", "과정 기록", "실패와 방향 전환", "참여하는 방법", "기록 보관", "다음 단계"];

const EN_SUBJECTS = ["I", "We", "This week I", "Today we", "At first I", "In the end we", "Two readers", "The team"];
const EN_OBJECTS = ["the newsletter draft", "a map of local bookshops", "the first prototype", "the work log", "the survey results", "an experiment note", "a public retrospective", "the meetup invite"];
const EN_VERBS = ["rebuilt", "published", "scrapped and restarted", "sorted out", "archived", "rewrote three times", "reviewed together", "changed bit by bit"];
const EN_TAILS = [
  "because I learned I could not finish it alone.",
  "and I kept the parts that failed in the log.",
  "and the pivot is explained below.",
  "so subscribers went from 37 to 52.",
  "and the next step is one we will choose with readers.",
  "which made me ask again why I do this.",
  "since showing the making felt more honest than showing only the result.",
];
const EN_QUESTIONS = ["Have you ever felt this too?", "Which way would you try first?", "Would you like to join the next round?", "What would you fix before anything else?"];
const EN_HEADINGS = ["Why I do this", "My story", "What we share", "Why now", "Process log", "Failures and pivots", "How to take part", "Archive", "Next steps"];

const ROOT_NAMES = ["root-01-자기-이해", "root-02-공동체", "root-03-실험", "root-04-프로세스-공유", "root-05-open-making", "root-06-기록"];
const CODE_LINES = ["const draft = await load(\"notes\");", "for (const step of steps) log(step);", "if (failed) pivot(plan);", "return archive.push(entry);"];

function sentence(random: Random, language: NoteLanguage): string {
  if (language === "ko") {
    return `${random.pick(KO_SUBJECTS)} ${random.pick(KO_OBJECTS)} ${random.pick(KO_VERBS)}. ${random.pick(KO_TAILS)}`;
  }
  return `${random.pick(EN_SUBJECTS)} ${random.pick(EN_VERBS)} ${random.pick(EN_OBJECTS)} ${random.pick(EN_TAILS)}`;
}

function date(random: Random): string {
  const month = String(1 + random.int(12)).padStart(2, "0");
  const day = String(1 + random.int(28)).padStart(2, "0");
  return `2026-${month}-${day}`;
}

/** Prose decorated the way people write: bold, inline code, a link, a tag, now and then. */
function decorated(random: Random, language: NoteLanguage, withLinks = true): string {
  let text = sentence(random, language);
  if (!withLinks) return text;
  if (random.chance(0.2)) text += ` **${language === "ko" ? "중요" : "important"}**`;
  if (random.chance(0.15)) text += " `npm run build`";
  if (random.chance(0.2)) text += ` [[${random.pick(ROOT_NAMES)}]]`;
  if (random.chance(0.05)) text += ` [${language === "ko" ? "지난 기록" : "last entry"}](logs/2026-03-02.md)`;
  if (random.chance(0.05)) text += " https://example.com/process";
  if (random.chance(0.08)) text += ` #${language === "ko" ? "과정" : "process"}`;
  return text;
}

/** One block of a note: a heading, a paragraph, a list, a dated log, a code block, a comment… */
export function block(random: Random, language: NoteLanguage, withLinks = true): string[] {
  const ko = language === "ko";
  const prose = (): string => decorated(random, language, withLinks);
  const kind = random.int(12);
  switch (kind) {
    case 0:
      return [`## ${random.pick(ko ? KO_HEADINGS : EN_HEADINGS)}`, ""];
    case 1:
      return [`### ${random.pick(ko ? KO_HEADINGS : EN_HEADINGS)} ${1 + random.int(9)}`, ""];
    case 2:
    case 3:
      return [[prose(), prose(), prose()].join(" "), ""];
    case 4:
      return [...Array.from({ length: 2 + random.int(4) }, () => `- ${prose()}`), ""];
    case 5:
      return [...Array.from({ length: 2 + random.int(3) }, (_, index) => `${index + 1}. ${sentence(random, language)}`), ""];
    case 6:
      return [...Array.from({ length: 2 + random.int(3) }, () => `- ${date(random)}: ${sentence(random, language)}`), ""];
    case 7:
      return [...Array.from({ length: 1 + random.int(3) }, () => `- [${random.chance(0.5) ? "x" : " "}] ${sentence(random, language)}`), ""];
    case 8:
      return [random.pick(ko ? KO_QUESTIONS : EN_QUESTIONS), ""];
    case 9:
      return ["```ts", ...Array.from({ length: 1 + random.int(4) }, () => random.pick(CODE_LINES)), "```", ""];
    case 10:
      return random.chance(0.5)
        ? [`<!-- ${sentence(random, language)} -->`, ""]
        : ["%%", sentence(random, language), "%%", ""];
    default:
      return [`> ${prose()}`, `> ${ko ? `${1 + random.int(12)}월 ${1 + random.int(28)}일` : `Day ${1 + random.int(90)}`} — ${sentence(random, language)}`, ""];
  }
}

function frontmatter(random: Random, language: NoteLanguage): string[] {
  return [
    "---",
    "type: process-post",
    `created: ${date(random)}`,
    `roots: ["[[${random.pick(ROOT_NAMES)}]]"]`,
    `tags: [${language === "ko" ? "과정공유" : "process-sharing"}]`,
    "---",
  ];
}

/**
 * A process post of about `bytes` UTF-8 bytes (never less). Korean and English blocks alternate
 * by chance when `language` is "mixed", as they do in the notes of bilingual writers.
 */
export function realisticNote(random: Random, bytes: number, language: NoteLanguage | "mixed"): string {
  const lines = [...frontmatter(random, language === "en" ? "en" : "ko"), ""];
  const pick = (): NoteLanguage => (language === "mixed" ? (random.chance(0.5) ? "ko" : "en") : language);
  lines.push(`# ${pick() === "ko" ? "과정 공유" : "Process notes"} ${1 + random.int(500)}`, "");
  let size = Buffer.byteLength(lines.join("\n"));
  while (size < bytes) {
    const added = block(random, pick());
    lines.push(...added);
    size += Buffer.byteLength(added.join("\n")) + 1;
  }
  return lines.join("\n");
}

export interface AdversarialNote {
  id: string;
  label: string;
  /** Builds the text (only when the case runs: some are megabytes). */
  make(): string;
}

/** Repeats `unit` until the result holds `count` copies, as one line. */
function repeated(unit: string, count: number): string {
  return unit.repeat(count);
}

/**
 * Notes built to hurt: one endless line, runs of openers with no closers, a frontmatter with a
 * hundred thousand keys, lists and quotes nested ten thousand deep, and runs of the markers the
 * masks and rules look for. `scale` 1 gives the sizes of the issue; the quick run uses less.
 */
export function adversarialNotes(random: Random, scale: number): AdversarialNote[] {
  const size = (count: number): number => Math.max(1, Math.round(count * scale));
  const proseLine = (): string => Array.from({ length: size(12_000) }, () => decorated(random, random.chance(0.5) ? "ko" : "en")).join(" ");
  const frontmatterKeys = (): string[] => Array.from({ length: size(100_000) }, (_, index) => `key-${index}: value ${index}`);
  return [
    { id: "one-line-1mb", label: `one ${(size(1_000_000) / 1e6).toLocaleString("en")} MB line of prose`, make: () => proseLine().slice(0, size(1_000_000)) },
    { id: "wiki-openers", label: `${size(200_000).toLocaleString("en")} × "[["`, make: () => repeated("[[", size(200_000)) },
    { id: "wiki-links-one-line", label: `${size(200_000).toLocaleString("en")} × "[[a]]" on one line`, make: () => repeated("[[a]] ", size(200_000)) },
    { id: "wiki-openers-lines", label: `${size(200_000).toLocaleString("en")} × "[[x" lines, one "]]"`, make: () => `${repeated("[[x\n", size(200_000))}]]` },
    { id: "hashes", label: `${size(500_000).toLocaleString("en")} × "#"`, make: () => repeated("#", size(500_000)) },
    { id: "hash-lines", label: `${size(500_000).toLocaleString("en")} × "#" in tag-like runs`, make: () => repeated("#a#", size(500_000 / 2)) },
    {
      id: "frontmatter-keys",
      label: `${size(100_000).toLocaleString("en")} frontmatter keys`,
      make: () => ["---", ...frontmatterKeys(), "---", "", "# Body", "", "The body is short."].join("\n"),
    },
    {
      id: "frontmatter-unclosed",
      label: `${size(100_000).toLocaleString("en")} frontmatter keys, never closed`,
      make: () => ["---", ...frontmatterKeys()].join("\n"),
    },
    { id: "nested-list", label: `list nested ${size(10_000).toLocaleString("en")} deep`, make: () => `${repeated("- ", size(10_000))}item\n${repeated("  ", size(10_000))}- deepest` },
    {
      id: "nested-list-lines",
      label: `${size(10_000).toLocaleString("en")} list lines, each one level deeper (to 200)`,
      // One tab more per line; the depth starts over every 200 lines, which keeps the note near 1 MB
      // (10,000 levels one line each would be 50 MB).
      make: () => Array.from({ length: size(10_000) }, (_, index) => `${"\t".repeat(index % 200)}- step ${index}`).join("\n"),
    },
    { id: "nested-quote", label: `quote nested ${size(10_000).toLocaleString("en")} deep`, make: () => `${repeated("> ", size(10_000))}1x` },
    { id: "tasks", label: `${size(170_000).toLocaleString("en")} × "- [ ] "`, make: () => repeated("- [ ] ", size(170_000)) },
    { id: "task-lines", label: `${size(100_000).toLocaleString("en")} task lines`, make: () => repeated("- [ ] \n", size(100_000)) },
    { id: "bold", label: `${size(500_000).toLocaleString("en")} × "**"`, make: () => repeated("**", size(500_000)) },
    { id: "backticks", label: `${size(1_000_000).toLocaleString("en")} backticks`, make: () => repeated("`", size(1_000_000)) },
    { id: "backtick-runs", label: "backtick runs of every length", make: () => Array.from({ length: size(1_400) }, (_, index) => `${"`".repeat(index + 1)}a`).join("") },
    { id: "fences", label: `${size(100_000).toLocaleString("en")} code fence lines`, make: () => repeated("```\n~~~~\n", size(50_000)) },
    { id: "comment-openers", label: `${size(250_000).toLocaleString("en")} × "<!--"`, make: () => repeated("<!--", size(250_000)) },
    { id: "comment-openers-lines", label: `${size(45_000).toLocaleString("en")} lines of closed comments`, make: () => repeated("a <!-- b --> c %% d %%\n", size(45_000)) },
    { id: "brackets", label: `${size(250_000).toLocaleString("en")} × "[a]("`, make: () => repeated("[a](", size(250_000)) },
    { id: "digits", label: `${((size(80_000) * 13) / 1e6).toLocaleString("en")} MB of digits and date separators`, make: () => repeated("2026-1-1 3/2 ", size(80_000)) },
    { id: "questions", label: `${size(120_000).toLocaleString("en")} × "you? 요?"`, make: () => repeated("you? 요? ", size(120_000)) },
    { id: "spaces-heading", label: `a heading of ${(size(1_000_000) / 1e6).toLocaleString("en")} MB of spaces then #`, make: () => `#${" ".repeat(size(1_000_000))}#x` },
  ];
}
