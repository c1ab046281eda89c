// The plugin's vault index: built from the metadata cache once the layout is ready, then following
// edits, new notes, renames and deletes the way Obsidian reports them.
import { describe, expect, it, vi } from "vitest";
import { VaultIndex } from "../../src/plugin/vault-index";
import { createHarness, settle, type Harness } from "./harness";
import { DRAFT, OSMU, R02, R03, R04, R05, ROASTING, STUDY, WAITING, NFD_NOTE, ROOTS_VAULT } from "../fixtures/roots-vault/vault";

const R07_NFD = NFD_NOTE.normalize("NFD");

/** The user's kind of vault, with one root stored under a decomposed (NFD) file name. */
function vaultFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(ROOTS_VAULT)) files[path === NFD_NOTE ? R07_NFD : path] = text;
  return files;
}

function indexOf(h: Harness): VaultIndex {
  const catalog = h.plugin.context.rootCatalog;
  if (!(catalog instanceof VaultIndex)) throw new Error("The roots feature did not install its index");
  return catalog;
}

function graphOf(h: Harness) {
  const graph = indexOf(h).graph;
  if (!graph) throw new Error("The index is not built");
  return graph;
}

const paths = (entries: readonly { path: string }[]): string[] => entries.map((entry) => entry.path);

describe("the vault index", () => {
  it("waits for the layout, then builds from the metadata cache", async () => {
    const h = await createHarness({ files: vaultFiles(), layoutReady: false });
    expect(indexOf(h).graph).toBeNull();
    expect(h.plugin.context.rootCatalog.listRoots()).toEqual([]);
    h.layoutReady();
    await settle();
    expect(h.plugin.context.rootCatalog.listRoots().map((root) => root.path)).toEqual([R02, "30-roots/root-03-과도함.md", R04, R05, R07_NFD]);
  });

  it("reads links from the body, embeds and frontmatter, an NFD file name included, without reading notes", async () => {
    const h = await createHarness({ files: vaultFiles() });
    const reads: string[] = [];
    const vault = h.obsidianApp.vault;
    const read = vault.read.bind(vault);
    const cachedRead = vault.cachedRead.bind(vault);
    vault.read = (file) => (reads.push(file.path), read(file));
    vault.cachedRead = (file) => (reads.push(file.path), cachedRead(file));
    await indexOf(h).rebuild();
    expect(reads).toEqual([]);
    const graph = graphOf(h);
    expect(paths(graph.rootsOf(ROASTING))).toEqual([R04, R07_NFD]);
    expect(paths(graph.rootsOf(STUDY))).toEqual([R04]);
    expect(paths(graph.root(R04)?.prerequisites ?? [])).toEqual([R02, R05]);
    expect(paths(graph.root(R04)?.reinforcedBy ?? [])).toEqual([R03, R07_NFD]);
    expect(graph.orphans()).toEqual([DRAFT, WAITING]);
    expect(graph.unresolvedRootLinks()).toEqual([
      { from: R04, link: "root-06-현장감" },
      { from: WAITING, link: "root-09-미정" },
    ]);
  });

  it("follows an edit, and tells the views", async () => {
    const h = await createHarness({ files: vaultFiles() });
    let changes = 0;
    h.plugin.context.events.on("index-changed", () => changes++);
    await h.obsidianApp.vault.modify(h.file(DRAFT), "---\ntype: process-post\n---\nNow about [[root-03-과도함]].\n");
    await settle();
    expect(paths(graphOf(h).rootsOf(DRAFT))).toEqual([R03]);
    expect(graphOf(h).orphans()).toEqual([WAITING]);
    expect(changes).toBeGreaterThan(0);
  });

  it("follows a new root that a post was already waiting for", async () => {
    const h = await createHarness({ files: vaultFiles() });
    await h.obsidianApp.vault.create("30-roots/root-09-미정.md", "# Root 09\n\n#root\n");
    await settle();
    const graph = graphOf(h);
    expect(paths(graph.rootsOf(WAITING))).toEqual(["30-roots/root-09-미정.md"]);
    expect(graph.orphans()).toEqual([DRAFT]);
    expect(graph.unresolvedRootLinks()).toEqual([{ from: R04, link: "root-06-현장감" }]);
  });

  it("follows a rename into another folder: links by file name still resolve", async () => {
    const h = await createHarness({ files: vaultFiles() });
    await h.obsidianApp.vault.rename(h.file(R04), "archive/root-04-프로세스-공유.md");
    await settle();
    const graph = graphOf(h);
    expect(graph.has(R04)).toBe(false);
    expect(paths(graph.rootsOf(STUDY))).toEqual(["archive/root-04-프로세스-공유.md"]);
    expect(paths(graph.postsLinking("archive/root-04-프로세스-공유.md")).sort()).toEqual([STUDY, OSMU, ROASTING].sort());
    expect(paths(graph.root("archive/root-04-프로세스-공유.md")?.prerequisites ?? [])).toEqual([R02, R05]);
  });

  it("follows a rename that breaks links, and a delete", async () => {
    const h = await createHarness({ files: vaultFiles() });
    await h.obsidianApp.vault.rename(h.file(R03), "30-roots/과도함.md");
    await settle();
    let graph = graphOf(h);
    expect(graph.isRoot("30-roots/과도함.md")).toBe(true);
    expect(paths(graph.root(R04)?.reinforcedBy ?? [])).toEqual([R07_NFD]);
    expect(graph.unresolvedRootLinks()).toContainEqual({ from: R04, link: "root-03-과도함" });

    await h.obsidianApp.vault.delete(h.file(R02));
    await settle();
    graph = graphOf(h);
    expect(graph.has(R02)).toBe(false);
    expect(paths(graph.rootsOf(OSMU))).toEqual([R04, R05]);
    expect(paths(graph.missingPrerequisites(ROASTING))).toEqual([R05]);
    expect(graph.unresolvedRootLinks()).toContainEqual({ from: R04, link: "root-02-의미가치" });
  });

  it("follows a folder rename, reported once for the folder", async () => {
    const h = await createHarness({ files: vaultFiles() });
    const folder = h.app.vault.getFolderByPath("30-roots");
    if (!folder) throw new Error("no 30-roots folder");
    await h.obsidianApp.vault.rename(folder.asOriginalType__(), "roots");
    await settle();
    const graph = graphOf(h);
    expect(paths(graph.roots())).toEqual([R02, R03, R04, R05, R07_NFD].map((path) => path.replace("30-roots/", "roots/")));
    expect(paths(graph.rootsOf(ROASTING))).toEqual(["roots/root-04-프로세스-공유.md", R07_NFD.replace("30-roots/", "roots/")]);
    expect(paths(graph.rootsOf(OSMU))).toEqual(["roots/root-04-프로세스-공유.md", "roots/root-05-인사이드-아웃.md"]);
  });

  it("rebuilds when the settings that recognise roots change", async () => {
    const h = await createHarness({ files: vaultFiles() });
    h.plugin.context.settings.rootsFolder = "inbox";
    await h.plugin.context.saveSettings();
    expect(graphOf(h).isRoot("inbox/grocery list.md")).toBe(true);
  });
});

