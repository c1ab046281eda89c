// Property: whatever sequence of creates, edits, renames and deletes a vault goes through, the graph
// kept current one note at a time (re-resolving the notes `notesToReresolve` names, as the plugin
// does) equals a graph built from scratch from the vault as it ends up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/markdown/parse";
import { RootGraph } from "../../../src/core/roots/graph";
import { noteInputFromParse, type RootNoteInput } from "../../../src/core/roots/note-input";
import { createResolver } from "../../../src/core/roots/resolve";
import { defaultSettings } from "../../../src/core/settings";
import { parseFrontmatterYaml } from "../../../src/cli/vault-files";

const SETTINGS = { ...defaultSettings(), postsFolder: "posts" };

const PATHS = [
  "root-01-의미.md",
  "archive/root-01-의미.md",
  "roots/root-02-기록.md",
  "roots/root-03.md",
  "posts/로그.md",
  "posts/log-2.md",
  "a/index.md",
  "b/index.md",
  "notes/잡담.md",
  "notes/deep/root-04-현장.md",
];

const LINKS = [
  "root-01-의미",
  "ROOT-01-의미",
  "root-01-의미".normalize("NFD"),
  "roots/root-02-기록",
  "root-02-기록|기록",
  "root-03#Heading",
  "root-04-현장#^block",
  "index",
  "로그",
  "log-2",
  "root-09-없음",
  "잡담",
];

const HEADINGS = ["## 전제 조건", "## Reinforced by", "## 기록", "### Builds on", "## 강화하는 루트", "# Title", "### 예시"];

const noteText = fc
  .record({
    post: fc.boolean(),
    rootTag: fc.boolean(),
    category: fc.boolean(),
    roots: fc.subarray(LINKS),
    prerequisites: fc.subarray(LINKS, { maxLength: 2 }),
    sections: fc.array(fc.record({ heading: fc.constantFrom(...HEADINGS), links: fc.subarray(LINKS, { maxLength: 3 }) }), {
      maxLength: 4,
    }),
    embed: fc.option(fc.constantFrom(...LINKS), { nil: undefined }),
  })
  .map((note) => {
    const frontmatter = [
      note.post ? "type: process-post" : "",
      note.category ? "category: philosophical-root" : "",
      note.roots.length > 0 ? `roots:\n${note.roots.map((link) => `  - "[[${link}]]"`).join("\n")}` : "",
      note.prerequisites.length > 0 ? `prerequisites: ${JSON.stringify(note.prerequisites.map((link) => `[[${link}]]`))}` : "",
    ].filter((line) => line !== "");
    const body = [
      note.rootTag ? "#root" : "",
      ...note.sections.flatMap((section) => [section.heading, ...section.links.map((link) => `- [[${link}]]`)]),
      note.embed === undefined ? "" : `![[${note.embed}]]`,
    ];
    return `---\n${frontmatter.join("\n")}\n---\n${body.join("\n")}\n`;
  });

