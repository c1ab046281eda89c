// Properties every parse keeps, whatever the input: total, one NoteLine per line, visible text never
// longer than the line, links and evidence only where the text is visible.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote, parseNoteStructure } from "../../../src/core/markdown/parse";
import { checkNote } from "../../../src/core/checklist/registry";
import { defaultSettings } from "../../../src/core/settings";

const PIECES = ["---", "```", "~~~", "<!--", "-->", "%%", "`", "[[", "]]", "[", "](", ")", "#", "## 과정", "# Why", "\n", "\r\n", "\r", " ", "실패", "failed", "2026-03-02", "3월 2일", "?", "여러분", "TODO", "**Me:**", "|", "\\", "\uFEFF"];
const noteText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(""));

describe("parse properties", () => {
  it("finds the same structure whether or not the prose details are wanted", () => {
    // Without code or comment markers parseNoteStructure skips masking: both kinds of note are drawn.
    const unmasked = fc
      .array(fc.oneof(fc.constantFrom(...PIECES.filter((piece) => !/[`~%]|<!--/u.test(piece))), fc.string({ maxLength: 6 })), { maxLength: 60 })
      .map((parts) => parts.join("").replace(/[`~%]|<!--/gu, ""));
    fc.assert(
      fc.property(fc.oneof(noteText, unmasked), (text) => {
        const { frontmatter, headings, links, tags } = parseNote(text);
        expect(parseNoteStructure(text)).toEqual({ frontmatter, headings, links, tags });
      }),
      { numRuns: 1000 },
    );
  });

  it("is total and keeps one line per line, with visible text no longer than the line", () => {
    fc.assert(
      fc.property(noteText, (text) => {
        const note = parseNote(text);
        const expected = note.text === "" ? 0 : note.text.replace(/\n$/, "").split("\n").length;
        expect(note.lines).toHaveLength(expected);
        for (const line of note.lines) expect(line.visible.length).toBeLessThanOrEqual(line.text.length);
        for (const link of note.links) expect(note.lines[link.line - 1]?.visible).not.toBe("");
        for (const heading of note.headings) expect(heading.sectionEnd).toBeGreaterThanOrEqual(heading.line);
      }),
      { numRuns: 400 },
    );
  });

  it("gives a report for any text, with evidence lines that exist and are not masked", () => {
    fc.assert(
      fc.property(noteText, (text) => {
        const parsed = parseNote(text);
        const report = checkNote(parsed, null, defaultSettings(), "en");
        expect(report.items).toHaveLength(6);
        for (const entry of [...report.items, ...report.warnings].flatMap((item) => item.evidence)) {
          expect(entry.line).toBeGreaterThanOrEqual(1);
          expect(parsed.lines[entry.line - 1]?.visible).not.toBe("");
        }
      }),
      { numRuns: 300 },
    );
  });
});
