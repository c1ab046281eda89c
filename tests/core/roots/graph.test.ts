import { describe, expect, it } from "vitest";
import { dateFnsDates } from "../../../src/core/dates/date-fns-dates";
import { RootGraph, noteDate } from "../../../src/core/roots/graph";
import type { RootNoteInput } from "../../../src/core/roots/note-input";
import { defaultSettings } from "../../../src/core/settings";
import { DRAFT, GROCERY, OSMU, R02, R03, R04, R05, R07, ROASTING, STUDY, WAITING, ROOTS_VAULT } from "../../fixtures/roots-vault/vault";
import { inputsFromTexts } from "./vault-inputs";


function vaultGraph(): RootGraph {
  return RootGraph.build(inputsFromTexts(ROOTS_VAULT), defaultSettings());
}

const paths = (entries: readonly { path: string }[]): string[] => entries.map((entry) => entry.path);

describe("the root graph of a vault shaped like the user's", () => {
  const graph = vaultGraph();

  it("finds the roots, in number order, whichever setting recognises them", () => {
    expect(paths(graph.roots())).toEqual([R02, R03, R04, R05, R07]);
    expect(graph.roots().map((root) => root.number)).toEqual([2, 3, 4, 5, 7]);
    expect(graph.summary(R04)?.title).toBe("Root 04 - 과정을 나누는 일");
    expect(graph.summary(R07)?.title).toBe("Root 07 - 아카이브 사고");
    expect(graph.isRoot("커뮤니티-메모.md")).toBe(false);
  });

  it("reads each root's prerequisites and reinforcing roots (Korean headings, English headings, frontmatter)", () => {
    expect(paths(graph.root(R04)?.prerequisites ?? [])).toEqual([R02, R05]);
    expect(paths(graph.root(R04)?.reinforcedBy ?? [])).toEqual([R03, R07]);
    expect(paths(graph.root(R02)?.prerequisites ?? [])).toEqual([R05]);
    expect(paths(graph.root(R02)?.reinforcedBy ?? [])).toEqual([R04]);
    expect(paths(graph.root(R05)?.prerequisites ?? [])).toEqual([R02]);
    expect(paths(graph.root(R05)?.reinforcedBy ?? [])).toEqual([R07]);
  });

  it("finds a note's roots through frontmatter lists, aliases, heading links, block embeds and Markdown links", () => {
    expect(paths(graph.rootsOf(ROASTING))).toEqual([R04, R07]);
    expect(paths(graph.rootsOf(OSMU))).toEqual([R02, R04, R05]);
    expect(paths(graph.rootsOf(STUDY))).toEqual([R04]);
    expect(graph.rootsOf(GROCERY)).toEqual([]);
  });

  it("tells a post which prerequisites it misses and which roots would reinforce it", () => {
    expect(graph.missingPrerequisites(ROASTING)).toEqual([
      expect.objectContaining({ path: R02, requiredBy: [R04] }),
      expect.objectContaining({ path: R05, requiredBy: [R04] }),
    ]);
    expect(paths(graph.suggestions(ROASTING))).toEqual([R03]);
    expect(graph.missingPrerequisites(OSMU)).toEqual([]);
    expect(paths(graph.suggestions(OSMU))).toEqual([R03, R07]);
  });

  it("lists the notes linking a root, newest first, with their dates", () => {
    const posts = graph.postsLinking(R04);
    expect(paths(posts)).toEqual([STUDY, OSMU, ROASTING]);
    expect(posts[0]?.date).toBe(Date.UTC(2026, 10, 1));
    expect(posts[1]?.date).toBe(new Date(2026, 2, 10).getTime());
    expect(posts[2]?.date).toBe(new Date(2026, 2, 2).getTime());
    expect(graph.postsLinking(R03)).toEqual([]);
  });

  it("counts a note that links a root as a post, and a marked post that links none as an orphan", () => {
    expect(graph.isPost(STUDY)).toBe(true);
    expect(graph.isPost(GROCERY)).toBe(false);
    expect(graph.isPost(R04)).toBe(false);
    expect(graph.orphans()).toEqual([DRAFT, WAITING]);
  });

  it("reports links to roots that do not exist, from the body and from frontmatter, and nothing else", () => {
    expect(graph.unresolvedRootLinks()).toEqual([
      { from: R04, link: "root-06-현장감" },
      { from: WAITING, link: "root-09-미정" },
    ]);
  });

  it("survives cycles: a root linking itself, two roots requiring each other", () => {
    expect(paths(graph.rootsOf(R05))).toEqual([R02, R07]);
    expect(paths(graph.rootsOf(R02))).toEqual([R04, R05]);
    expect(paths(graph.missingPrerequisites(R02))).toEqual([]);
    expect(paths(graph.missingPrerequisites(R05))).toEqual([]);
    expect(graph.postsLinking(R05).some((post) => post.path === R02)).toBe(false);
  });

  it("gives the JSON contract's snapshot", () => {
    const snapshot = graph.snapshot();
    expect(snapshot.roots.find((root) => root.path === R04)).toEqual({
      path: R04,
      title: "Root 04 - 과정을 나누는 일",
      prerequisites: [R02, R05],
      reinforcedBy: [R03, R07],
      linkedFrom: [STUDY, ROASTING, OSMU],
    });
    expect(paths(snapshot.posts)).toEqual([STUDY, ROASTING, DRAFT, OSMU, WAITING]);
    expect(snapshot.posts.find((post) => post.path === ROASTING)).toEqual({
      path: ROASTING,
      roots: [R04, R07],
      missingPrerequisites: [R02, R05],
    });
    expect(snapshot.orphans).toEqual([DRAFT, WAITING]);
  });
});

