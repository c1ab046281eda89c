// Totality: whatever text a note holds — broken or unclosed frontmatter, NUL, lone surrogate halves,
// CRLF and lone CR, a BOM, right-to-left text, emoji sequences, lists nested 10,000 deep — the parse,
// every checklist rule, the root graph's input builder and the scaffold's edits return a value and
// never throw. fast-check prints the seed and the shrunk counterexample when a property fails.
import fc from "fast-check";
import { dateFnsDates } from "../../src/core/dates/date-fns-dates";
import { describe, expect, it } from "vitest";
import { checkNote } from "../../src/core/checklist/registry";
import { checklistViewModel } from "../../src/core/checklist/view-model";
import { parseNote } from "../../src/core/markdown/parse";
import { RootGraph } from "../../src/core/roots/graph";
import { noteInputsFromParses } from "../../src/core/roots/note-input";
import { linkedRootsModel, rootsOverviewModel } from "../../src/core/roots/view-models";
import { logEntryInsertion } from "../../src/core/scaffold/log-entry";
import { outlineInsertion } from "../../src/core/scaffold/outline";
import { applyInsertion } from "../../src/core/scaffold/text-insertion";
import { defaultSettings } from "../../src/core/settings";
import { parseFrontmatterYaml } from "../../src/cli/vault-files";

/** Cases tried per property; docs/reliability.md quotes these numbers. */
const TOTALITY_RUNS = 1_000;

// Pieces that stress one part of the parse each, mixed with arbitrary UTF-16 (lone surrogates included).
const HOSTILE = [
  "---", "---\n", "...", "\n---\n", "title: [unclosed", "key: {a: b", ": :", "- - -", "```", "~~~", "<!--", "-->", "%%",
  "[[", "]]", "[[root-01|", "](", "[x](<", "![[", "#", "## ", "#root", "- [ ] ", "- [x] ", "**", "__", "`", "> ",
  "\u0000", "\uD800", "\uDFFF", "\uDBFF\uDC00", "\r", "\r\n", "\n", "\uFEFF", "\u202E", "\u200F", "שלום עולם", "مرحبا بالعالم",
  "👩‍👩‍👧‍👦", "🇰🇷", "❤️", "e\u0301", "한", "실패했다", "pivot", "왜", "why", "여러분도 그렇지 않나요?", "2026-03-02", "3월 2일", "Day 3",
  "1. ", "TODO", "{{title}}", "\t", " ", "|", "\\",
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
);
/** Any note text, biased toward the characters and constructs parsers get wrong. */
const hostileText = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(""));
/** The same, always starting with a frontmatter fence (closed or not). */
const withFrontmatter = fc
  .tuple(hostileText, hostileText, fc.constantFrom("---", "...", ""), hostileText)
  .map(([before, yaml, close, body]) => `---\n${before}\n${yaml}\n${close}\n${body}`);
const anyNote = fc.oneof(hostileText, withFrontmatter);

const settings = defaultSettings();
const NOW = new Date(2026, 10, 27, 14, 5);
const VALUES = { language: "ko" as const, now: NOW, dateFormat: "YYYY-MM-DD", timeFormat: "HH:mm", dates: dateFnsDates };

function checkAll(text: string): void {
  const parsed = parseNote(text);
  const yaml = parsed.frontmatter ? parseFrontmatterYaml(parsed.frontmatter.yaml) : { values: {}, error: null };
  for (const language of ["ko", "en"] as const) {
    const report = checkNote(parsed, yaml.values, settings, language);
    expect(report.items).toHaveLength(6);
    expect(report.score).toBeLessThanOrEqual(report.max);
    const subject = { path: "a.md", name: "a.md", extension: "md", text, frontmatter: yaml.values, ignored: false };
    expect(checklistViewModel(subject, settings, language).kind).toBe("report");
  }
}

