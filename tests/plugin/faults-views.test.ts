// The sidebar and the overview when the vault changes under them or has an odd shape: the note shown
// is renamed or deleted (or vanishes from disk before Obsidian notices), the vault has no notes or
// no roots, roots link themselves or require each other. Each view keeps working and never loops.
import { describe, expect, it } from "vitest";
import { CHECKLIST_VIEW_TYPE, ChecklistView } from "../../src/plugin/views/checklist-view";
import { ROOTS_VIEW_TYPE, RootsView } from "../../src/plugin/views/roots-view";
import { createHarness, settle, type Harness } from "./harness";

const POST_A = "posts/첫 글.md";
const POST_B = "posts/second.md";
const POST_TEXT = "---\ntype: process-post\n---\n# 첫 글\n왜 시작했는지 적는다.\n\n## 과정\n- 3월 2일: 첫 시도는 실패했다.\n";

async function checklist(h: Harness): Promise<ChecklistView> {
  await h.runCommand("open-checklist");
  const view = h.views<ChecklistView>(CHECKLIST_VIEW_TYPE)[0];
  if (!(view instanceof ChecklistView)) throw new Error("the checklist did not open");
  await view.refresh();
  return view;
}

const shownName = (view: ChecklistView): string | null => view.contentEl.querySelector(".process-sharing-checklist-note")?.textContent ?? null;

async function overview(h: Harness): Promise<HTMLElement> {
  await h.runCommand("open-roots-overview");
  const view = h.views<RootsView>(ROOTS_VIEW_TYPE)[0];
  if (!(view instanceof RootsView)) throw new Error("the overview did not open");
  await settle();
  return view.contentEl;
}

describe("the note shown changes under the checklist", () => {
  it("renamed: the sidebar follows the new name", async () => {
    const h = await createHarness({ files: { [POST_A]: POST_TEXT, [POST_B]: "# Second\n" }, language: "ko" });
    await h.openNote(POST_A);
    const view = await checklist(h);
    expect(shownName(view)).toBe("첫 글");
    await h.app.fileManager.renameFile(h.app.vault.getFileByPath(POST_A) as never, "posts/고친 이름.md");
    await settle();
    await view.refresh();
    expect(shownName(view)).toBe("고친 이름");
  });

  it("deleted and its tab closed: the sidebar stops showing it and follows the next note", async () => {
    const h = await createHarness({ files: { [POST_A]: POST_TEXT, [POST_B]: "# Second\n" }, language: "en" });
    const editor = await h.openNote(POST_A);
    const view = await checklist(h);
    await h.app.vault.delete(h.app.vault.getFileByPath(POST_A) as never);
    editor.leaf.detach();
    await settle();
    await view.refresh();
    expect(shownName(view)).not.toBe("첫 글");
    await h.openNote(POST_B);
    await view.refresh();
    expect(shownName(view)).toBe("second");
  });

  it("gone from disk before Obsidian noticed (the read fails): the sidebar keeps working afterwards", async () => {
    const h = await createHarness({ files: { [POST_A]: POST_TEXT, [POST_B]: "# Second\n" }, language: "en" });
    const editor = await h.openNote(POST_A);
    const view = await checklist(h);
    // The tab is closed while the sidebar still follows the note, so the next check reads it from disk.
    editor.leaf.detach();
    const vault = h.app.vault as unknown as { cachedRead: (file: unknown) => Promise<string> };
    const original = vault.cachedRead.bind(h.app.vault);
    vault.cachedRead = () => Promise.reject(new Error("ENOENT: no such file or directory"));
    await view.refresh().catch(() => undefined);
    vault.cachedRead = original;
    await h.openNote(POST_B);
    await view.refresh();
    expect(shownName(view)).toBe("second");
  });
});

describe("vaults of odd shapes", () => {
  it("no notes at all: the sidebar says there is no note and the overview draws", async () => {
    const h = await createHarness({ files: {}, language: "ko" });
    const view = await checklist(h);
    expect(view.contentEl.querySelector(".process-sharing-checklist-empty-no-note")).not.toBeNull();
    const el = await overview(h);
    expect(el.textContent?.length ?? 0).toBeGreaterThan(0);
    expect(h.plugin.context.rootCatalog?.listRoots() ?? []).toEqual([]);
  });

  it("notes but no roots: linking a root says there are none, the overview lists the orphan post", async () => {
    const h = await createHarness({ files: { [POST_A]: POST_TEXT }, language: "en" });
    const el = await overview(h);
    expect(el.textContent).toContain("첫 글");
    await h.openNote(POST_A);
    await h.runCommand("link-root");
    expect(await h.read(POST_A)).toBe(POST_TEXT);
  });

  it("a root that requires itself and roots that require each other: both views draw, once", async () => {
    const root = (name: string, requires: string[]): string =>
      `---\ncategory: philosophical-root\n---\n# ${name}\n## Prerequisites\n${requires.map((link) => `- [[${link}]]`).join("\n")}\n## 강화하는 루트\n${requires.map((link) => `- [[${link}]]`).join("\n")}\n`;
    const h = await createHarness({
      files: {
        "roots/root-01-self.md": root("Root 01", ["root-01-self"]),
        "roots/root-02-a.md": root("Root 02", ["root-03-b"]),
        "roots/root-03-b.md": root("Root 03", ["root-02-a"]),
        [POST_A]: `${POST_TEXT}\n[[root-01-self]] [[root-02-a]]\n`,
      },
      language: "en",
    });
    const el = await overview(h);
    expect(el.querySelectorAll("[data-path]").length).toBeGreaterThan(0);
    await h.openNote(POST_A);
    const view = await checklist(h);
    const section = view.contentEl.querySelector(".process-sharing-section-linked-roots");
    expect(section?.textContent).toContain("Root 03");
    await h.openNote("roots/root-01-self.md");
    await view.refresh();
    expect(view.contentEl.querySelector(".process-sharing-section-linked-roots")?.textContent).toContain("첫 글");
  });
});