type Operation =
  | { kind: "write"; path: string; text: string }
  | { kind: "rename"; from: number; to: string }
  | { kind: "delete"; at: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant("write" as const), path: fc.constantFrom(...PATHS), text: noteText }),
  fc.record({ kind: fc.constant("rename" as const), from: fc.nat(), to: fc.constantFrom(...PATHS) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
);

function inputOf(vault: Map<string, string>, path: string): RootNoteInput {
  const parsed = parseNote(vault.get(path) ?? "");
  const frontmatter = parsed.frontmatter ? parseFrontmatterYaml(parsed.frontmatter.yaml).values : {};
  return noteInputFromParse(path, parsed, frontmatter, 1_000, createResolver([...vault.keys()]));
}

/** Everything the graph answers, for every note. */
function everything(graph: RootGraph) {
  return {
    snapshot: graph.snapshot(),
    roots: graph.roots(),
    notes: graph.paths().map((path) => ({
      input: graph.input(path),
      summary: graph.summary(path),
      root: graph.root(path),
      isPost: graph.isPost(path),
      rootsOf: graph.rootsOf(path),
      missing: graph.missingPrerequisites(path),
      suggestions: graph.suggestions(path),
      posts: graph.postsLinking(path),
      linkers: graph.linkersOf(path),
      reresolve: graph.notesToReresolve(path),
    })),
  };
}

function apply(graph: RootGraph, vault: Map<string, string>, change: Operation): void {
  const reresolve = new Set<string>();
  const existing = [...vault.keys()].sort();
  if (change.kind === "write") {
    const isNew = !vault.has(change.path);
    vault.set(change.path, change.text);
    graph.update(inputOf(vault, change.path));
    if (isNew) graph.notesToReresolve(change.path).forEach((path) => reresolve.add(path));
  } else if (change.kind === "rename") {
    const from = existing[change.from % Math.max(existing.length, 1)];
    if (from === undefined || vault.has(change.to)) return;
    vault.set(change.to, vault.get(from) ?? "");
    vault.delete(from);
    graph.rename(from, change.to);
    for (const path of [from, change.to]) graph.notesToReresolve(path).forEach((entry) => reresolve.add(entry));
    reresolve.add(change.to);
  } else {
    const at = existing[change.at % Math.max(existing.length, 1)];
    if (at === undefined) return;
    vault.delete(at);
    graph.remove(at);
    graph.notesToReresolve(at).forEach((path) => reresolve.add(path));
  }
  for (const path of reresolve) if (vault.has(path)) graph.update(inputOf(vault, path));
}

describe("incremental updates of the root graph", () => {
  it("always equal a full rebuild", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
        const vault = new Map<string, string>();
        const graph = new RootGraph(SETTINGS);
        for (const change of operations) {
          apply(graph, vault, change);
          const rebuilt = RootGraph.build(
            [...vault.keys()].map((path) => inputOf(vault, path)),
            SETTINGS,
          );
          expect(everything(graph)).toEqual(everything(rebuilt));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("is not fooled by a graph that skips re-resolving (the property can fail)", () => {
    const vault = new Map<string, string>([["posts/로그.md", "[[root-01-의미]]\n"]]);
    const graph = RootGraph.build([inputOf(vault, "posts/로그.md")], SETTINGS);
    vault.set("root-01-의미.md", "#root\n");
    graph.update(inputOf(vault, "root-01-의미.md"));
    const rebuilt = RootGraph.build([...vault.keys()].map((path) => inputOf(vault, path)), SETTINGS);
    expect(everything(graph)).not.toEqual(everything(rebuilt));
    graph.notesToReresolve("root-01-의미.md").forEach((path) => graph.update(inputOf(vault, path)));
    expect(everything(graph)).toEqual(everything(rebuilt));
  });

  it("summarises the posts linking a root as postsLinking lists them (count, then the newest)", () => {
    // Posts linking one root (and a root linking it, which does not count), dated from a few days
    // so that some tie and the path decides, as in postsLinking.
    const post = fc.record({ name: fc.constantFrom("가", "나", "a", "b", "c", "다", "z"), folder: fc.constantFrom("", "posts/", "일지/"), day: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.uniqueArray(post, { maxLength: 9, selector: (entry) => entry.folder + entry.name }), (posts) => {
        const vault = new Map<string, string>([["root-01-의미.md", "#root\n"], ["root-02-기록.md", "#root\n[[root-01-의미]]\n"]]);
        for (const entry of posts) vault.set(`${entry.folder}${entry.name}.md`, "[[root-01-의미]]\n");
        const day = new Map(posts.map((entry) => [`${entry.folder}${entry.name}.md`, entry.day]));
        const graph = RootGraph.build(
          [...vault.keys()].map((path) => ({ ...inputOf(vault, path), mtime: (day.get(path) ?? 9) * 86_400_000 })),
          SETTINGS,
        );
        const listed = graph.postsLinking("root-01-의미.md");
        expect(listed).toHaveLength(posts.length);
        expect(graph.linkingSummary("root-01-의미.md")).toEqual({ count: listed.length, latest: listed[0] ?? null });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a snapshot that says what the per-note queries say", () => {
    // The snapshot takes paths straight from the records (a CLI prints it for whole vaults); the
    // queries build summaries and dates. Both must give the same paths in the same orders.
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
        const vault = new Map<string, string>();
        const graph = new RootGraph(SETTINGS);
        for (const change of operations) apply(graph, vault, change);
        const pathsOf = (entries: readonly { path: string }[]): string[] => entries.map((entry) => entry.path);
        const snapshot = graph.snapshot();
        expect(snapshot.posts).toEqual(
          graph
            .paths()
            .filter((path) => graph.isPost(path))
            .map((path) => ({ path, roots: pathsOf(graph.rootsOf(path)), missingPrerequisites: pathsOf(graph.missingPrerequisites(path)) })),
        );
        expect(snapshot.roots).toEqual(
          graph.roots().map((root) => {
            const details = graph.root(root.path);
            return {
              path: root.path,
              title: root.title,
              prerequisites: pathsOf(details?.prerequisites ?? []),
              reinforcedBy: pathsOf(details?.reinforcedBy ?? []),
              linkedFrom: pathsOf(graph.postsLinking(root.path)).sort(),
            };
          }),
        );
      }),
      { numRuns: 150 },
    );
  });
});
