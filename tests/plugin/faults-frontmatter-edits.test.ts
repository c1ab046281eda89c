// The plugin's frontmatter edits change only what they mean to. Marking a checklist item done (or
// undoing it), linking a root and syncing body roots go through processFrontMatter; across many
// generated notes every byte of the body is kept, and every other frontmatter key keeps its value and
// its place. Obsidian's processFrontMatter re-serialises the YAML and drops the writer's comments, so
// the last tests ask what the issue asks — comments kept — of each edit (see docs/reliability.md).
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { CHECKLIST_ITEM_IDS } from "../../src/core/ids";
import { linkRootsInFrontmatter } from "../../src/plugin/commands/root-commands";
import { CHECKLIST_VIEW_TYPE, ChecklistView } from "../../src/plugin/views/checklist-view";
import { createHarness, settle, type Harness } from "./harness";

const NOTE = "posts/글.md";
const ROOT = "roots/root-01-기록.md";
/** Cases per property: each runs a real edit through the in-memory Obsidian. */
const EDIT_RUNS = 300;

interface Split {
  frontmatter: Record<string, unknown>;
  keys: string[];
  body: string;
}

function split(text: string): Split {
  const match = /^---\n([\s\S]*?)\n?---\n/u.exec(text);
  if (!match) return { frontmatter: {}, keys: [], body: text };
  const frontmatter = (parseYaml(match[1] ?? "") ?? {}) as Record<string, unknown>;
  return { frontmatter, keys: Object.keys(frontmatter), body: text.slice(match[0].length) };
}

/** Everything but `touched` is as before: the body byte for byte, the other keys in order with their values. */
function expectOnlyKeyChanged(before: string, after: string, touched: string): void {
  const a = split(before);
  const b = split(after);
  expect(b.body).toBe(a.body);
  expect(b.keys.filter((key) => key !== touched)).toEqual(a.keys.filter((key) => key !== touched));
  for (const key of a.keys) if (key !== touched) expect(b.frontmatter[key], key).toEqual(a.frontmatter[key]);
}

const safeText = fc.constantFrom("유리컵 만들기", "Garden bench", "2026-03-02", "왜: 이유", "a, b", "#태그", "", "yes", "123");
const value = fc.oneof(safeText, fc.integer({ min: -5, max: 5000 }), fc.boolean(), fc.array(safeText, { maxLength: 3 }));
const otherKeys = fc.uniqueArray(fc.constantFrom("title", "tags", "created", "status", "aliases", "제목", "cssclasses", "publish", "type"), {
  // At least one key: the mocks' cache turns an empty frontmatter into an object that throws on any read.
  minLength: 1,
  maxLength: 6,
});
const bodyLine = fc.oneof(
  fc.constantFrom("# 제목", "## 과정", "- [ ] 할 일", "<!-- 메모 -->", "---", "```", "[[root-01-기록]]", "", "  들여쓰기", "끝에 공백  "),
  fc.string({ unit: "grapheme", maxLength: 16 }).filter((line) => !line.includes("\r")),
);
const note = fc
  .record({
    keys: otherKeys,
    values: fc.array(value, { minLength: 9, maxLength: 9 }),
    overrides: fc.subarray([...CHECKLIST_ITEM_IDS]),
    overridesAt: fc.nat(6),
    body: fc.array(bodyLine, { maxLength: 8 }),
    finalNewline: fc.boolean(),
  })
  .map(({ keys, values, overrides, overridesAt, body, finalNewline }) => {
    const frontmatter: Record<string, unknown> = {};
    keys.forEach((key, index) => {
      if (index === overridesAt && overrides.length > 0) frontmatter["process-checklist"] = Object.fromEntries(overrides.map((id) => [id, true]));
      frontmatter[key] = values[index];
    });
    // One key per line, each value in flow style (JSON is valid YAML), in the order generated.
    const yaml = Object.entries(frontmatter).map(([key, entry]) => `${key}: ${JSON.stringify(entry)}`);
    const text = `---\n${yaml.join("\n")}\n---\n${body.join("\n")}${finalNewline ? "\n" : ""}`;
    return text;
  });

