// The harness must behave like Obsidian where our features depend on it; these tests pin that down.
import { describe, expect, it } from "vitest";
import { MarkdownView } from "obsidian";
import { createHarness } from "./harness";

describe("the in-memory Obsidian", () => {
  it("opens a note in a Markdown view with its text in the editor and fires file-open", async () => {
    const h = await createHarness({ files: { "posts/글.md": "# 제목\n본문" } });
    const opened: string[] = [];
    h.obsidianApp.workspace.on("file-open", (file) => opened.push(file?.path ?? ""));
    const view = await h.openNote("posts/글.md");
    expect(view.editor.getValue()).toBe("# 제목\n본문");
    expect(h.obsidianApp.workspace.getActiveViewOfType(MarkdownView)).toBe(view);
    expect(h.obsidianApp.workspace.getActiveFile()?.path).toBe("posts/글.md");
    expect(opened).toEqual(["posts/글.md"]);
  });

  it("fires editor-change when the user types", async () => {
    const h = await createHarness({ files: { "a.md": "one" } });
    await h.openNote("a.md");
    let changes = 0;
    h.obsidianApp.workspace.on("editor-change", () => changes++);
    h.type("\ntwo");
    expect(h.activeMarkdownView().editor.getValue()).toBe("one\ntwo");
    expect(changes).toBe(1);
  });

  it("refuses to create a file over an existing one", async () => {
    const h = await createHarness({ files: { "a.md": "keep me" } });
    await expect(h.obsidianApp.vault.create("a.md", "new")).rejects.toThrow(/exists/);
    expect(await h.read("a.md")).toBe("keep me");
  });

  it("resolves links by basename, case-insensitively and in NFC, and reports deletes and renames", async () => {
    const nfd = "root-04-프로세스".normalize("NFD");
    const h = await createHarness({
      files: { [`roots/${nfd}.md`]: "# root", "post.md": "[[ROOT-04-프로세스]]" },
    });
    const cache = h.obsidianApp.metadataCache;
    expect(cache.getFirstLinkpathDest("root-04-프로세스", "post.md")?.path).toBe(`roots/${nfd}.md`);
    const events: string[] = [];
    cache.on("deleted", (file) => events.push(`deleted ${file.path}`));
    cache.on("resolved", () => events.push("resolved"));
    await h.obsidianApp.vault.rename(h.file("post.md"), "글/post.md");
    expect(cache.getCache("글/post.md")).not.toBeNull();
    expect(cache.resolvedLinks["post.md"]).toBeUndefined();
    await h.obsidianApp.vault.delete(h.file("글/post.md"));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toContain("deleted 글/post.md");
    expect(events).toContain("resolved");
    expect(cache.getCache("글/post.md")).toBeNull();
  });
});
