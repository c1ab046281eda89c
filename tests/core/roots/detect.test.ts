import { describe, expect, it } from "vitest";
import { CLASSIFIER_SETTING_KEYS, classifierSettingsKey, compileRootPattern, createNoteClassifier, rootTitle } from "../../../src/core/roots/detect";
import { defaultSettings, type Settings } from "../../../src/core/settings";

function note(path: string, frontmatter: Record<string, unknown> = {}, tags: string[] = []) {
  return { path, frontmatter, tags, headings: [] as { line: number; level: number; text: string }[] };
}

function classifier(overrides: Partial<Settings> = {}) {
  return createNoteClassifier({ ...defaultSettings(), ...overrides });
}

describe("a note is a root", () => {
  const byDefault = classifier();

  it("by the root tag in the body or in frontmatter tags (list or text, with or without #)", () => {
    expect(byDefault.isRoot(note("Inside out.md", {}, ["root"]))).toBe(true);
    expect(byDefault.isRoot(note("인사이드 아웃.md", {}, ["#Root"]))).toBe(true);
    expect(byDefault.isRoot(note("인사이드 아웃.md", { tags: ["철학", "root"] }))).toBe(true);
    expect(byDefault.isRoot(note("Inside out.md", { tags: "philosophy, root" }))).toBe(true);
    expect(byDefault.isRoot(note("Inside out.md", { tags: "#root/philosophy" }))).toBe(true);
  });

  it("not by a tag that only starts like the root tag", () => {
    expect(byDefault.isRoot(note("Roots of a tree.md", { tags: ["rooted", "roots"] }, ["rootless"]))).toBe(false);
  });

  it("by the category key and value", () => {
    expect(byDefault.isRoot(note("의미가치.md", { category: "philosophical-root" }))).toBe(true);
    expect(byDefault.isRoot(note("Meaning.md", { category: ["essay", "Philosophical-Root"] }))).toBe(true);
    expect(byDefault.isRoot(note("Meaning.md", { category: "essay" }))).toBe(false);
    expect(byDefault.isRoot(note("Meaning.md", { kind: "philosophical-root" }))).toBe(false);
  });

  it("by the file-name pattern, on the file name only and in NFC", () => {
    expect(byDefault.isRoot(note("30-roots/root-04-프로세스-공유.md"))).toBe(true);
    expect(byDefault.isRoot(note("Root-11 Presence.md"))).toBe(true);
    expect(byDefault.isRoot(note("root-notes/my-root-04.md"))).toBe(false);
    expect(byDefault.isRoot(note("rooted-04.md"))).toBe(false);
    const hangulPattern = classifier({ rootFileNamePattern: "^루트-\\d+" });
    expect(hangulPattern.isRoot(note("루트-02 의미가치.md"))).toBe(true);
    expect(hangulPattern.isRoot(note("루트-02 의미가치.md".normalize("NFD")))).toBe(true);
    expect(classifier({ rootFileNamePattern: "^루트-\\d+".normalize("NFD") }).isRoot(note("루트-02.md"))).toBe(true);
    expect(hangulPattern.isRoot(note("뿌리-02.md"))).toBe(false);
  });

  it("by the roots folder, when one is set", () => {
    const folder = classifier({ rootsFolder: "/Philosophy/" });
    expect(folder.isRoot(note("Philosophy/Inside out.md"))).toBe(true);
    expect(folder.isRoot(note("Philosophy/sub/현장감.md"))).toBe(true);
    expect(folder.isRoot(note("Philosophy-drafts/idea.md"))).toBe(false);
    expect(byDefault.isRoot(note("Philosophy/Inside out.md"))).toBe(false);
  });

  it("never by an empty or broken setting", () => {
    const nothing = classifier({ rootTag: "", rootCategoryValue: "", rootFileNamePattern: "", rootsFolder: "" });
    expect(nothing.isRoot(note("root-04.md", { tags: ["root"], category: "" }, ["root"]))).toBe(false);
    expect(compileRootPattern("^root-(\\d+")).toBeNull();
    expect(classifier({ rootFileNamePattern: "^root-(\\d+" }).isRoot(note("root-04.md"))).toBe(false);
  });
});

describe("a note is a process post", () => {
  it("by the marker in frontmatter", () => {
    const rules = classifier();
    expect(rules.isPost(note("로스팅 일지.md", { type: "process-post" }))).toBe(true);
    expect(rules.isPost(note("Weekly log.md", { type: ["journal", "process-post"] }))).toBe(true);
    expect(rules.isPost(note("Weekly log.md", { type: "journal" }))).toBe(false);
  });

  it("by the posts folder, only when one is set", () => {
    expect(classifier({ postsFolder: "40-posts" }).isPost(note("40-posts/일지.md"))).toBe(true);
    expect(classifier().isPost(note("40-posts/일지.md"))).toBe(false);
  });
});

