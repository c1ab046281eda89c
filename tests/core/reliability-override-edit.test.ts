// The checklist's "Mark as done" / "Undo" edit (setOverrideInText) is a surgical text edit: across
// generated notes — comments, quoted keys, lists, flow and block overrides already there, CRLF, a BOM —
// only the `process-checklist` lines change. Every other line keeps its bytes and its order, the body
// is untouched, the YAML still parses to the same values with only the override changed, and marking
// then undoing an item on a note that had no override gives back the exact original text.
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { setOverrideInText } from "../../src/core/checklist/override-edit";
import { CHECKLIST_ITEM_IDS, type ChecklistItemId } from "../../src/core/ids";

const OVERRIDE_RUNS = 1_000;

const otherLine = fc.constantFrom(
  "title: 유리컵 만들기",
  '"quoted key": "값: 콜론"',
  "# 발행 전에 다시 읽기",
  "tags: [공예, glass]",
  'roots:\n  - "[[root-04-프로세스-공유]]"',
  "created: 2026-03-02 # 가제",
  "status: draft",
  "aliases:\n  - 컵",
  "",
);
const existing = fc.oneof(
  fc.constant(null),
  fc.subarray([...CHECKLIST_ITEM_IDS], { minLength: 1 }).map((ids) => `process-checklist:\n${ids.map((id) => `  ${id}: true`).join("\n")}`),
  fc.subarray([...CHECKLIST_ITEM_IDS], { minLength: 1 }).map((ids) => `process-checklist: {${ids.map((id) => `${id}: true`).join(", ")}}`),
);
const bodyLine = fc.oneof(fc.constantFrom("# 글", "process-checklist: not frontmatter", "---", "본문 [[root-01]]", "", "  "), fc.string({ unit: "grapheme", maxLength: 12 }));

const note = fc
  .record({
    bom: fc.boolean(),
    crlf: fc.boolean(),
    others: fc.uniqueArray(otherLine, { maxLength: 8 }),
    at: fc.nat(8),
    override: existing,
    body: fc.array(bodyLine.filter((line) => !/[\r\n]/.test(line)), { maxLength: 5 }),
  })
  .map(({ bom, crlf, others, at, override, body }) => {
    const eol = crlf ? "\r\n" : "\n";
    const [before, after] = [others.slice(0, at), others.slice(at)];
    const yaml = [...before, ...(override === null ? [] : [override]), ...after].join("\n").split("\n");
    return { text: `${bom ? "\uFEFF" : ""}${["---", ...yaml, "---", ...body].join(eol)}`, hadOverride: override !== null };
  });

interface Parts {
  yamlLines: string[];
  body: string;
  values: Record<string, unknown>;
}

function parts(text: string): Parts {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const closing = lines.findIndex((line, index) => index > 0 && line === "---");
  const yamlLines = lines.slice(1, closing);
  return { yamlLines, body: lines.slice(closing + 1).join("\n"), values: (parseYaml(yamlLines.join("\n")) ?? {}) as Record<string, unknown> };
}

/** The frontmatter lines that are not part of the process-checklist block. */
function otherLines(yamlLines: string[]): string[] {
  const kept: string[] = [];
  let inBlock = false;
  for (const line of yamlLines) {
    if (line.startsWith("process-checklist:")) {
      inBlock = true;
      continue;
    }
    if (inBlock && /^[ \t]+\S/.test(line)) continue;
    inBlock = false;
    kept.push(line);
  }
  return kept;
}

function overridesOf(values: Record<string, unknown>): Set<string> {
  const value = values["process-checklist"];
  if (typeof value !== "object" || value === null) return new Set();
  return new Set(Object.entries(value).filter(([, done]) => done === true).map(([id]) => id));
}

describe("Mark as done / Undo as a surgical text edit", () => {
  it(`changes only the process-checklist lines, in Korean and English notes (${OVERRIDE_RUNS} cases)`, () => {
    fc.assert(
      fc.property(note, fc.constantFrom(...CHECKLIST_ITEM_IDS), fc.boolean(), ({ text }, id: ChecklistItemId, done) => {
        const edited = setOverrideInText(text, id, done);
        expect(edited.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
        expect(edited.includes("\r\n")).toBe(text.includes("\r\n"));
        const a = parts(text);
        const b = parts(edited);
        expect(b.body).toBe(a.body);
        expect(otherLines(b.yamlLines)).toEqual(otherLines(a.yamlLines));
        const withoutOverride = (values: Record<string, unknown>): Record<string, unknown> =>
          Object.fromEntries(Object.entries(values).filter(([key]) => key !== "process-checklist"));
        const restBefore = withoutOverride(a.values);
        const restAfter = withoutOverride(b.values);
        expect(Object.keys(restAfter)).toEqual(Object.keys(restBefore));
        expect(restAfter).toEqual(restBefore);
        const expected = overridesOf(a.values);
        if (done) expected.add(id);
        else expected.delete(id);
        expect(overridesOf(b.values)).toEqual(expected);
      }),
      { numRuns: OVERRIDE_RUNS },
    );
  });

  it(`mark then undo on a note without overrides gives back every byte (${OVERRIDE_RUNS} cases)`, () => {
    fc.assert(
      fc.property(
        note.filter(({ hadOverride }) => !hadOverride),
        fc.constantFrom(...CHECKLIST_ITEM_IDS),
        ({ text }, id: ChecklistItemId) => {
          expect(setOverrideInText(text, id, false)).toBe(text);
          expect(setOverrideInText(setOverrideInText(text, id, true), id, false)).toBe(text);
        },
      ),
      { numRuns: OVERRIDE_RUNS },
    );
  });

  it("the check can fail: a rewrite that drops a comment is caught", () => {
    const before = parts("---\n# 메모\ntitle: a\n---\nbody");
    const after = parts("---\ntitle: a\nprocess-checklist:\n  why: true\n---\nbody");
    expect(otherLines(after.yamlLines)).not.toEqual(otherLines(before.yamlLines));
  });
});
