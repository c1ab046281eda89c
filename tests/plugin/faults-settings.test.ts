// data.json as it is found in real vaults: unreadable (Obsidian's loadData throws on broken JSON),
// written by an older version (keys since renamed or removed), hand-edited with wrong types, or
// carrying a "__proto__" key. Each time the plugin loads with defaults for what it could not use, says
// so in one notice, pollutes nothing, and its features work.
import { afterEach, describe, expect, it, vi } from "vitest";
import { Plugin } from "obsidian";
import { CHECKLIST_VIEW_TYPE, ChecklistView } from "../../src/plugin/views/checklist-view";
import { defaultSettings } from "../../src/core/settings";
import { createHarness, notices, type Harness } from "./harness";

const POST = "posts/글.md";
const POST_TEXT = "---\ntype: process-post\n---\n# 글\n왜 이 일을 하는지 적는다.\n";

async function checklistItems(h: Harness): Promise<number> {
  await h.openNote(POST);
  await h.runCommand("open-checklist");
  const view = h.views<ChecklistView>(CHECKLIST_VIEW_TYPE)[0];
  if (!(view instanceof ChecklistView)) throw new Error("no checklist view");
  await view.refresh();
  return view.contentEl.querySelectorAll(".process-sharing-checklist-item").length;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("data.json the plugin cannot use as it is", () => {
  it("corrupt (loadData throws): defaults, one notice, and the checklist works", async () => {
    vi.spyOn(Plugin.prototype, "loadData").mockRejectedValue(new SyntaxError("Unexpected token } in JSON at position 41"));
    const h = await createHarness({ files: { [POST]: POST_TEXT }, language: "ko" });
    expect(h.plugin.context.settings).toEqual(defaultSettings());
    expect(notices()).toHaveLength(1);
    expect(notices()[0]).toContain("JSON");
    expect(await checklistItems(h)).toBe(6);
  });

  it("from an older version: known keys kept, retired keys ignored with a notice", async () => {
    const h = await createHarness({
      files: { [POST]: POST_TEXT },
      data: { postsFolder: "posts", checklistItems: ["why", "process"], language: "ko", version: "0.0.3" },
    });
    expect(h.plugin.context.settings.postsFolder).toBe("posts");
    expect(notices()).toHaveLength(1);
    for (const retired of ["checklistItems", "language", "version"]) expect(notices()[0]).toContain(retired);
    expect(await checklistItems(h)).toBe(6);
  });

  it("hand-edited with wrong types everywhere: each bad value replaced by its default", async () => {
    const h = await createHarness({
      files: { [POST]: POST_TEXT },
      data: {
        enabledItems: ["why"],
        extraWords: "실패, pivot",
        ignoredPaths: "archive/",
        templateLanguage: "fr",
        dateFormat: "",
        rootsKey: "   ",
        defaultRoots: [1, null, "root-04"],
        rootFileNamePattern: "(?<=root)-\\d+",
      },
    });
    const { settings } = h.plugin.context;
    const defaults = defaultSettings();
    expect(settings.enabledItems).toEqual(defaults.enabledItems);
    expect(settings.extraWords).toEqual(defaults.extraWords);
    expect(settings.ignoredPaths).toEqual(defaults.ignoredPaths);
    expect(settings.templateLanguage).toBe(defaults.templateLanguage);
    expect(settings.dateFormat).toBe(defaults.dateFormat);
    expect(settings.rootsKey).toBe(defaults.rootsKey);
    expect(notices()).toHaveLength(1);
    expect(await checklistItems(h)).toBe(6);
  });

  it("a __proto__ key pollutes no object", async () => {
    const data: unknown = JSON.parse('{"__proto__": {"polluted": true, "postsFolder": "evil"}, "postsFolder": "posts"}');
    const h = await createHarness({ files: { [POST]: POST_TEXT }, data });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
    expect(h.plugin.context.settings.postsFolder).toBe("posts");
    expect(await checklistItems(h)).toBe(6);
  });
});
