// The "Process checklist" sidebar as a writer uses it: open a post, type, click evidence, mark an
// item done, switch to a PDF or an ignored note.
import { afterEach, describe, expect, it, vi } from "vitest";
import { MarkdownView } from "obsidian";
import { createHarness, leafLocation, notices, settle, type Harness } from "./harness";
import { CHECKLIST_VIEW_TYPE, ChecklistView } from "../../src/plugin/views/checklist-view";

const POST_KO = `---
type: process-post
title: 유리컵 만들기
tags:
  - 공예
---
# 유리컵 만들기

## 나의 이야기
매일 쓰는 컵을 직접 만들고 싶었다. 그게 유리 공방에 다니게 된 이유다.

## 과정
- 3월 2일: 첫 컵을 불었는데 두께가 고르지 않아 실패했다.
- 3월 9일: 온도를 바꿔 다시 불었다.
`;

const POST_EN = `# Garden bench

I built a bench from pallet wood.
`;

async function openChecklist(h: Harness): Promise<ChecklistView> {
  await h.runCommand("open-checklist");
  const [view] = h.views<ChecklistView>(CHECKLIST_VIEW_TYPE);
  if (!(view instanceof ChecklistView)) throw new Error("The checklist view did not open");
  await view.refresh();
  return view;
}

function statuses(view: ChecklistView): Record<string, string> {
  const rows = view.contentEl.querySelectorAll<HTMLElement>(".process-sharing-checklist-item");
  return Object.fromEntries([...rows].map((row) => [row.dataset.id ?? "", row.dataset.status ?? ""]));
}

