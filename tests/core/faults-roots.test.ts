// Vault shapes that break naive graph code: no notes, no roots, a root that requires itself, roots that
// require each other in a ring. Each one builds, answers every question, updates incrementally, and
// gives the same answers as a rebuild; nothing recurses or loops.
import { describe, expect, it } from "vitest";
import { dateFnsDates } from "../../src/core/dates/date-fns-dates";
import { parseNote } from "../../src/core/markdown/parse";
import { RootGraph } from "../../src/core/roots/graph";
import { noteInputsFromParses, type RootNoteInput } from "../../src/core/roots/note-input";
import { linkedRootsModel, rootsOverviewModel } from "../../src/core/roots/view-models";
import { defaultSettings } from "../../src/core/settings";
import { parseFrontmatterYaml } from "../../src/cli/vault-files";

const SETTINGS = { ...defaultSettings(), postsFolder: "posts" };
const NOW = new Date(2026, 10, 27).getTime();

function inputs(files: Record<string, string>): RootNoteInput[] {
  return noteInputsFromParses(
    Object.entries(files).map(([path, text]) => {
      const parsed = parseNote(text);
      const frontmatter = parsed.frontmatter ? parseFrontmatterYaml(parsed.frontmatter.yaml).values : {};
      return { path, parsed, frontmatter, mtime: 1_000 };
    }),
  );
}

/** Every question the views and the CLI ask, for every note. */
function askEverything(graph: RootGraph): unknown {
  return {
    snapshot: graph.snapshot(),
    overview: rootsOverviewModel(graph, NOW, "ko", dateFnsDates),
    notes: graph.paths().map((path) => ({
      linked: linkedRootsModel(graph, path, NOW, "en", dateFnsDates),
      missing: graph.missingPrerequisites(path),
      suggestions: graph.suggestions(path),
      posts: graph.postsLinking(path),
      root: graph.root(path),
    })),
  };
}

const root = (number: string, requires: string[], reinforcedBy: string[] = []): string =>
  [
    "---",
    "category: philosophical-root",
    "---",
    `# Root ${number}`,
    "## 전제 조건",
    ...requires.map((link) => `- [[${link}]]`),
    "## Reinforced by",
    ...reinforcedBy.map((link) => `- [[${link}]]`),
    "",
  ].join("\n");

const VAULTS: Record<string, Record<string, string>> = {
  "an empty vault": {},
  "a vault with notes but no roots": {
    "posts/첫 글.md": "---\ntype: process-post\n---\n# 첫 글\n[[없는 노트]]\n",
    "notes/memo.md": "just a memo [[posts/첫 글]]\n",
  },
  "a root that requires and reinforces itself": {
    "root-01-자기.md": root("01", ["root-01-자기"], ["root-01-자기"]),
    "posts/a.md": "---\ntype: process-post\n---\n[[root-01-자기]]\n",
  },
  "two roots that require each other": {
    "root-01-a.md": root("01", ["root-02-b"], ["root-02-b"]),
    "root-02-b.md": root("02", ["root-01-a"], ["root-01-a"]),
    "posts/one.md": "---\ntype: process-post\n---\n[[root-01-a]]\n",
    "posts/both.md": "---\ntype: process-post\n---\n[[root-01-a]] [[root-02-b]]\n",
  },
  "a ring of three roots": {
    "root-01-a.md": root("01", ["root-02-b"]),
    "root-02-b.md": root("02", ["root-03-c"]),
    "root-03-c.md": root("03", ["root-01-a"]),
    "posts/p.md": "---\ntype: process-post\n---\n[[root-02-b]]\n",
  },
};

describe("root graphs of odd vaults", () => {
  it.each(Object.keys(VAULTS))("%s: builds and answers every question", (name) => {
    const graph = RootGraph.build(inputs(VAULTS[name] ?? {}), SETTINGS);
    expect(() => askEverything(graph)).not.toThrow();
  });

  it("an empty vault has no roots, posts, orphans or unresolved links", () => {
    const snapshot = RootGraph.build([], SETTINGS).snapshot();
    expect(snapshot).toEqual({ roots: [], posts: [], orphans: [], unresolvedRootLinks: [] });
  });

  it("a vault without roots lists its post as an orphan", () => {
    const snapshot = RootGraph.build(inputs(VAULTS["a vault with notes but no roots"] ?? {}), SETTINGS).snapshot();
    expect(snapshot.roots).toEqual([]);
    expect(snapshot.orphans).toEqual(["posts/첫 글.md"]);
  });

  it("a root that requires itself is never its own missing prerequisite", () => {
    const graph = RootGraph.build(inputs(VAULTS["a root that requires and reinforces itself"] ?? {}), SETTINGS);
    expect(graph.missingPrerequisites("posts/a.md")).toEqual([]);
    expect(graph.missingPrerequisites("root-01-자기.md")).toEqual([]);
    expect(graph.suggestions("posts/a.md")).toEqual([]);
  });

  it("roots that require each other: a post linking one misses the other, once; linking both misses nothing", () => {
    const graph = RootGraph.build(inputs(VAULTS["two roots that require each other"] ?? {}), SETTINGS);
    expect(graph.missingPrerequisites("posts/one.md").map((entry) => entry.path)).toEqual(["root-02-b.md"]);
    expect(graph.missingPrerequisites("posts/both.md")).toEqual([]);
  });

  it("a ring of three: only the direct prerequisite is missing (no walk around the ring)", () => {
    const graph = RootGraph.build(inputs(VAULTS["a ring of three roots"] ?? {}), SETTINGS);
    expect(graph.missingPrerequisites("posts/p.md").map((entry) => entry.path)).toEqual(["root-03-c.md"]);
  });

  it("a ring kept up to date one note at a time equals a rebuild, as notes are added, renamed and removed", () => {
    const files = { ...VAULTS["a ring of three roots"] } as Record<string, string>;
    const graph = new RootGraph(SETTINGS);
    for (const input of inputs(files)) graph.update(input);
    graph.rename("root-03-c.md", "archive/root-03-c.md");
    files["archive/root-03-c.md"] = files["root-03-c.md"] ?? "";
    delete files["root-03-c.md"];
    for (const input of inputs(files)) graph.update(input);
    graph.remove("root-01-a.md");
    delete files["root-01-a.md"];
    for (const input of inputs(files)) graph.update(input);
    expect(askEverything(graph)).toEqual(askEverything(RootGraph.build(inputs(files), SETTINGS)));
  });
});