describe("frontmatter edits keep everything else", () => {
  let h: Harness;
  let view: ChecklistView;

  beforeAll(async () => {
    h = await createHarness({
      files: { [ROOT]: "---\ncategory: philosophical-root\n---\n# Root 01 기록\n", [NOTE]: "---\ntitle: x\n---\n본문\n" },
      language: "ko",
    });
    await h.runCommand("open-checklist");
    const found = h.views<ChecklistView>(CHECKLIST_VIEW_TYPE)[0];
    if (!(found instanceof ChecklistView)) throw new Error("no checklist view");
    view = found;
  });

  async function write(text: string): Promise<void> {
    await h.app.vault.modify(h.app.vault.getFileByPath(NOTE) as never, text);
  }

  it(`Mark as done and Undo change only process-checklist (${EDIT_RUNS} notes × both directions)`, async () => {
    await fc.assert(
      fc.asyncProperty(note, fc.constantFrom(...CHECKLIST_ITEM_IDS), fc.boolean(), async (text, id, done) => {
        await write(text);
        await view.setOverride(h.file(NOTE), id, done);
        const after = await h.read(NOTE);
        expectOnlyKeyChanged(text, after, "process-checklist");
        const overrides = split(after).frontmatter["process-checklist"] as Record<string, unknown> | undefined;
        expect(overrides?.[id] === true).toBe(done);
      }),
      { numRuns: EDIT_RUNS },
    );
  });

  it(`Link a root changes only the roots list, appending to it (${EDIT_RUNS} notes)`, async () => {
    await fc.assert(
      fc.asyncProperty(note, fc.option(fc.constantFrom(["[[root-09]]"], "[[root-09]]"), { nil: undefined }), async (text, roots) => {
        const withRoots = roots === undefined ? text : text.replace("\n---\n", `\nroots: ${JSON.stringify(roots)}\n---\n`);
        await write(withRoots);
        await linkRootsInFrontmatter(h.plugin.context, h.file(NOTE), [{ path: ROOT, linktext: "root-01-기록" }]);
        const after = await h.read(NOTE);
        expectOnlyKeyChanged(withRoots, after, "roots");
        const previous = roots === undefined ? [] : Array.isArray(roots) ? roots : [roots];
        expect(split(after).frontmatter.roots).toEqual([...previous, "[[root-01-기록]]"]);
      }),
      { numRuns: EDIT_RUNS },
    );
  });

  it("Sync linked roots to frontmatter changes only the roots list (Korean and English notes)", async () => {
    for (const text of [
      "---\ntitle: 로스팅 일지\ncreated: 2026-03-02\n---\n# 로스팅\n오늘은 [[root-01-기록]]을 떠올렸다.\n\n- 3월 2일 실패\n",
      "---\ntype: process-post\ntags: [build, log]\n---\nI kept a log ([[root-01-기록|the archive root]]).",
    ]) {
      await write(text);
      await h.openNote(NOTE);
      await settle();
      await h.runCommand("sync-roots-to-frontmatter");
      const after = await h.read(NOTE);
      expectOnlyKeyChanged(text, after, "roots");
      expect(split(after).frontmatter.roots).toEqual(["[[root-01-기록]]"]);
    }
  });

  it("the property can fail: an edit that drops another key is caught", () => {
    const before = "---\ntitle: a\nstatus: draft\n---\nbody\n";
    expect(() => expectOnlyKeyChanged(before, "---\ntitle: a\n---\nbody\n", "roots")).toThrow();
    expect(() => expectOnlyKeyChanged(before, "---\nstatus: draft\ntitle: a\n---\nbody\n", "roots")).toThrow();
    expect(() => expectOnlyKeyChanged(before, "---\ntitle: a\nstatus: draft\n---\nbody", "roots")).toThrow();
  });

  const COMMENTED = "---\n# 발행 전에 다시 읽기\ntitle: 유리컵 # 가제\ntags: [공예]\n---\n본문 [[root-01-기록]]\n";

  it("Mark as done keeps the writer's YAML comments", async () => {
    await write(COMMENTED);
    await view.setOverride(h.file(NOTE), "why", true);
    const after = await h.read(NOTE);
    expect(after).toContain("# 발행 전에 다시 읽기\ntitle: 유리컵 # 가제\ntags: [공예]\n");
  });

  it("Link a root keeps the writer's YAML comments", async () => {
    await write(COMMENTED);
    await linkRootsInFrontmatter(h.plugin.context, h.file(NOTE), [{ path: ROOT, linktext: "root-01-기록" }]);
    const after = await h.read(NOTE);
    expect(split(after).frontmatter.roots).toEqual(["[[root-01-기록]]"]);
    expect(after).toContain("# 발행 전에 다시 읽기\ntitle: 유리컵 # 가제\ntags: [공예]\n");
  });
});
