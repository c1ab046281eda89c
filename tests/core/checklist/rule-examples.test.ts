// Every rule's own examples are its tests: as written, with frontmatter on top, and with CRLF.
import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/markdown/parse";
import { analyseNote } from "../../../src/core/checklist/analysis";
import { buildLexicon } from "../../../src/core/checklist/lexicon";
import { examplesOf } from "../../../src/core/checklist/rule-examples";
import { RULES } from "../../../src/core/checklist/registry";
import type { Rule } from "../../../src/core/checklist/types";
import { defaultSettings } from "../../../src/core/settings";

const settings = defaultSettings();
const lexicon = buildLexicon(settings);

const VARIANTS: Record<string, (text: string) => string> = {
  "as written": (text) => text,
  "with frontmatter": (text) => `---\ntitle: "Example"\ntags: [process, 실패, why]\nnotes: "[[earlier-log]] 2026-01-01 TODO"\n---\n${text}`,
  "with CRLF": (text) => text.replace(/\n/g, "\r\n"),
};

function outcome(rule: Rule, text: string): string {
  const note = analyseNote(parseNote(text), settings, lexicon);
  if (rule.kind === "item") return rule.check(note).status;
  return rule.check(note).fires ? "fail" : "pass";
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))("rule %s", (_id, rule) => {
  const examples = examplesOf(rule);

  it("has at least three passing and three failing examples, in Korean and in English", () => {
    for (const group of [examples.pass, examples.fail]) {
      expect(group.length).toBeGreaterThanOrEqual(3);
      expect(group.some((example) => example.language === "ko")).toBe(true);
      expect(group.some((example) => example.language === "en")).toBe(true);
    }
  });

  for (const [variant, transform] of Object.entries(VARIANTS)) {
    const groups: [string, readonly { language: string; text: string }[]][] = [
      ["pass", examples.pass],
      ["fail", examples.fail],
      ["partial", examples.partial ?? []],
    ];
    for (const [expected, examples] of groups) {
      examples.forEach((example, index) => {
        it(`${expected} example ${index + 1} (${example.language}, ${variant})`, () => {
          expect(outcome(rule, transform(example.text))).toBe(expected);
        });
      });
    }
  }

  it("cites evidence lines that exist and carry text, shifted by prepended frontmatter", () => {
    for (const example of [...examples.pass, ...examples.fail]) {
      const plain = analyseNote(parseNote(example.text), settings, lexicon);
      const shifted = analyseNote(parseNote(VARIANTS["with frontmatter"]!(example.text)), settings, lexicon);
      const a = rule.check(plain).evidence;
      const b = rule.check(shifted).evidence;
      expect(a.length).toBeLessThanOrEqual(3);
      expect(b.map((entry) => entry.line)).toEqual(a.map((entry) => entry.line + 5));
      for (const entry of a) expect(entry.text).toBe(example.text.split("\n")[entry.line - 1]?.trim());
    }
  });
});