describe("the root index builds in slices", () => {
  const many: Record<string, string> = {};
  for (let index = 0; index < 40; index++) many[`notes/note-${String(index).padStart(2, "0")}.md`] = `# Note ${index}\n\n[[root-01-기록]]\n`;
  many["roots/root-01-기록.md"] = "---\ncategory: philosophical-root\n---\n# root-01-기록\n";

  it("keeps answering from the previous graph until the new one is complete, then says so once", async () => {
    const h = await createHarness({ files: many });
    const index = indexOf(h);
    const before = graphOf(h);
    index.slicing = { sliceMs: 0, notesPerClockRead: 1 };
    let changes = 0;
    h.plugin.context.events.on("index-changed", () => changes++);
    const building = index.rebuild();
    await settle();
    expect(index.graph).toBe(before);
    expect(changes).toBe(0);
    await building;
    expect(index.graph).not.toBe(before);
    expect(changes).toBe(1);
    expect(graphOf(h).postsLinking("roots/root-01-기록.md")).toHaveLength(40);
  });

  it("finds the notes of a folder renamed in the middle of a build where they are now", async () => {
    const h = await createHarness({ files: many });
    const index = indexOf(h);
    index.slicing = { sliceMs: 0, notesPerClockRead: 1 };
    const building = index.rebuild();
    await settle();
    const folder = h.app.vault.getFolderByPath("notes");
    if (!folder) throw new Error("no folder");
    await h.app.fileManager.renameFile(folder, "archive");
    await building;
    expect(graphOf(h).paths()).toEqual(h.app.vault.getMarkdownFiles().map((file) => file.path).sort());
    expect(graphOf(h).paths().filter((path) => path.startsWith("notes/"))).toEqual([]);
  });

  it("does not stay 'building' after a build fails, and the next one works", async () => {
    const h = await createHarness({ files: many });
    const index = indexOf(h);
    const before = graphOf(h);
    const failing = vi.spyOn(h.app.metadataCache, "getFileCache").mockImplementationOnce(() => {
      throw new Error("cache unavailable");
    });
    await expect(index.rebuild()).rejects.toThrow("cache unavailable");
    await index.whenBuilt();
    expect(index.graph).toBe(before);
    failing.mockRestore();
    await index.rebuild();
    expect(index.graph).not.toBe(before);
    expect(graphOf(h).size).toBe(41);
  });

  it("never reads the cache of ignored notes, even when it catches up after an edit", async () => {
    const files: Record<string, string> = { ...many };
    for (let index = 0; index < 60; index++) files[`archive/old-${index}.md`] = "# Old\n\n[[root-01-기록]]\n";
    const h = await createHarness({ files, data: { ignoredPaths: ["archive"] } });
    const index = indexOf(h);
    index.slicing = { sliceMs: 0, notesPerClockRead: 1 };
    const reads = vi.spyOn(h.app.metadataCache, "getFileCache");
    const building = index.rebuild();
    await settle();
    await h.obsidianApp.vault.modify(h.file("notes/note-00.md"), "# Note 0\n\nNo link now.\n");
    await building;
    const readPaths = reads.mock.calls.map(([file]) => file.path);
    expect(readPaths.filter((path) => path.startsWith("archive/"))).toEqual([]);
    expect(graphOf(h).postsLinking("roots/root-01-기록.md")).toHaveLength(39);
  });

  it("does not pause while the window is hidden, where timers may run once a second", async () => {
    const h = await createHarness({ files: many });
    const index = indexOf(h);
    const before = graphOf(h);
    index.slicing = { sliceMs: 0, notesPerClockRead: 1 };
    Object.defineProperty(document, "hidden", { get: () => true, configurable: true });
    try {
      const building = index.rebuild();
      // Done before anything else could run: no pause happened.
      expect(index.graph).not.toBe(before);
      await building;
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
    expect(document.hidden).toBe(false);
  });

  it("stops when the plugin unloads", async () => {
    const h = await createHarness({ files: many });
    const index = indexOf(h);
    const before = graphOf(h);
    index.slicing = { sliceMs: 0, notesPerClockRead: 1 };
    const building = index.rebuild();
    const reads = vi.spyOn(h.app.metadataCache, "getFileCache");
    h.unload();
    await building;
    expect(index.graph).toBe(before);
    // It stopped at its next pause instead of reading the other 40 notes for nobody.
    expect(reads.mock.calls.length).toBeLessThanOrEqual(1);
  });
});
