import { describe, expect, it } from "vitest";
import type { TFile } from "obsidian";
import { createHarness, notices, type Harness } from "./harness";

const THIN_KO = "# 로스팅 일지\r\n\r\n오늘은 약배전으로 볶아 봤다.\r\n";
const THIN_EN = "# Kiln notes\n\nFired the second batch today.\n";

function quickFix(h: Harness, id: string): { itemIds: readonly string[]; run(file: TFile): Promise<void>; label: string } {
  const fix = h.plugin.context.quickFixes.find((candidate) => candidate.id === id);
  if (!fix) throw new Error(`no quick fix ${id}`);
  return fix;
}

describe("quick fixes offered to the checklist sidebar", () => {
  it("are registered under the right checklist items", async () => {
    const h = await createHarness();
    expect(quickFix(h, "scaffold-insert-outline").itemIds).toEqual(["self-us-now"]);
    expect(quickFix(h, "scaffold-add-log-entry").itemIds).toEqual(["archive", "process"]);
    expect(quickFix(h, "scaffold-add-participation").itemIds).toEqual(["participation"]);
    expect(h.plugin.context.t(quickFix(h, "scaffold-add-participation").label as never)).toBe("Add a 'how to take part' section");
  });

  it("on a closed note: edits through Vault.process, keeping CRLF and every byte (Korean)", async () => {
    const h = await createHarness({ files: { "일지.md": THIN_KO }, language: "ko" });
    await quickFix(h, "scaffold-insert-outline").run(h.file("일지.md"));
    const after = await h.read("일지.md");
    expect(after.startsWith(THIN_KO)).toBe(true);
    expect(after).toContain("\r\n## 나 — 왜 이 일을 하는가\r\n");
    expect(after.replace(/\r\n/gu, "")).not.toContain("\n");

    await quickFix(h, "scaffold-add-log-entry").run(h.file("일지.md"));
    const withEntry = await h.read("일지.md");
    expect(withEntry).toMatch(/## 과정 기록\r\n<!-- [^\r\n]+ -->\r\n- \d{4}-\d{2}-\d{2} \d{2}:\d{2} — \r\n- \d{4}-\d{2}-\d{2} \d{2}:\d{2} — \r\n/u);
  });

  it("on an open note: edits through its editor, one undo each (English)", async () => {
    const h = await createHarness({ files: { "kiln.md": THIN_EN } });
    const view = await h.openNote("kiln.md");
    await quickFix(h, "scaffold-add-participation").run(h.file("kiln.md"));
    expect(view.editor.getValue()).toBe(
      `${THIN_EN}\n## How to take part\n<!-- Invite readers in: a question to answer, something to try, a place to reply. -->\n`,
    );
    // The file on disk is untouched until Obsidian saves the editor.
    expect(await h.read("kiln.md")).toBe(THIN_EN);
    view.editor.undo();
    expect(view.editor.getValue()).toBe(THIN_EN);
  });

  it("adding a 'take part' section to a note that has one: a notice, no second heading", async () => {
    const text = "# Kiln\n\n## Get involved\nReply below.\n";
    const h = await createHarness({ files: { "kiln.md": text } });
    await quickFix(h, "scaffold-add-participation").run(h.file("kiln.md"));
    expect(await h.read("kiln.md")).toBe(text);
    expect(notices()).toEqual(["This note already has a section on taking part; add to it there."]);
  });
});
