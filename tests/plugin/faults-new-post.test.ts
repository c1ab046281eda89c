// "New process post" under faults: another writer (a sync, another device) creates the file between
// the name check and the create; the posts folder is a file; the template note is missing or cannot
// be read. Each ends in a post at a free name or a notice saying why not — nothing is overwritten.
import { describe, expect, it } from "vitest";
import { createProcessPost } from "../../src/plugin/commands/create-post";
import { clearNotices, createHarness, notices, settle, type Harness } from "./harness";

type Create = (path: string, data: string) => Promise<unknown>;

function vaultCreate(h: Harness): { get: () => Create; set: (create: Create) => void } {
  const vault = h.app.vault as unknown as { create: Create };
  return { get: () => vault.create.bind(h.app.vault), set: (create) => void (vault.create = create) };
}

describe("New process post when the vault changes or is in the way", () => {
  it("someone else creates the file between the name check and the create: the post takes the next free name", async () => {
    const h = await createHarness({ files: { "posts/": "" }, language: "ko", data: { postsFolder: "posts" } });
    const create = vaultCreate(h);
    const original = create.get();
    const theirs = "다른 기기에서 먼저 만든 글\n";
    let raced = false;
    create.set(async (path, data) => {
      if (!raced && path === "posts/원두 고르기.md") {
        raced = true;
        await original(path, theirs); // the other writer wins the race…
        throw new Error("File already exists."); // …so our create fails, as Obsidian's does
      }
      return original(path, data);
    });
    const file = await createProcessPost(h.plugin.context, { title: "원두 고르기", roots: [], folder: "posts" });
    await settle();
    expect(raced).toBe(true);
    expect(file?.path).toBe("posts/원두 고르기 1.md");
    expect(await h.read("posts/원두 고르기.md")).toBe(theirs);
    expect(await h.read("posts/원두 고르기 1.md")).toContain("원두 고르기");
  });

  it("the create fails for another reason: a notice, and no file is claimed", async () => {
    const h = await createHarness({ files: { "posts/": "" }, language: "en", data: { postsFolder: "posts" } });
    vaultCreate(h).set(() => Promise.reject(new Error("EROFS: read-only file system")));
    clearNotices();
    const file = await createProcessPost(h.plugin.context, { title: "Bench", roots: [], folder: "posts" });
    expect(file).toBeNull();
    expect(notices().some((message) => message.includes("EROFS"))).toBe(true);
    expect(h.app.vault.getFileByPath("posts/Bench.md")).toBeNull();
  });

  it("the posts folder is a file: a notice naming it, nothing created, the file untouched", async () => {
    const h = await createHarness({ files: { posts: "not a folder" }, language: "en", data: { postsFolder: "posts" } });
    clearNotices();
    const before = h.app.vault.getFiles().map((file) => file.path);
    const file = await createProcessPost(h.plugin.context, { title: "Bench", roots: [], folder: "posts" });
    expect(file).toBeNull();
    expect(notices()).toEqual(['"posts" is a file, not a folder. Choose another folder for new posts.']);
    expect(h.app.vault.getFiles().map((entry) => entry.path)).toEqual(before);
    expect(await h.read("posts")).toBe("not a folder");
  });

  it("a folder below a file: refused the same way", async () => {
    const h = await createHarness({ files: { "notes.md": "x" }, language: "en" });
    clearNotices();
    const file = await createProcessPost(h.plugin.context, { title: "Bench", roots: [], folder: "notes.md/drafts" });
    expect(file).toBeNull();
    expect(notices().join(" ")).toContain("notes.md");
    expect(await h.read("notes.md")).toBe("x");
  });

  it("the template note is missing: a notice naming it, and the post uses the built-in template", async () => {
    const h = await createHarness({ files: {}, language: "ko", data: { templatePath: "templates/과정 글" } });
    clearNotices();
    const file = await createProcessPost(h.plugin.context, { title: "유리컵", roots: [], folder: "" });
    expect(file?.path).toBe("유리컵.md");
    expect(notices().some((message) => message.includes("templates/과정 글"))).toBe(true);
    expect(await h.read("유리컵.md")).toContain("유리컵");
  });

  it("the template note cannot be read: a notice naming it, and the post uses the built-in template", async () => {
    const h = await createHarness({ files: { "templates/과정 글.md": "# {{title}}\n" }, language: "en", data: { templatePath: "templates/과정 글" } });
    const vault = h.app.vault as unknown as { cachedRead: (file: { path: string }) => Promise<string> };
    const original = vault.cachedRead.bind(h.app.vault);
    vault.cachedRead = (file) => (file.path.startsWith("templates/") ? Promise.reject(new Error("EACCES: permission denied")) : original(file));
    clearNotices();
    const file = await createProcessPost(h.plugin.context, { title: "Bench", roots: [], folder: "" }).catch((error: unknown) => {
      throw new Error(`createProcessPost threw instead of explaining: ${String(error)}`);
    });
    expect(notices().some((message) => message.includes("templates/과정 글"))).toBe(true);
    expect(file?.path).toBe("Bench.md");
  });
});