describe("the parse and every checklist rule are total", () => {
  it(`give a report for any text (${TOTALITY_RUNS} cases)`, () => {
    fc.assert(fc.property(anyNote, (text) => checkAll(text)), { numRuns: TOTALITY_RUNS });
  });

  it(`give a report whatever the frontmatter values are (${TOTALITY_RUNS} cases)`, () => {
    fc.assert(
      fc.property(hostileText, fc.dictionary(fc.string(), fc.anything()), (text, frontmatter) => {
        const report = checkNote(parseNote(text), frontmatter, settings, "en");
        expect(report.items).toHaveLength(6);
      }),
      { numRuns: TOTALITY_RUNS },
    );
  });

  it.each([
    // Indented one space per level, 2,000 levels is already 2 million characters; 10,000 levels of
    // nesting are written the compact way, as bullets and quotes stacked on one line.
    ["a list nested 2,000 deep, one line per level", Array.from({ length: 2_000 }, (_, depth) => `${" ".repeat(depth)}- 단계 ${depth}`).join("\n")],
    ["a list nested 10,000 deep on one line", `${"- ".repeat(10_000)}실패`],
    ["10,000 quote levels", `${"> ".repeat(10_000)}왜?`],
    ["frontmatter that never closes", `---\ntitle: x\n${"key: value\n".repeat(10_000)}`],
    ["only a BOM", "\uFEFF"],
    ["only NUL bytes", "\u0000".repeat(1_000)],
    ["only lone surrogates", "\uD800\uDC00\uDC00\uD800".repeat(1_000)],
    ["only carriage returns", "\r".repeat(10_000)],
    ["an empty note", ""],
  ])(
    "give a report for %s",
    (_name, text) => {
      checkAll(text);
    },
    30_000,
  );

  it("the check can fail: a report for a real post differs from an empty note's", () => {
    const post = [
      "## 나의 이야기",
      "매일 쓰는 컵을 내 손으로 만들고 싶었다. 공방에 다니기 시작한 이유다.",
      "## 과정",
      "- 3월 2일: 첫 컵을 빚었는데 바닥이 갈라져서 실패했다.",
      "- 3월 9일: 흙을 바꿔 다시 빚었다.",
      "## 우리",
      "여러분도 손으로 뭔가 만들고 싶었던 적이 있지 않나요?",
    ].join("\n");
    const full = checkNote(parseNote(post), null, settings, "ko");
    const empty = checkNote(parseNote(""), null, settings, "ko");
    expect(full.score).toBeGreaterThan(empty.score);
  });
});

describe("the root graph's input builder is total", () => {
  const notePath = fc.constantFrom("root-01.md", "roots/root-02-기록.md", "posts/글.md", "a.md", "b/c.md", "root-03 \u202E.md");
  it(`builds a graph and its views from any set of notes (${TOTALITY_RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.dictionary(notePath, anyNote, { maxKeys: 6 }), (files) => {
        const notes = Object.entries(files).map(([path, text]) => {
          const parsed = parseNote(text);
          const yaml = parsed.frontmatter ? parseFrontmatterYaml(parsed.frontmatter.yaml) : { values: {}, error: null };
          return { path, parsed, frontmatter: yaml.values, mtime: 0 };
        });
        const graph = RootGraph.build(noteInputsFromParses(notes), { ...settings, postsFolder: "posts" });
        expect(graph.size).toBe(notes.length);
        expect(graph.snapshot()).toBeTruthy();
        rootsOverviewModel(graph, NOW.getTime(), "ko", dateFnsDates);
        for (const path of graph.paths()) linkedRootsModel(graph, path, NOW.getTime(), "en", dateFnsDates);
      }),
      { numRuns: TOTALITY_RUNS },
    );
  });
});

describe("the scaffold's edits are total", () => {
  it(`insert an outline and a log entry into any note at any cursor (${TOTALITY_RUNS} cases)`, () => {
    fc.assert(
      fc.property(anyNote, fc.nat(200), fc.nat(200), (raw, line, ch) => {
        const parsed = parseNote(raw);
        const outline = outlineInsertion(parsed, { line, ch }, VALUES);
        if (outline) expect(typeof applyInsertion(raw, outline)).toBe("string");
        expect(typeof applyInsertion(raw, logEntryInsertion(parsed, VALUES))).toBe("string");
      }),
      { numRuns: TOTALITY_RUNS },
    );
  });
});
