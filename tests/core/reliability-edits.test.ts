// Every edit the scaffold makes changes only what it means to: the outline and the log entry are one
// insertion each, and every other byte of the note — BOM, CRLF or lone-CR line endings, frontmatter,
// comments, text before and after — is kept exactly. The root-link edit keeps every other frontmatter
// key and value in order. Checked against an independent model of editor positions.
import fc from "fast-check";
import { dateFnsDates } from "../../src/core/dates/date-fns-dates";
import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/core/markdown/parse";
import { addRootLinks } from "../../src/core/roots/frontmatter-roots";
import { logEntryInsertion } from "../../src/core/scaffold/log-entry";
import { outlineInsertion } from "../../src/core/scaffold/outline";
import { applyInsertion, type TextInsertion } from "../../src/core/scaffold/text-insertion";

const EDIT_RUNS = 1_000;

const VALUES_KO = { language: "ko" as const, now: new Date(2026, 10, 27, 14, 5), dateFormat: "YYYY-MM-DD", timeFormat: "HH:mm", dates: dateFnsDates };
const VALUES_EN = { ...VALUES_KO, language: "en" as const, dateFormat: "yyyy-MM-dd" };

/** Where each editor line starts in the raw text (after a BOM; \r\n, \r and \n each end a line), and its length. */
function lineSpans(raw: string): { start: number; length: number }[] {
  const start = raw.startsWith("\uFEFF") ? 1 : 0;
  const spans: { start: number; length: number }[] = [];
  const breaks = /\r\n|\r|\n/g;
  let lineStart = start;
  breaks.lastIndex = start;
  for (let match = breaks.exec(raw); match !== null; match = breaks.exec(raw)) {
    spans.push({ start: lineStart, length: match.index - lineStart });
    lineStart = match.index + match[0].length;
  }
  spans.push({ start: lineStart, length: raw.length - lineStart });
  return spans;
}

/** Asserts `edited` is `raw` with exactly the insertion's text added at its position, and returns the offset. */
function expectOnlyInsertion(raw: string, edited: string, insertion: TextInsertion): number {
  const span = lineSpans(raw)[insertion.at.line];
  expect(span, `line ${insertion.at.line} exists`).toBeDefined();
  if (!span) return -1;
  expect(insertion.at.ch).toBeGreaterThanOrEqual(0);
  expect(insertion.at.ch).toBeLessThanOrEqual(span.length);
  const offset = span.start + insertion.at.ch;
  const added = raw.includes("\r\n") ? insertion.text.replace(/\n/g, "\r\n") : insertion.text;
  expect(edited.slice(0, offset)).toBe(raw.slice(0, offset));
  expect(edited.slice(offset, offset + added.length)).toBe(added);
  expect(edited.slice(offset + added.length)).toBe(raw.slice(offset));
  return offset;
}

const lineEndings = fc.constantFrom("\n", "\r\n", "\r");
const bodyLine = fc.oneof(
  fc.constantFrom("## 나의 이야기", "## Why", "## 과정 기록", "## Process log", "- 2026-03-02 10:00 — 시작", "<!-- 메모 -->", "%% hidden %%", "```", "", " ", "# 제목"),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);
const frontmatterLine = fc.constantFrom("type: process-post", "# a comment", "title: \"유리컵: 왜?\"", "tags: [a, b]", "roots:", "  - \"[[root-04]]\"", "broken: [", "");
/** A note in the shapes writers have: optional BOM, optional frontmatter, any line endings, any trailing newline. */
const note = fc
  .record({
    bom: fc.boolean(),
    frontmatter: fc.option(fc.array(frontmatterLine, { maxLength: 5 }), { nil: undefined }),
    body: fc.array(bodyLine, { maxLength: 12 }),
    eol: lineEndings,
    finalNewline: fc.boolean(),
  })
  .map(({ bom, frontmatter, body, eol, finalNewline }) => {
    const lines = [...(frontmatter ? ["---", ...frontmatter, "---"] : []), ...body];
    return `${bom ? "\uFEFF" : ""}${lines.join(eol)}${finalNewline ? eol : ""}`;
  });
