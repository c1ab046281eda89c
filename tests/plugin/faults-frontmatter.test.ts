// Frontmatter edits under faults. Obsidian's processFrontMatter throws (YAMLParseError) when a note's
// YAML is broken; every feature that writes frontmatter — the checklist's "Mark as done", "Link a
// root to this note", "Sync linked roots to frontmatter" and the sidebar's "Add link" — must then
// show a notice naming the note and leave its bytes exactly as they were.
import { describe, expect, it } from "vitest";
import { RootSuggestModal } from "../../src/plugin/modals/root-suggest-modal";
import { CHECKLIST_VIEW_TYPE, ChecklistView } from "../../src/plugin/views/checklist-view";
import { LINKED_ROOTS_SECTION_ID } from "../../src/plugin/views/linked-roots-section";
import { clearNotices, createHarness, notices, openModals, settle, type Harness } from "./harness";

const ROOT = "roots/root-01-기록.md";
const ROOT_2 = "roots/root-02-공유.md";
const BROKEN = "posts/깨진 글.md";
const BROKEN_TEXT = [
  "---",
  "type: process-post",
  "title: [닫히지 않은 목록",
  "# a YAML comment the writer keeps",
  "---",
  "# 깨진 글",
  "왜 이 일을 하는지 적는다. [[root-02-공유]]",
  "",
].join("\n");

const FILES = {
  [ROOT]: "---\ncategory: philosophical-root\n---\n# Root 01 기록\n",
  [ROOT_2]: "---\ncategory: philosophical-root\n---\n# Root 02 공유\n## 전제 조건\n- [[root-01-기록]]\n",
  // What Obsidian's cache knew before the YAML broke (the mocks' cache cannot read broken YAML).
  [BROKEN]: BROKEN_TEXT.replace("title: [닫히지 않은 목록", "title: 깨진 글"),
};

/**
 * A vault whose note has broken YAML on disk: written through the adapter, below the vault, so the
 * cache keeps what it knew (as Obsidian's does: it keeps no frontmatter it cannot parse) while
 * processFrontMatter reads the broken text and throws, as Obsidian's does.
 */
async function vaultWithBrokenNote(language = "ko"): Promise<Harness> {
  const h = await createHarness({ files: { ...FILES }, language });
  await h.app.vault.adapter.write(BROKEN, BROKEN_TEXT);
  await h.openNote(BROKEN);
  clearNotices();
  return h;
}

/** The notice must name the note so the writer knows which file to fix. */
function expectNoticeNaming(name: string): void {
  expect(notices().some((message) => message.includes(name)), `a notice naming ${name} in ${JSON.stringify(notices())}`).toBe(true);
}

describe("processFrontMatter fails on broken YAML", () => {
  it("the harness behaves like Obsidian: processFrontMatter throws and writes nothing", async () => {
    const h = await vaultWithBrokenNote();
    await expect(h.app.fileManager.processFrontMatter(h.file(BROKEN) as never, () => undefined)).rejects.toThrow();
    expect(await h.read(BROKEN)).toBe(BROKEN_TEXT);
  });

  it("Mark as done in the checklist: a notice naming the note, nothing written", async () => {
    const h = await vaultWithBrokenNote();
    await h.runCommand("open-checklist");
    const view = h.views<ChecklistView>(CHECKLIST_VIEW_TYPE)[0];
    if (!(view instanceof ChecklistView)) throw new Error("no checklist view");
    await view.refresh();
    const toggle = view.contentEl.querySelector<HTMLButtonElement>(".process-sharing-checklist-toggle");
    expect(toggle).not.toBeNull();
    toggle?.click();
    await settle();
    expectNoticeNaming("깨진 글");
    expect(await h.read(BROKEN)).toBe(BROKEN_TEXT);
  });

  it("Link a root to this note: a notice naming the note, nothing written", async () => {
    const h = await vaultWithBrokenNote("en");
    await h.runCommand("link-root");
    const modal: unknown = openModals().at(-1);
    if (!(modal instanceof RootSuggestModal)) throw new Error("the root suggester did not open");
    const item = modal.getItems().find((root) => root.path === ROOT);
    if (!item) throw new Error("root-01 is not offered");
    modal.selectSuggestion({ item, match: { score: 0, matches: [] } }, new MouseEvent("click"));
    await settle();
    expectNoticeNaming("깨진 글");
    expect(await h.read(BROKEN)).toBe(BROKEN_TEXT);
  });

  it("Sync linked roots to frontmatter: a notice naming the note, nothing written", async () => {
    const h = await vaultWithBrokenNote("en");
    await h.runCommand("sync-roots-to-frontmatter");
    expectNoticeNaming("깨진 글");
    expect(await h.read(BROKEN)).toBe(BROKEN_TEXT);
  });

  it("Add link for a missing prerequisite in the sidebar: a notice naming the note, nothing written", async () => {
    const h = await vaultWithBrokenNote("en");
    const section = h.plugin.context.sidebarSections.find((entry) => entry.id === LINKED_ROOTS_SECTION_ID);
    if (!section) throw new Error("the linked roots section is not registered");
    const block = document.body.createDiv();
    section.render(block, h.file(BROKEN));
    const add = block.querySelector<HTMLButtonElement>("button");
    expect(add, "an Add link button for root-01, the missing prerequisite").not.toBeNull();
    add?.click();
    await settle();
    expectNoticeNaming("깨진 글");
    expect(await h.read(BROKEN)).toBe(BROKEN_TEXT);
  });
});
