import { describe, expect, it } from "vitest";
import { noteInputFromMetadata } from "../../../src/core/roots/note-input";

const at = (line: number) => ({ start: { line } });

describe("noteInputFromMetadata (what the plugin reads from Obsidian's cache)", () => {
  it("turns links, embeds, frontmatter links, headings and tags into the graph's input", () => {
    const input = noteInputFromMetadata(
      "40-posts/log.md",
      42,
      {
        frontmatter: { type: "process-post", roots: ["[[root-04|과정 공유]]"] },
        tags: [{ tag: "#root" }],
        headings: [{ heading: "전제 조건", level: 2, position: at(4) }],
        links: [
          { link: "root-02#왜", original: "[[root-02#왜|의미]]", position: at(5) },
          { link: "../roots/root%2005.md", original: "[x](../roots/root%2005.md)", position: at(6) },
          { link: "https://example.com", original: "[web](https://example.com)", position: at(7) },
          { link: "#local heading", original: "[[#local heading]]", position: at(8) },
        ],
        embeds: [{ link: "root-07#^quote", position: at(9) }],
        frontmatterLinks: [{ key: "roots.0", link: "root-04" }],
      },
      (linkpath) => (linkpath === "root-09" ? null : `roots/${linkpath}.md`),
    );
    expect(input).toEqual({
      path: "40-posts/log.md",
      frontmatter: { type: "process-post", roots: ["[[root-04|과정 공유]]"] },
      tags: ["#root"],
      headings: [{ line: 5, level: 2, text: "전제 조건" }],
      links: [
        { kind: "frontmatter", line: 0, key: "roots", link: "root-04", target: "roots/root-04.md" },
        { kind: "wiki", line: 6, link: "root-02", target: "roots/root-02.md" },
        { kind: "markdown", line: 7, link: "../roots/root 05.md", target: "roots/../roots/root 05.md.md" },
        { kind: "embed", line: 10, link: "root-07", target: "roots/root-07.md" },
      ],
      mtime: 42,
    });
  });

  it("gives an empty input for a note the cache has not read yet", () => {
    expect(noteInputFromMetadata("a.md", 1, null, () => null)).toEqual({ path: "a.md", frontmatter: {}, tags: [], headings: [], links: [], mtime: 1 });
  });
});
