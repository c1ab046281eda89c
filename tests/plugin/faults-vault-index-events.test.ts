// The plugin's root index is kept current from Obsidian's events one note at a time. After any
// sequence of creates, edits, renames and deletes, what it answers equals what a full rebuild from the
// same vault answers. (tests/core/roots/graph-incremental.test.ts checks the core graph alone; this
// checks the adapter's event handling around it.) Folder renames are left out: the mocks' metadata
// cache does not move the notes of a renamed folder, so a rebuild there would read no metadata.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { VaultIndex } from "../../src/plugin/vault-index";
import { createHarness, settle, type Harness } from "./harness";

const INDEX_RUNS = 120;

const NAMES = ["root-01-기록", "root-02-share", "글", "log", "Root-01-기록"];
const FOLDERS = ["", "roots/", "posts/", "archive/old/"];
const LINKS = ["root-01-기록", "root-02-share", "roots/root-01-기록", "글", "log", "root-09-없음", "root-02-share|공유", "root-01-기록#과정"];

const noteText = fc
  .record({
    category: fc.boolean(),
    post: fc.boolean(),
    roots: fc.subarray(LINKS, { maxLength: 2 }),
    prerequisites: fc.subarray(LINKS, { maxLength: 2 }),
    body: fc.subarray(LINKS, { maxLength: 3 }),
  })
  .map(({ category, post, roots, prerequisites, body }) => {
    const frontmatter = [
      category ? "category: philosophical-root" : "",
      post ? "type: process-post" : "",
      roots.length > 0 ? `roots: ${JSON.stringify(roots.map((link) => `[[${link}]]`))}` : "",
    ].filter((line) => line !== "");
    return [
      "---",
      ...(frontmatter.length > 0 ? frontmatter : ["title: 노트"]),
      "---",
      "## 전제 조건",
      ...prerequisites.map((link) => `- [[${link}]]`),
      "## 본문",
      body.map((link) => `[[${link}]]`).join(" "),
      "",
    ].join("\n");
  });

type Operation =
  | { kind: "create"; path: string; text: string }
  | { kind: "modify"; at: number; text: string }
  | { kind: "rename"; at: number; to: string }
  | { kind: "delete"; at: number };

const notePath = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([folder, name]) => `${folder}${name}.md`);
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant("create" as const), path: notePath, text: noteText }),
  fc.record({ kind: fc.constant("modify" as const), at: fc.nat(), text: noteText }),
  fc.record({ kind: fc.constant("rename" as const), at: fc.nat(), to: notePath }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
);

function indexOf(h: Harness): VaultIndex {
  return h.plugin.context.rootCatalog as unknown as VaultIndex;
}

/** How many operations really changed the vault, over the whole run (so skipped ones can't hide a gap). */
const applied: Record<Operation["kind"], number> = { create: 0, modify: 0, rename: 0, delete: 0 };

async function apply(h: Harness, change: Operation): Promise<void> {
  const { vault } = h.app;
  const files = vault.getMarkdownFiles().sort((a, b) => a.path.localeCompare(b.path));
  const pick = (at: number) => files[at % Math.max(files.length, 1)];
  const free = (path: string): boolean => vault.getAbstractFileByPathInsensitive__(path) === null;
  if (change.kind === "create") {
    if (!free(change.path)) return;
    const folder = change.path.slice(0, change.path.lastIndexOf("/"));
    if (folder !== "" && !vault.getFolderByPath(folder)) await vault.createFolder(folder).catch(() => undefined);
    await vault.create(change.path, change.text);
    applied.create++;
  } else if (change.kind === "modify") {
    const file = pick(change.at);
    if (!file) return;
    await vault.modify(file, change.text);
    applied.modify++;
  } else if (change.kind === "rename") {
    const file = pick(change.at);
    const folder = change.to.slice(0, change.to.lastIndexOf("/"));
    if (!file || !free(change.to)) return;
    // As Obsidian's "Move file to…" does, the folder is made first when it is missing (otherwise
    // few renames would apply and the count below would hang on chance).
    if (folder !== "" && !vault.getFolderByPath(folder)) await vault.createFolder(folder).catch(() => undefined);
    await h.app.fileManager.renameFile(file, change.to);
    applied.rename++;
  } else {
    const file = pick(change.at);
    if (!file) return;
    await vault.delete(file);
    applied.delete++;
  }
  await settle();
}

describe("the plugin's root index follows vault events", () => {
  it(`equals a rebuild after any sequence of creates, edits, renames and deletes (${INDEX_RUNS} sequences)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (operations) => {
        const h = await createHarness({ files: { "roots/": "", "posts/": "", "archive/": "" }, language: "en" });
        const index = indexOf(h);
        for (const change of operations) await apply(h, change);
        const incremental = index.graph?.snapshot();
        await index.rebuild();
        expect(incremental).toEqual(index.graph?.snapshot());
        h.unload();
      }),
      { numRuns: INDEX_RUNS },
    );
    for (const [kind, count] of Object.entries(applied)) expect(count, `${kind} operations applied`).toBeGreaterThan(10);
  }, 60_000);

  // Paths unique regardless of case, as in a vault on a case-insensitive disk (the mocks' vault says so too).
  const startingVault = fc
    .uniqueArray(fc.tuple(notePath, noteText), { minLength: 6, maxLength: 14, selector: ([path]) => path.toLowerCase() })
    .map((entries) => Object.fromEntries(entries));

  it(`equals a rebuild when the vault changes while a build pauses between notes (${INDEX_RUNS} sequences)`, async () => {
    let duringBuild = 0;
    await fc.assert(
      fc.asyncProperty(startingVault, fc.array(operation, { minLength: 1, maxLength: 6 }), async (files, operations) => {
        const h = await createHarness({ files: { "roots/": "", "posts/": "", "archive/": "", ...files }, language: "en" });
        const index = indexOf(h);
        // A pause after every note, so the changes below land in the middle of the build.
        index.slicing = { sliceMs: 0, notesPerClockRead: 1 };
        let built = false;
        const building = index.rebuild().then(() => {
          built = true;
        });
        for (const change of operations) {
          if (!built) duringBuild++;
          await apply(h, change);
        }
        await building;
        const caughtUp = index.graph?.snapshot();
        index.slicing = { sliceMs: Number.POSITIVE_INFINITY, notesPerClockRead: 1 };
        await index.rebuild();
        expect(caughtUp).toEqual(index.graph?.snapshot());
        h.unload();
      }),
      { numRuns: INDEX_RUNS },
    );
    expect(duringBuild, "operations applied while a build was running").toBeGreaterThan(INDEX_RUNS);
  }, 60_000);
});
