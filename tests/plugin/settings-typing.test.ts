// Typing into the settings tab: a word saves once (when typing pauses or the tab closes), the root
// index is rebuilt only for settings that recognise roots, posts or ignored notes, and an open
// report checks the vault once for a burst of changes, not once per change.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createHarness, displaySettings, settle, type Harness, type RenderedSetting } from "./harness";
import { FolderSuggest } from "../../src/plugin/modals/folder-suggest";
import { VaultIndex } from "../../src/plugin/vault-index";
import { REPORT_VIEW_TYPE, ReportView } from "../../src/plugin/views/report-view";

afterEach(() => {
  vi.restoreAllMocks();
});

const FILES = {
  "roots/root-04-프로세스-공유.md": "# root-04-프로세스-공유\n",
  "Philosophy/Inside out.md": "# Inside out\n",
  "posts/kiln.md": "---\ntype: process-post\n---\n# Kiln diary\n\n[[root-04-프로세스-공유]] and [[Inside out]].\n",
  "posts/mugs.md": "# New mugs\n\nFour colours.\n",
};

function find(settings: RenderedSetting[], name: string): RenderedSetting {
  const setting = settings.find((candidate) => candidate.name === name);
  if (!setting) throw new Error(`no setting "${name}" among ${settings.map((s) => s.name).join(", ")}`);
  return setting;
}

/** Types `word` into the component letter by letter, as each key fires onChange with the text so far. */
function typeInto(setting: RenderedSetting, word: string, component = 0): void {
  const target = setting.components[component];
  if (!target) throw new Error(`"${setting.name}" has no component ${component}`);
  for (let length = 1; length <= word.length; length++) target.setValue(word.slice(0, length));
}

function indexOf(h: Harness): VaultIndex {
  const index = h.plugin.context.rootCatalog;
  if (!(index instanceof VaultIndex)) throw new Error("The roots index is not there");
  return index;
}

function closeSettings(h: Harness): void {
  const tab = h.mockPlugin.settingTabs__[0];
  if (!tab) throw new Error("The plugin added no settings tab");
  tab.hide();
}

/** A vault of 30 process posts with the "process posts" report open on it. */
async function reportOnThirtyPosts(): Promise<{ h: Harness; view: ReportView }> {
  const files: Record<string, string> = {};
  for (let index = 0; index < 30; index++) files[`posts/post-${index}.md`] = `---\ntype: process-post\n---\n# Post ${index}\n`;
  const h = await createHarness({ files });
  await h.runCommand("check-all-posts");
  await settle();
  const [view] = h.views<ReportView>(REPORT_VIEW_TYPE);
  if (!(view instanceof ReportView)) throw new Error("The report did not open");
  return { h, view };
}