describe("ignored paths", () => {
  it("cover a note and everything in a folder", () => {
    const rules = classifier({ ignoredPaths: ["templates", "inbox/scratch.md"] });
    expect(rules.isIgnored("templates/root-01.md")).toBe(true);
    expect(rules.isIgnored("inbox/scratch.md")).toBe(true);
    expect(rules.isIgnored("inbox/other.md")).toBe(false);
  });
});

describe("number and title of a root", () => {
  const rules = classifier();

  it("takes the number from the file name, else from the title", () => {
    expect(rules.rootNumber(note("root-04-프로세스-공유.md"))).toBe(4);
    expect(rules.rootNumber({ ...note("인사이드 아웃.md", { title: "Root 05 - 인사이드 아웃" }) })).toBe(5);
    expect(rules.rootNumber({ ...note("Presence.md"), headings: [{ line: 1, level: 1, text: "Root-12: Presence" }] })).toBe(12);
    expect(rules.rootNumber(note("현장감.md", { title: "현장감" }))).toBeNull();
  });

  it("takes the title from frontmatter, else the first top-level heading, else the file name", () => {
    expect(rootTitle(note("root-04.md", { title: "Root 04 - 과정 공유" }))).toBe("Root 04 - 과정 공유");
    expect(
      rootTitle({ ...note("root-04.md"), headings: [{ line: 1, level: 2, text: "Intro" }, { line: 3, level: 1, text: "Root 04" }] }),
    ).toBe("Root 04");
    expect(rootTitle(note("30-roots/root-04-프로세스-공유.md", { title: "  " }))).toBe("root-04-프로세스-공유");
  });
});

describe("tags in every place Obsidian reads them", () => {
  it("frontmatter tag or tags, lists or text, any case, body tags with #", () => {
    const rules = classifier();
    expect(rules.isRoot(note("a.md", { tag: "single Root" }))).toBe(true);
    expect(rules.isRoot(note("a.md", { tags: ["Process", "#ROOT"] }))).toBe(true);
    expect(rules.isRoot(note("a.md", { tags: "process,root" }))).toBe(true);
    expect(rules.isRoot(note("a.md", {}, ["#Root/철학"]))).toBe(true);
    expect(rules.isRoot(note("a.md", { tags: ["process", 3, null] }, ["#process"]))).toBe(false);
  });
});

describe("classifierSettingsKey: what the root graph must be rebuilt for", () => {
  /** A different value of the same type as the setting's. */
  function changed(value: unknown): unknown {
    if (typeof value === "string") return `${value}-바뀜`;
    if (typeof value === "boolean") return !value;
    if (Array.isArray(value)) return [...(value as unknown[]), "folder/바뀜"];
    if (value !== null && typeof value === "object") return { ...value, extra: "changed" };
    throw new Error(`no change for ${String(value)}`);
  }

  const keys = Object.keys(defaultSettings()) as (keyof Settings)[];

  it.each(keys)("changes with %s exactly when the classifier reads it", (key) => {
    const before = defaultSettings();
    const after = { ...before, [key]: changed(before[key]) };
    const readByClassifier = (CLASSIFIER_SETTING_KEYS as readonly string[]).includes(key);
    expect(classifierSettingsKey(after) !== classifierSettingsKey(before)).toBe(readByClassifier);
  });

  it("reads the settings that recognise roots, posts and ignored notes, and not the checklist's or the scaffold's", () => {
    expect([...CLASSIFIER_SETTING_KEYS].sort()).toEqual(
      ["ignoredPaths", "postMarkerKey", "postMarkerValue", "postsFolder", "rootCategoryKey", "rootCategoryValue", "rootFileNamePattern", "rootTag", "rootsFolder"].sort(),
    );
    const before = defaultSettings();
    const edited = { ...before, extraWords: { ...before.extraWords, why: "because, 때문에" }, dateFormat: "yyyy.MM.dd", templatePath: "t.md" };
    expect(classifierSettingsKey(edited)).toBe(classifierSettingsKey(before));
    // Lists compare by content, and one entry "a,b" is not the two entries "a" and "b".
    expect(classifierSettingsKey({ ...before, ignoredPaths: ["a", "b"] })).toBe(classifierSettingsKey({ ...before, ignoredPaths: ["a", "b"] }));
    expect(classifierSettingsKey({ ...before, ignoredPaths: ["a,b"] })).not.toBe(classifierSettingsKey({ ...before, ignoredPaths: ["a", "b"] }));
  });
});
