import { describe, expect, it } from "vitest";
import { frontmatterWikiLinks, isAttachmentLink, isExternalLink, linkpathOf, noteBasename } from "../../../src/core/roots/links";

describe("linkpathOf", () => {
  it("strips aliases, headings and block references", () => {
    expect(linkpathOf("root-04-프로세스-공유|과정 공유")).toBe("root-04-프로세스-공유");
    expect(linkpathOf("root-04-프로세스-공유#다른 루트와의 관계")).toBe("root-04-프로세스-공유");
    expect(linkpathOf("Root 02#^quote-1|the quote")).toBe("Root 02");
    expect(linkpathOf("  roots/root-05 ")).toBe("roots/root-05");
  });

  it("composes decomposed Hangul (NFD → NFC)", () => {
    const decomposed = "root-07-아카이브".normalize("NFD");
    expect(decomposed).not.toBe("root-07-아카이브");
    expect(linkpathOf(decomposed)).toBe("root-07-아카이브");
  });

  it("gives an empty path for a link to a heading of the same note", () => {
    expect(linkpathOf("#Why I started")).toBe("");
  });
});

describe("names and kinds of links", () => {
  it("takes the file name without .md", () => {
    expect(noteBasename("30-roots/root-04-프로세스-공유.md")).toBe("root-04-프로세스-공유");
    expect(noteBasename("diagram.png")).toBe("diagram.png");
  });

  it("tells attachments and URLs from notes", () => {
    expect(isAttachmentLink("root-01-diagram.png")).toBe(true);
    expect(isAttachmentLink("root-01-의미")).toBe(false);
    expect(isExternalLink("https://example.com/root-01")).toBe(true);
    expect(isExternalLink("root-01")).toBe(false);
  });
});

describe("frontmatterWikiLinks", () => {
  it("finds wiki links under any key, in strings, lists and nested values", () => {
    const links = frontmatterWikiLinks({
      roots: ["[[root-04-프로세스-공유|과정 공유]]", "[[root-02-의미가치]]"],
      related: "see [[Meeting notes#Week 2]] and [[Plan]]",
      project: { parent: { note: "[[OSMU system]]" } },
      count: 3,
      empty: null,
      title: "No link here",
    });
    expect(links).toEqual([
      { key: "roots", link: "root-04-프로세스-공유" },
      { key: "roots", link: "root-02-의미가치" },
      { key: "related", link: "Meeting notes" },
      { key: "related", link: "Plan" },
      { key: "project", link: "OSMU system" },
    ]);
  });

  it("ignores text that only looks like a link", () => {
    expect(frontmatterWikiLinks({ note: "[[ ]] and [single] and [[unclosed", other: "[[#heading only]]" })).toEqual([]);
  });

  it("survives values that refer to themselves", () => {
    const loop: Record<string, unknown> = { note: "[[root-01]]" };
    loop.self = loop;
    expect(frontmatterWikiLinks({ loop })).toEqual([{ key: "loop", link: "root-01" }]);
  });
});