describe("typing into the settings", () => {
  it("saves a typed word once, when the settings tab closes, with the whole word", async () => {
    const h = await createHarness({ files: FILES });
    const saves = vi.spyOn(h.plugin, "saveData");
    const settings = await displaySettings(h);
    typeInto(find(settings, "Extra words: Why"), "because, 때문에");
    expect(saves).not.toHaveBeenCalled();
    // The checklist already uses the words: settings change in memory at once, only the save waits.
    expect(h.plugin.context.settings.extraWords.why).toBe("because, 때문에");
    closeSettings(h);
    await settle();
    expect(saves).toHaveBeenCalledTimes(1);
    expect(saves.mock.calls[0]?.[0]).toMatchObject({ extraWords: { why: "because, 때문에" } });
  });

  it("saves by itself once typing pauses", async () => {
    const h = await createHarness({ files: FILES });
    const saves = vi.spyOn(h.plugin, "saveData");
    typeInto(find(await displaySettings(h), "Date format"), "yyyy.MM.dd");
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(saves).toHaveBeenCalledTimes(1);
    expect(h.plugin.context.settings.dateFormat).toBe("yyyy.MM.dd");
  });

  it("saves once when a toggle follows typing, with both changes", async () => {
    const h = await createHarness({ files: FILES });
    const saves = vi.spyOn(h.plugin, "saveData");
    const settings = await displaySettings(h);
    typeInto(find(settings, "Extra words: Why"), "because");
    find(settings, "Why").components[0]?.setValue(false as unknown as string);
    await settle();
    expect(saves).toHaveBeenCalledTimes(1);
    expect(saves.mock.calls[0]?.[0]).toMatchObject({ extraWords: { why: "because" }, enabledItems: { why: false } });
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(saves).toHaveBeenCalledTimes(1);
  });

  it("saves nothing when the settings close with nothing typed", async () => {
    const h = await createHarness({ files: FILES });
    const saves = vi.spyOn(h.plugin, "saveData");
    await displaySettings(h);
    closeSettings(h);
    await settle();
    expect(saves).not.toHaveBeenCalled();
  });

  it("saves a folder picked from the suggestions at once, and not again after the pause", async () => {
    const { AbstractInputSuggest } = await import("obsidian-test-mocks/obsidian");
    const suggests: unknown[] = [];
    const proto = AbstractInputSuggest.prototype as unknown as { constructor2__: (...args: unknown[]) => void };
    const original = proto.constructor2__;
    proto.constructor2__ = function (this: unknown, ...args: unknown[]) {
      suggests.push(this);
      original.apply(this, args);
    };
    const h = await createHarness({ files: FILES });
    const saves = vi.spyOn(h.plugin, "saveData");
    let settings: RenderedSetting[];
    try {
      settings = await displaySettings(h);
    } finally {
      proto.constructor2__ = original;
    }
    typeInto(find(settings, "Posts folder"), "pos");
    const folderSuggest = suggests.find((suggest): suggest is FolderSuggest => suggest instanceof FolderSuggest);
    const posts = h.app.vault.getFolderByPath("posts");
    if (!folderSuggest || !posts) throw new Error("no folder suggestions");
    folderSuggest.selectSuggestion(posts.asOriginalType2__());
    await settle();
    expect(saves).toHaveBeenCalledTimes(1);
    expect(h.plugin.context.settings.postsFolder).toBe("posts");
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(saves).toHaveBeenCalledTimes(1);
  });

  it("keeps the root index as it is for extra words, formats and default roots", async () => {
    const h = await createHarness({ files: FILES });
    const index = indexOf(h);
    const before = index.graph;
    expect(before).not.toBeNull();
    const settings = await displaySettings(h);
    typeInto(find(settings, "Extra words: Failures and pivots"), "broke, 망했");
    typeInto(find(settings, "Date format"), "YYYY-MM-DD");
    typeInto(find(settings, "Default roots"), "root-04-프로세스-공유");
    closeSettings(h);
    await settle();
    expect(index.graph).toBe(before);
  });

  it("rebuilds the root index once for a typed roots folder or posts folder, and then knows the new roots", async () => {
    const h = await createHarness({ files: FILES });
    const index = indexOf(h);
    const build = vi.spyOn(index, "rebuild");
    const settings = await displaySettings(h);
    typeInto(find(settings, "Roots folder"), "Philosophy");
    closeSettings(h);
    await settle();
    expect(build).toHaveBeenCalledTimes(1);
    expect(index.listRoots().map((root) => root.path)).toContain("Philosophy/Inside out.md");

    typeInto(find(settings, "Posts folder"), "posts");
    closeSettings(h);
    await settle();
    expect(build).toHaveBeenCalledTimes(2);
    // mugs.md has no marker: it is a post now because it lies in the posts folder.
    expect(index.graph?.orphans()).toContain("posts/mugs.md");
  });

  it("lets an open report check the vault once for a burst of changes, not once per change", async () => {
    const { h, view } = await reportOnThirtyPosts();
    const reads = vi.spyOn(h.app.vault, "cachedRead");
    for (let change = 0; change < 5; change++) h.plugin.context.events.trigger("settings-changed");
    await settle();
    // The last refresh reads the 30 posts; each one it replaced stopped after its first note.
    expect(reads.mock.calls.length).toBeLessThanOrEqual(30 + 4);
    expect(view.contentEl.querySelectorAll(".process-sharing-report-row")).toHaveLength(30);
  });

  it("stops the report's check of the vault when the report is closed", async () => {
    const { h, view } = await reportOnThirtyPosts();
    const reads = vi.spyOn(h.app.vault, "cachedRead");
    h.plugin.context.events.trigger("settings-changed");
    view.leaf.detach();
    await settle();
    expect(reads.mock.calls.length).toBeLessThanOrEqual(1);
  });
});
