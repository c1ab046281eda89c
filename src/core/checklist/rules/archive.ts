// Archive: the process is recorded and kept. Links to earlier records (other notes, not roots and
// not pictures) together with a sign of keeping (a log or archive section, archive words, dated
// entries) pass, as does a log or archive section with dated entries or links, archive words with
// three dated entries, or a log of four dated entries on its own. Any single one of these is partial.
import type { NoteAnalysis } from "../analysis";
import { en, ko, type ItemRuleExamples } from "../example";
import type { ItemRule } from "../types";

const PICTURE = /\.(?:png|jpe?g|gif|webp|svg|heic|avif|bmp|pdf|mp4|mov|mp3|m4a|wav)$/i;

function safePattern(source: string): RegExp | null {
  try {
    return new RegExp(source, "iu");
  } catch {
    return null;
  }
}

// The root pattern comes from the settings and is the same for every note: compiled once while it stays the same.
let cachedRootPattern: { source: string; pattern: RegExp | null } | null = null;

function rootPatternOf(source: string): RegExp | null {
  if (cachedRootPattern?.source !== source) cachedRootPattern = { source, pattern: safePattern(source) };
  return cachedRootPattern.pattern;
}

/** Lines linking another note that is a record (not a root, not a picture); found once per note: two rules ask. */
export function recordLinks(note: NoteAnalysis): number[] {
  return note.memo("record-links", () => recordLinksOf(note));
}

function recordLinksOf(note: NoteAnalysis): number[] {
  const rootPattern = rootPatternOf(note.settings.rootFileNamePattern);
  const lines = note.parsed.links
    .filter((link) => link.target !== "" && !PICTURE.test(link.target))
    .filter((link) => {
      const name = link.target.split("/").pop() ?? link.target;
      return !(rootPattern?.test(name) ?? false);
    })
    .map((link) => link.line);
  const placeholders = new Set(note.placeholderLines);
  return [...new Set(lines)].filter((line) => !placeholders.has(line));
}

export const archive: ItemRule = {
  id: "archive",
  kind: "item",
  text: {
    ko: {
      question: "과정을 기록하고 보관(아카이브)하고 있는가?",
      hint: "날짜가 붙은 기록을 남기고, 지난 기록 노트를 [[링크]]로 이어 두세요.",
    },
    en: {
      question: "Is the process recorded and archived?",
      hint: "Keep dated entries and link the earlier records as [[notes]] so the trail stays findable.",
    },
  },
  check(note) {
    const links = recordLinks(note);
    const section = note.sectionsTitled("archiveHeading")[0];
    const words = note.linesWith("archive");
    const placeholders = new Set(note.placeholderLines);
    const dated = note.parsed.datedLines.filter((line) => !placeholders.has(line));
    const entries = note.logEntries;
    const sectionLines = section ? [section.heading.line, ...section.contentLines.slice(0, 2)] : [];
    const sectionHasTrail =
      section !== undefined &&
      [...links, ...dated].some((line) => line > section.heading.line && line <= section.heading.sectionEnd);
    const keeping = section !== undefined || words.length > 0 || dated.length >= 2;
    if ((links.length > 0 && keeping) || sectionHasTrail || (words.length >= 1 && entries.length >= 3) || entries.length >= 4) {
      return { status: "pass", evidence: note.evidence([...sectionLines, ...links, ...words, ...dated]) };
    }
    if (links.length > 0 || section !== undefined || words.length > 0 || dated.length >= 2) {
      return { status: "partial", evidence: note.evidence([...sectionLines, ...links, ...words, ...dated]) };
    }
    return { status: "fail", evidence: [] };
  },
};

export const archiveExamples = (): ItemRuleExamples => ({
  pass: [
    ko`
      # 앱 만들기 5주차

      지난주 기록은 [[앱 만들기 4주차]]에 있다. 이번 주에는 로그인 화면을 끝냈다.
      매주 금요일에 이 일지를 이어서 쓴다.
    `,
    en`
      # Kiln log

      ## Log
      - 2026-02-03: bisque firing, 950°C, two cracked bowls.
      - 2026-02-10: glaze test tiles, see [[Glaze tests]].
    `,
    ko`
      2026-01-05 첫 녹음.
      2026-01-12 가사를 고쳐 다시 녹음했다.
      2026-01-19 편곡을 바꿨다.
      2026-01-26 믹싱 기록을 남겼다.
    `,
    en`
      This is part 3 of the series. Part 1 is in [[Shed build — foundations]] and part 2 in [[Shed build — walls]].
      I keep every receipt and photo in the project folder.
    `,
  ],
  partial: [
    ko`
      # 작업실 정리
      앞으로는 작업 과정을 기록해 두려고 한다.
    `,
  ],
  fail: [
    en`
      # Launch day

      The shop is open. Everything is 20% off this weekend.
    `,
    ko`
      # 내 철학
      좋은 디자인은 설명이 필요 없다. [[root-02-의미가치]]를 읽어 보면 알 수 있다.
    `,
    en`
      # Mood board
      ![[sunset.jpg]]
      ![[texture.png]]
      Colours I like this season.
    `,
    ko`
      ## 지난 기록
      (작성 예정)
    `,
  ],
});
