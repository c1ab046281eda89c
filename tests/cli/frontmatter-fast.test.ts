// The CLI's fast path for flat frontmatter: whenever it answers, `yaml` (as the CLI calls it) gives
// the very same values; when it is not sure, it answers null and `yaml` decides. Checked on
// generated frontmatter full of the characters that make YAML differ (quotes, colons, brackets,
// "#", indicators, numbers, bools, nulls, Unicode spaces), and on the shapes real notes use.
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseFlatFrontmatter } from "../../src/cli/frontmatter-fast";
import { parseFrontmatterYaml } from "../../src/cli/vault-files";

const yamlValues = (text: string): unknown => parse(text, { uniqueKeys: false, maxAliasCount: 100 });

const KEYS = ["title", "tags", "roots", "category", "type", "created", "process-checklist", "제목", "a_b", "x-", "K1", "true", "Null", "yes", "on", "__proto__", "1", "-a", "a b", "a:b", "<<", "?x"];
const WORDS = [
  "null", "Null", "NULL", "~", "true", "False", "TRUE", "yes", "off", ".inf", "-.Inf", "+.INF", ".NaN", ".nan", "0o17", "0o8", "0x1F", "0xG", "007", "-0", "+5",
  "1e3", "-1.5E-2", "1.", "1.50", ".5", "1_000", "2026-04-19", "12:30", "[[root-33-공동체]]", "Root 07 - 아카이브 사고 (Archive Thinking)", "process-post", "철학적-기반",
];
const CHARS = [
  "a", "Z", "0", "7", "-", "+", ".", "e", "x", "o", "_", ":", " ", "  ", "#", "'", '"', "[", "]", "{", "}", ",", "~", "!", "&", "*", "|", ">", "%", "@", "`", "?",
  "가", "ㄱ", "\u00a0", "\u3000", "\t", "\\", "\r", "\u2028", "\ufeff", "😀", "/", "(", ")", "=",
];

const text = fc.oneof(fc.constantFrom(...WORDS), fc.array(fc.constantFrom(...CHARS, ...WORDS), { maxLength: 6 }).map((parts) => parts.join("")));
const scalar = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: text.map((value) => `"${value}"`) },
  { weight: 1, arbitrary: text.map((value) => `'${value}'`) },
);
const flowList = fc
  .tuple(fc.array(scalar, { maxLength: 4 }), fc.constantFrom(", ", ",", " , "), fc.constantFrom(["[", "]"], ["[ ", " ]"]))
  .map(([items, separator, [open, close]]) => `${open}${items.join(separator)}${close}`);
const blockList = fc
  .tuple(fc.array(scalar, { minLength: 1, maxLength: 4 }), fc.constantFrom("", "  ", "    "), fc.boolean())
  .map(([items, indent, ragged]) => `\n${items.map((item, index) => `${ragged && index === 1 ? `${indent} ` : indent}- ${item}`).join("\n")}`);
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: text });
const entry = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(key, fc.constantFrom(": ", ":  ", ":"), fc.oneof(scalar, flowList)).map(([name, colon, value]) => `${name}${colon}${value}`) },
  { weight: 2, arbitrary: fc.tuple(key, blockList).map(([name, list]) => `${name}:${list}`) },
  { weight: 1, arbitrary: key.map((name) => `${name}:`) },
  { weight: 1, arbitrary: fc.constantFrom("", "   ", "# a comment", "  - stray", "---", "  nested: x") },
);
const frontmatter = fc.array(entry, { minLength: 1, maxLength: 6 }).map((entries) => entries.join("\n"));

