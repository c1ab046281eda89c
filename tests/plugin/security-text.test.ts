// Note text is data, never markup: HTML written in a note (an <img> with an onerror handler, a
// <script>) shows up in the checklist sidebar and the roots overview as literal text, and no element is
// created from it. Links in the views open notes through Obsidian's own link handling, inside the
// vault; nothing opens a browser window or points an <a> at a web address.
import { afterEach, describe, expect, it, vi } from "vitest";
import { CHECKLIST_VIEW_TYPE, ChecklistView } from "../../src/plugin/views/checklist-view";
import { ROOTS_VIEW_TYPE, RootsView } from "../../src/plugin/views/roots-view";
import { createHarness, settle, type Harness } from "./harness";

const IMG = '<img src=x onerror="globalThis.__pwned=1">';
const SCRIPT = "<script>globalThis.__pwned=2</script>";
const ROOT = "roots/root-01-기록.md";
const POST = "posts/글.md";
const FILES = {
  [ROOT]: `---\ncategory: philosophical-root\n---\n# Root 01 ${IMG}\n## 전제 조건\n- [[root-02-공유]]\n`,
  "roots/root-02-공유.md": `---\ncategory: philosophical-root\n---\n# Root 02 ${SCRIPT}\n`,
  [POST]: [
    "---",
    "type: process-post",
    "---",
    `# 글 ${IMG}`,
    `이 일을 하는 이유는 기록을 남기고 싶어서다 ${IMG} ${SCRIPT}`,
    `## 과정`,
    `- 3월 2일: 첫 시도는 실패했다 ${SCRIPT}`,
    `- Day 3: I failed and pivoted ${IMG}`,
    `여러분도 해 보지 않을래요? <iframe src="https://example.com"></iframe> [[root-01-기록]]`,
    "[site](https://example.com) <a href=\"javascript:alert(1)\">x</a>",
    "",
  ].join("\n"),
};

const INJECTED = "img, script, iframe, object, embed, a[href^='javascript'], a[href^='http'], [onerror], [onclick]";

function expectNoInjectedElements(root: HTMLElement): void {
  expect(root.querySelectorAll(INJECTED).length, root.innerHTML.slice(0, 400)).toBe(0);
  expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
}

async function open(h: Harness): Promise<{ checklist: ChecklistView; overview: RootsView }> {
  await h.openNote(POST);
  await h.runCommand("open-checklist");
  const checklist = h.views<ChecklistView>(CHECKLIST_VIEW_TYPE)[0];
  if (!(checklist instanceof ChecklistView)) throw new Error("no checklist view");
  await checklist.refresh();
  await h.runCommand("open-roots-overview");
  const overview = h.views<RootsView>(ROOTS_VIEW_TYPE)[0];
  if (!(overview instanceof RootsView)) throw new Error("no overview");
  await settle();
  return { checklist, overview };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("note text is shown as text", () => {
  it.each(["ko", "en"])("the checklist sidebar and the roots overview (%s) create no element from a note's HTML", async (language) => {
    const h = await createHarness({ files: FILES, language });
    const { checklist, overview } = await open(h);
    // The HTML is there, as text: it reached the evidence and the titles.
    expect(checklist.contentEl.textContent).toContain("<img src=x onerror=");
    expect(overview.contentEl.textContent).toContain("<script>");
    expectNoInjectedElements(checklist.contentEl);
    expectNoInjectedElements(overview.contentEl);
  });

  it("the check can fail: HTML parsed into the view would be found", () => {
    const el = document.createElement("div");
    el.append(document.createRange().createContextualFragment(IMG));
    expect(() => expectNoInjectedElements(el)).toThrow();
  });
});

describe("links open inside the vault through Obsidian", () => {
  it("clicking a root in the overview and in the sidebar opens a vault note with openLinkText, never window.open", async () => {
    const h = await createHarness({ files: FILES, language: "en" });
    const { checklist, overview } = await open(h);
    const windowOpen = vi.spyOn(window, "open").mockImplementation(() => null);
    const openLinkText = vi.spyOn(h.app.workspace, "openLinkText").mockResolvedValue(undefined);

    const links = [
      ...overview.contentEl.querySelectorAll<HTMLElement>("a[data-path]"),
      ...checklist.contentEl.querySelectorAll<HTMLElement>(".process-sharing-section-linked-roots a[data-path]"),
    ];
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) link.click();
    await settle();

    expect(windowOpen).not.toHaveBeenCalled();
    expect(openLinkText).toHaveBeenCalledTimes(links.length);
    const files = new Set(h.app.vault.getFiles().map((file) => file.path));
    for (const [target] of openLinkText.mock.calls) expect(files.has(String(target)), String(target)).toBe(true);
    // Every anchor the views draw is handled in the app: no web address, no javascript: URL.
    for (const anchor of [...overview.contentEl.querySelectorAll("a"), ...checklist.contentEl.querySelectorAll("a")]) {
      expect(["#", null]).toContain(anchor.getAttribute("href"));
    }
  });
});