function scoreText(view: ChecklistView): string {
  return view.contentEl.querySelector(".process-sharing-checklist-score-value")?.textContent ?? "";
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the checklist sidebar", () => {
  it("opens in the right sidebar from its command and shows the active post's items, score and evidence", async () => {
    const h = await createHarness({ files: { "posts/유리컵.md": POST_KO }, language: "ko" });
    await h.openNote("posts/유리컵.md");
    const view = await openChecklist(h);
    expect(leafLocation(view.leaf)).toBe("right");
    expect(view.contentEl.querySelector(".process-sharing-checklist-note")?.textContent).toBe("유리컵");
    expect(statuses(view)).toEqual({
      why: "pass",
      process: "pass",
      failures: "pass",
      "self-us-now": "partial",
      participation: "fail",
      archive: "partial",
    });
    expect(scoreText(view)).toBe("3 / 6");
    const whyLines = [...view.contentEl.querySelectorAll<HTMLElement>('[data-id="why"] .process-sharing-checklist-evidence-line')];
    expect(whyLines.map((line) => line.dataset.line)).toContain("10");
    // Korean UI: the question and hint come from the rule in Korean.
    expect(view.contentEl.querySelector('[data-id="participation"] .process-sharing-checklist-hint')?.textContent).toMatch(/독자/);
    // Opening it again reuses the same view.
    await h.runCommand("open-checklist");
    expect(h.views(CHECKLIST_VIEW_TYPE)).toHaveLength(1);
  });

  it("follows the active note and shows empty states for no note, a PDF and an ignored note", async () => {
    const h = await createHarness({
      files: { "a.md": POST_EN, "paper.pdf": "%PDF-1.4", "private/diary.md": "# Diary\nI tried again." },
      data: { ignoredPaths: ["private"] },
    });
    const view = await openChecklist(h);
    expect(view.contentEl.querySelector(".process-sharing-checklist-empty-no-note")).not.toBeNull();
    await h.openNote("a.md");
    expect(view.contentEl.querySelector(".process-sharing-checklist-note")?.textContent).toBe("a");
    await h.openFile("paper.pdf");
    expect(view.contentEl.querySelector(".process-sharing-checklist-empty-not-markdown")?.textContent).toContain("paper.pdf");
    expect(view.contentEl.querySelector(".process-sharing-checklist-item")).toBeNull();
    await h.openNote("private/diary.md");
    expect(view.contentEl.querySelector(".process-sharing-checklist-empty-ignored")).not.toBeNull();
  });

  it("re-checks from the editor's text while typing, debounced, before anything is saved", async () => {
    const h = await createHarness({ files: { "a.md": POST_EN } });
    await h.openNote("a.md");
    const view = await openChecklist(h);
    expect(statuses(view).participation).toBe("fail");
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    h.type("\nWhat would you build next? Tell me in the comments.");
    await vi.advanceTimersByTimeAsync(150);
    h.type(" Vote below.");
    await vi.advanceTimersByTimeAsync(299);
    expect(statuses(view).participation).toBe("fail");
    await vi.advanceTimersByTimeAsync(1);
    vi.useRealTimers();
    await settle();
    expect(statuses(view).participation).toBe("pass");
    expect(await h.read("a.md")).toBe(POST_EN);
  });

  it("does not redraw when the checked result did not change", async () => {
    const h = await createHarness({ files: { "a.md": POST_EN } });
    await h.openNote("a.md");
    const view = await openChecklist(h);
    const before = view.contentEl.querySelector(".process-sharing-checklist-items");
    h.type("\n");
    await view.refresh();
    h.activeMarkdownView().editor.setValue(POST_EN);
    await view.refresh();
    expect(view.contentEl.querySelector(".process-sharing-checklist-items")).toBe(before);
  });

  it("moves the cursor to an evidence line when it is clicked, from the sidebar", async () => {
    const h = await createHarness({ files: { "posts/유리컵.md": POST_KO } });
    const note = await h.openNote("posts/유리컵.md");
    const view = await openChecklist(h);
    const line = view.contentEl.querySelector<HTMLElement>('[data-id="failures"] .process-sharing-checklist-evidence-line');
    expect(line?.dataset.line).toBe("13");
    const scrolled = vi.spyOn(note.editor, "scrollIntoView");
    line?.click();
    await settle();
    expect(note.editor.getCursor()).toEqual({ line: 12, ch: 0 });
    expect(scrolled).toHaveBeenCalled();
    expect(h.obsidianApp.workspace.getActiveViewOfType(MarkdownView)).toBe(note);
  });

  it("marks an item done in the frontmatter, leaving every other key and the body as they were, and undoes it", async () => {
    const h = await createHarness({ files: { "posts/유리컵.md": POST_KO } });
    await h.openNote("posts/유리컵.md");
    const view = await openChecklist(h);
    const button = view.contentEl.querySelector<HTMLButtonElement>('[data-id="participation"] .process-sharing-checklist-toggle');
    expect(button?.textContent).toBe("Mark as done");
    button?.click();
    await settle();
    // Only the override's lines are added: every other key and the body keep every byte.
    expect(await h.read("posts/유리컵.md")).toBe(POST_KO.replace("  - 공예\n---", "  - 공예\nprocess-checklist:\n  participation: true\n---"));
    expect(statuses(view).participation).toBe("manual");
    expect(scoreText(view)).toBe("4 / 6");

    view.contentEl.querySelector<HTMLButtonElement>('[data-id="participation"] .process-sharing-checklist-toggle')?.click();
    await settle();
    expect(await h.read("posts/유리컵.md")).toBe(POST_KO);
    expect(statuses(view).participation).toBe("fail");
    expect(notices()).toEqual([]);
  });

  it("re-checks when the note's metadata changes, e.g. an override written elsewhere", async () => {
    const h = await createHarness({ files: { "a.md": POST_EN, "b.md": "# Other" } });
    await h.openNote("a.md");
    const view = await openChecklist(h);
    expect(statuses(view).why).toBe("fail");
    await h.obsidianApp.vault.modify(h.file("b.md"), "---\nprocess-checklist:\n  why: true\n---\n# Other");
    await settle();
    expect(statuses(view).why).toBe("fail");
    await h.obsidianApp.vault.modify(h.file("a.md"), `---\nprocess-checklist:\n  why: true\n---\n${POST_EN}`);
    await settle();
    expect(statuses(view).why).toBe("manual");
  });

  it("re-checks when the settings change and scores only the enabled items", async () => {
    const h = await createHarness({ files: { "a.md": POST_EN } });
    await h.openNote("a.md");
    const view = await openChecklist(h);
    h.plugin.context.settings.enabledItems.archive = false;
    await h.plugin.context.saveSettings();
    await settle();
    expect(Object.keys(statuses(view))).not.toContain("archive");
    expect(scoreText(view)).toMatch(/ \/ 5$/);
  });

  it("offers quick fixes from other features under failing items and draws the sidebar sections", async () => {
    const h = await createHarness({ files: { "a.md": POST_EN } });
    const ran: string[] = [];
    h.plugin.context.quickFixes.push({ id: "test-fix", itemIds: ["participation"], label: "checklist.view.markDone", run: (file) => Promise.resolve(void ran.push(file.path)) });
    h.plugin.context.sidebarSections.push({ id: "test-section", render: (el, file) => void el.createDiv({ text: `section for ${file.path}` }) });
    await h.openNote("a.md");
    const view = await openChecklist(h);
    const fix = view.contentEl.querySelector<HTMLButtonElement>('[data-id="participation"] [data-fix="test-fix"]');
    fix?.click();
    await settle();
    expect(ran).toEqual(["a.md"]);
    expect(view.contentEl.querySelector('[data-id="why"] [data-fix="test-fix"]')).toBeNull();
    expect(view.contentEl.querySelector(".process-sharing-section-test-section")?.textContent).toBe("section for a.md");
  });
});
