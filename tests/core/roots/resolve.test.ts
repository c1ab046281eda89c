import { describe, expect, it } from "vitest";
import { createResolver } from "../../../src/core/roots/resolve";

const VAULT = [
  "30-roots/root-04-프로세스-공유.md",
  "30-roots/root-02-의미가치.md",
  "10-projects/index.md",
  "40-posts/index.md",
  "40-posts/2026/index.md",
  "Archive/Meeting Notes.md",
  "books/process/프로세스-이코노미.md",
  "attachments/diagram.png",
];

describe("createResolver", () => {
  const resolve = createResolver(VAULT);

  it("resolves an exact vault path, with or without .md", () => {
    expect(resolve("30-roots/root-02-의미가치", "inbox/a.md")).toBe("30-roots/root-02-의미가치.md");
    expect(resolve("30-roots/root-02-의미가치.md", "inbox/a.md")).toBe("30-roots/root-02-의미가치.md");
    expect(resolve("40-posts/index", "10-projects/index.md")).toBe("40-posts/index.md");
  });

  it("resolves a file name case-insensitively from anywhere", () => {
    expect(resolve("root-04-프로세스-공유", "40-posts/p.md")).toBe("30-roots/root-04-프로세스-공유.md");
    expect(resolve("ROOT-04-프로세스-공유", "40-posts/p.md")).toBe("30-roots/root-04-프로세스-공유.md");
    expect(resolve("meeting notes", "x.md")).toBe("Archive/Meeting Notes.md");
    expect(resolve("diagram.png", "x.md")).toBe("attachments/diagram.png");
  });

  it("picks the note nearest to the linking note when several share the name", () => {
    expect(resolve("index", "40-posts/2026/march.md")).toBe("40-posts/2026/index.md");
    expect(resolve("index", "40-posts/draft.md")).toBe("40-posts/index.md");
    expect(resolve("index", "10-projects/study/plan.md")).toBe("10-projects/index.md");
  });

  it("answers every asker for itself when the answer depends on where the link is written", () => {
    // The resolver keeps answers that are the same from anywhere; these are not, asked in turn.
    const once = createResolver(VAULT);
    for (let round = 0; round < 2; round++) {
      expect(once("index", "40-posts/2026/march.md")).toBe("40-posts/2026/index.md");
      expect(once("index", "10-projects/study/plan.md")).toBe("10-projects/index.md");
      expect(once("./index.md", "40-posts/2026/a.md")).toBe("40-posts/2026/index.md");
      expect(once("./index.md", "40-posts/a.md")).toBe("40-posts/index.md");
      expect(once("root-04-프로세스-공유", "40-posts/p.md")).toBe("30-roots/root-04-프로세스-공유.md");
      expect(once("root-09-미정", "p.md")).toBeNull();
    }
  });

  it("resolves a partial path by its ending", () => {
    expect(resolve("process/프로세스-이코노미", "x.md")).toBe("books/process/프로세스-이코노미.md");
    expect(resolve("other/프로세스-이코노미", "x.md")).toBeNull();
  });

  it("resolves relative paths of Markdown links", () => {
    expect(resolve("../30-roots/root-02-의미가치.md", "40-posts/p.md")).toBe("30-roots/root-02-의미가치.md");
    expect(resolve("./index.md", "40-posts/2026/a.md")).toBe("40-posts/2026/index.md");
  });

  it("compares names in NFC: a decomposed file name answers a composed link and the other way round", () => {
    const stored = "30-roots/root-07-아카이브-사고.md".normalize("NFD");
    const nfd = createResolver([stored]);
    expect(nfd("root-07-아카이브-사고", "p.md")).toBe(stored);
    expect(nfd("30-roots/root-07-아카이브-사고", "p.md")).toBe(stored);
    expect(resolve("root-02-의미가치".normalize("NFD"), "p.md")).toBe("30-roots/root-02-의미가치.md");
  });

  it("answers null for names that match nothing", () => {
    expect(resolve("root-09-미정", "p.md")).toBeNull();
    expect(resolve("", "p.md")).toBeNull();
    expect(createResolver([])("anything", "p.md")).toBeNull();
  });
});