/** Arbitrary UTF-16 with the characters that confuse line handling: lone surrogates, NUL, BOM, CR. */
const hostileText = fc
  .array(fc.oneof(fc.string({ unit: "binary", maxLength: 6 }), fc.constantFrom("\r", "\r\n", "\n", "\uFEFF", "\u0000", "\uD800", "---", "## 과정", "<!--")), { maxLength: 40 })
  .map((parts) => parts.join(""));
const anyNote = fc.oneof({ weight: 4, arbitrary: note }, { weight: 1, arbitrary: hostileText });

describe("scaffold edits insert and keep every other byte", () => {
  it(`the Self-Us-Now outline, at any cursor, in Korean and English (${EDIT_RUNS} cases)`, () => {
    fc.assert(
      fc.property(anyNote, fc.nat(30), fc.nat(40), fc.boolean(), (raw, line, ch, korean) => {
        const parsed = parseNote(raw);
        const insertion = outlineInsertion(parsed, { line, ch }, korean ? VALUES_KO : VALUES_EN);
        if (insertion === null) return;
        const offset = expectOnlyInsertion(raw, applyInsertion(raw, insertion), insertion);
        // Never inside the frontmatter: the insertion starts at or after the closing fence's line.
        if (parsed.frontmatter) expect(insertion.at.line).toBeGreaterThanOrEqual(parsed.frontmatter.endLine - 1);
        expect(offset).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: EDIT_RUNS },
    );
  });

  it(`the process log entry, in Korean and English (${EDIT_RUNS} cases)`, () => {
    fc.assert(
      fc.property(anyNote, fc.boolean(), (raw, korean) => {
        const parsed = parseNote(raw);
        const insertion = logEntryInsertion(parsed, korean ? VALUES_KO : VALUES_EN);
        expectOnlyInsertion(raw, applyInsertion(raw, insertion), insertion);
        if (parsed.frontmatter) expect(insertion.at.line).toBeGreaterThanOrEqual(parsed.frontmatter.endLine - 1);
      }),
      { numRuns: EDIT_RUNS },
    );
  });

  it("the model can fail: an edit that also rewrites a line ending is caught", () => {
    const raw = "# 글\r\n본문\r\n";
    const insertion = logEntryInsertion(parseNote(raw), VALUES_KO);
    const edited = applyInsertion(raw, insertion).replace("# 글\r\n", "# 글\n");
    expect(() => expectOnlyInsertion(raw, edited, insertion)).toThrow();
  });
});

describe("linking a root keeps every other frontmatter key and value", () => {
  const key = fc.constantFrom("title", "tags", "created", "status", "aliases", "제목", "process-checklist");
  const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.boolean()));
  const rootsValue = fc.option(fc.oneof(fc.constant("[[root-01]]"), fc.array(fc.constantFrom("[[root-01]]", "[[root-02|둘]]", "plain"), { maxLength: 3 })), { nil: undefined });

  it(`adds to the roots list only, keeping key order and values (${EDIT_RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.dictionary(key, value), rootsValue, fc.subarray(["root-01", "root-02", "root-03"]), (others, roots, toLink) => {
        const frontmatter: Record<string, unknown> = { ...others };
        if (roots !== undefined) frontmatter.roots = roots;
        const before = structuredClone(frontmatter);
        const result = addRootLinks(
          frontmatter,
          "roots",
          toLink.map((name) => ({ path: `${name}.md`, linktext: name })),
          (link) => `${link.replace(/\|.*$/, "")}.md`,
        );
        expect(Object.keys(frontmatter).filter((name) => name !== "roots")).toEqual(Object.keys(before).filter((name) => name !== "roots"));
        for (const name of Object.keys(before)) if (name !== "roots") expect(frontmatter[name]).toEqual(before[name]);
        if ("added" in result && result.added.length > 0) {
          const list = frontmatter.roots as unknown[];
          const previous = before.roots === undefined ? [] : Array.isArray(before.roots) ? before.roots : [before.roots];
          expect(list.slice(0, previous.length)).toEqual(previous);
          expect(list.slice(previous.length)).toEqual(result.added.map((path) => `[[${path.slice(0, -3)}]]`));
        } else {
          expect(frontmatter).toEqual(before);
        }
      }),
      { numRuns: EDIT_RUNS },
    );
  });
});