describe("changes to the graph", () => {
  it("follows a rename: links elsewhere stop resolving until they are re-resolved", () => {
    const graph = vaultGraph();
    graph.rename(R07, "30-roots/root-07-기록하는-습관.md");
    expect(graph.has(R07)).toBe(false);
    expect(graph.summary("30-roots/root-07-기록하는-습관.md")?.number).toBe(7);
    expect(paths(graph.rootsOf(ROASTING))).toEqual([R04]);
    expect(graph.notesToReresolve(R07)).toEqual(expect.arrayContaining([ROASTING, R04, R05]));
  });

  it("follows a delete", () => {
    const graph = vaultGraph();
    graph.remove(R04);
    expect(paths(graph.rootsOf(STUDY))).toEqual([]);
    expect(graph.isPost(STUDY)).toBe(false);
    expect(graph.orphans()).toEqual([DRAFT, WAITING]);
    expect(paths(graph.rootsOf(ROASTING))).toEqual([R07]);
    expect(paths(graph.roots())).toEqual([R02, R03, R05, R07]);
  });

  it("stops counting a note as a root once its tag is gone", () => {
    const graph = vaultGraph();
    const input = graph.input(R03) as RootNoteInput;
    graph.update({ ...input, path: "30-roots/과도함.md" });
    graph.remove(R03);
    expect(graph.isRoot("30-roots/과도함.md")).toBe(true);
    graph.update({ ...input, path: "30-roots/과도함.md", tags: [] });
    expect(graph.isRoot("30-roots/과도함.md")).toBe(false);
  });

  it("links by path when two notes share a file name", () => {
    const graph = vaultGraph();
    const copy = graph.input(R02) as RootNoteInput;
    graph.update({ ...copy, path: "archive/root-02-의미가치.md" });
    expect(graph.summary(R02)?.linktext).toBe("30-roots/root-02-의미가치");
    graph.remove("archive/root-02-의미가치.md");
    expect(graph.summary(R02)?.linktext).toBe("root-02-의미가치");
  });

  it("leaves out ignored notes", () => {
    const graph = RootGraph.build(inputsFromTexts(ROOTS_VAULT), { ...defaultSettings(), ignoredPaths: ["10-projects"] });
    expect(graph.has(STUDY)).toBe(false);
    expect(paths(graph.postsLinking(R04))).toEqual([OSMU, ROASTING]);
  });
});

describe("noteDate", () => {
  it("reads created or date from frontmatter, else the modification time", () => {
    expect(noteDate({ frontmatter: { created: "2026-03-02" }, mtime: 5 })).toBe(new Date(2026, 2, 2).getTime());
    expect(noteDate({ frontmatter: { date: new Date(Date.UTC(2026, 0, 1)) }, mtime: 5 })).toBe(Date.UTC(2026, 0, 1));
    expect(noteDate({ frontmatter: { created: "언젠가" }, mtime: 5 })).toBe(5);
    expect(noteDate({ frontmatter: {}, mtime: 7 })).toBe(7);
  });

  it("reads other date-times with the date tools' parser, and without one only plain dates", () => {
    const written = { frontmatter: { created: "2026-03-02T14:05", date: "2026-01-01" }, mtime: 5 };
    expect(noteDate(written, dateFnsDates.parse)).toBe(new Date(2026, 2, 2, 14, 5).getTime());
    expect(noteDate(written)).toBe(new Date(2026, 0, 1).getTime());
    expect(noteDate({ frontmatter: { date: "2026-03-02 14:05 KST" }, mtime: 5 }, dateFnsDates.parse)).toBe(5);
    const vault = { "root-01-기록.md": "# 기록\n", "posts/a.md": "---\ncreated: 2026-03-02T14:05\n---\n[[root-01-기록]]\n" };
    const graph = RootGraph.build(inputsFromTexts(vault, 5), defaultSettings(), dateFnsDates.parse);
    expect(graph.postsLinking("root-01-기록.md")).toEqual([{ path: "posts/a.md", date: new Date(2026, 2, 2, 14, 5).getTime() }]);
    expect(RootGraph.build(inputsFromTexts(vault, 5), defaultSettings()).postsLinking("root-01-기록.md")).toEqual([{ path: "posts/a.md", date: 5 }]);
  });
});