describe("parseFlatFrontmatter against yaml", () => {
  it("gives yaml's values whenever it answers (generated frontmatter)", () => {
    fc.assert(
      fc.property(frontmatter, (yamlText) => {
        const fast = parseFlatFrontmatter(yamlText);
        if (fast !== null) expect(fast).toStrictEqual(yamlValues(yamlText));
      }),
      { numRuns: 5000 },
    );
  });

  it("answers for most generated frontmatter made of safe parts (so the property above is not vacuous)", () => {
    const safeText = fc.array(fc.constantFrom("a", "Z", "0", "7", ".", "가", "(", ")", "-", " ", ...WORDS), { minLength: 1, maxLength: 5 }).map((parts) => parts.join("").trim() || "a");
    const safeScalar = fc.oneof(safeText.map((value) => `"${value}"`), safeText.filter((value) => !/^[-.]/.test(value) && !value.includes(" -") && !value.endsWith(" ")));
    const safe = fc
      .uniqueArray(fc.constantFrom("title", "tags", "roots", "created", "제목", "category"), { minLength: 1, maxLength: 6 })
      .chain((names) => fc.tuple(...names.map((name) => fc.oneof(safeScalar, fc.array(safeScalar, { maxLength: 3 }).map((items) => `[${items.join(", ")}]`)).map((value) => `${name}: ${value}`))))
      .map((lines) => lines.join("\n"));
    let answered = 0;
    fc.assert(
      fc.property(safe, (yamlText) => {
        const fast = parseFlatFrontmatter(yamlText);
        if (fast !== null) {
          answered++;
          expect(fast).toStrictEqual(yamlValues(yamlText));
        }
      }),
      { numRuns: 500 },
    );
    expect(answered).toBeGreaterThan(400);
  });
});

describe("parseFlatFrontmatter on the shapes notes use", () => {
  const cases: Record<string, string> = {
    "a Korean process post": 'type: process-post\ncreated: 2026-04-19\nroots: ["[[root-33-공동체]]"]',
    "an English post with a block list": "type: process-post\ncreated: 2026-03-20\nroots:\n  - \"[[root-04-process-sharing]]\"\n  - '[[root-02-meaning]]'\ntags: [process, binding]",
    "a Korean root": "title: Root 07 - 아카이브 사고 (Archive Thinking)\ntags: [root, 철학적-기반, 아카이브]\ncreated: 2025-11-17\ncategory: philosophical-root",
    "an empty list, a null and numbers": "roots: []\nsummary:\nscore: 4\nratio: 0.50\nflag: true",
    "a list at the key's indent": "tags:\n- 기록\n- archive\n\ntitle: x",
  };
  for (const [name, yamlText] of Object.entries(cases)) {
    it(`answers, as yaml does: ${name}`, () => {
      const fast = parseFlatFrontmatter(yamlText);
      expect(fast).not.toBeNull();
      expect(fast).toStrictEqual(yamlValues(yamlText));
    });
  }

  const leftToYaml: Record<string, string> = {
    "the checklist override (a nested map)": "process-checklist:\n  why: true",
    "a flow map": "process-checklist: {why: true}",
    "a comment": "title: 제목 # 메모",
    "an anchor and an alias": "a: &x 1\nb: *x",
    "an escape": 'title: "a\\tb"',
    "a multi-line plain value": "title: first\n  second",
    "a repeated key": "title: a\ntitle: b",
    "a block scalar": "summary: |\n  text",
    "a key yaml reads as a bool": "true: x",
    "a value with a colon and a space": "time: at 12: 30",
    "a tab": "title:\tx",
    "a no-break space at the end": "title: x\u00a0",
    "malformed yaml": "roots: [a, b\ntitle: x",
  };
  for (const [name, yamlText] of Object.entries(leftToYaml)) {
    it(`leaves it to yaml: ${name}`, () => {
      expect(parseFlatFrontmatter(yamlText)).toBeNull();
    });
  }

  it("parseFrontmatterYaml still reports malformed frontmatter and reads overrides through yaml", () => {
    expect(parseFrontmatterYaml("roots: [a, b\ntitle: x").error).toMatch(/^malformed frontmatter: /);
    expect(parseFrontmatterYaml("process-checklist:\n  why: true\n  참여: false")).toStrictEqual({ values: { "process-checklist": { why: true, 참여: false } }, error: null });
    expect(parseFrontmatterYaml('type: process-post\nroots: ["[[root-01]]"]')).toStrictEqual({ values: { type: "process-post", roots: ["[[root-01]]"] }, error: null });
  });
});
