import { describe, expect, it } from "vitest";
import { checklistViewModel, viewModelSignature, type ChecklistSubject } from "../../../src/core/checklist/view-model";
import { vaultReportMarkdown, vaultReportRows } from "../../../src/core/checklist/vault-report";
import { checkNote } from "../../../src/core/checklist/registry";
import { parseNote } from "../../../src/core/markdown/parse";
import { defaultSettings } from "../../../src/core/settings";

const subject = (overrides: Partial<ChecklistSubject>): ChecklistSubject => ({
  path: "posts/글.md",
  name: "글.md",
  extension: "md",
  text: "# 글\n처음 시도는 실패했다. 그래서 재료를 바꿨다.",
  frontmatter: null,
  ignored: false,
  ...overrides,
});

describe("the checklist view model", () => {
  it("gives the empty states: no note, not Markdown, ignored", () => {
    const settings = defaultSettings();
    expect(checklistViewModel(null, settings, "en")).toEqual({ kind: "empty", reason: "no-note", name: null });
    expect(checklistViewModel(subject({ name: "a.pdf", extension: "pdf", text: null }), settings, "en")).toMatchObject({ reason: "not-markdown", name: "a.pdf" });
    expect(checklistViewModel(subject({ ignored: true }), settings, "ko")).toMatchObject({ reason: "ignored" });
  });

  it("offers 'mark' on failing items, 'undo' on manual ones and nothing on passing ones", () => {
    const model = checklistViewModel(subject({ frontmatter: { "process-checklist": { archive: true } } }), defaultSettings(), "ko");
    if (model.kind !== "report") throw new Error("expected a report");
    const toggles = Object.fromEntries(model.items.map((item) => [item.id, item.toggle]));
    expect(toggles).toMatchObject({ failures: null, archive: "undo", why: "mark" });
    expect(model.name).toBe("글");
    expect(model.items[0]?.question).toContain("왜");
  });

  it("has equal signatures for equal results and different ones otherwise", () => {
    const settings = defaultSettings();
    const a = checklistViewModel(subject({}), settings, "en");
    const b = checklistViewModel(subject({ text: `${subject({}).text ?? ""}\n` }), settings, "en");
    const c = checklistViewModel(subject({ text: "# 글\n댓글로 알려 주세요. 여러분은 어떤가요?" }), settings, "en");
    expect(viewModelSignature(a)).toBe(viewModelSignature(b));
    expect(viewModelSignature(a)).not.toBe(viewModelSignature(c));
  });
});

describe("the vault report", () => {
  const report = (text: string) => checkNote(parseNote(text), null, defaultSettings(), "en");
  const rows = vaultReportRows([
    { path: "b/good.md", report: report("## Why\nI wanted to learn.\n## Process\n- 2026-01-01: tried a draft\n- 2026-01-02: tried again") },
    { path: "a/empty.md", report: report("## Why\nTODO\n## Process\nTBD") },
    { path: "c/pipe|name.md", report: report("# Menu\nNew latte, $5. Available now.\nNew cake, $6.") },
  ]);

  it("orders posts worst first: score share, then warnings, then path", () => {
    expect(rows.map((row) => row.path)).toEqual(["a/empty.md", "c/pipe|name.md", "b/good.md"]);
    expect(rows[0]?.failing).toHaveLength(6);
    expect(rows[0]?.warnings).toEqual(["unfinished-as-process"]);
  });

  it("renders a Markdown table with escaped pipes and wiki links", () => {
    const table = vaultReportMarkdown(rows, {
      note: "Note",
      score: "Score",
      failing: "Missing",
      warnings: "Warnings",
      none: "—",
      ruleName: (id) => id.toUpperCase(),
    });
    const lines = table.trim().split("\n");
    expect(lines[0]).toBe("| Note | Score | Missing | Warnings |");
    expect(lines[1]).toBe("| --- | --- | --- | --- |");
    expect(lines[2]).toBe("| [[a/empty\\|empty]] | 0 / 6 | WHY, PROCESS, FAILURES, SELF-US-NOW, PARTICIPATION, ARCHIVE | UNFINISHED-AS-PROCESS |");
    expect(lines[3]).toContain("[[c/pipename\\|pipename]]");
    expect(lines).toHaveLength(5);
  });
});
