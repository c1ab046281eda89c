import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/markdown/parse";

const korean = [
  "---",
  "title: 발효 커피 실험",
  "roots: \"[[root-04-프로세스-공유]]\"",
  "---",
  "# 발효 커피 실험 일지",
  "",
  "## 나의 이야기",
  "처음 [[발효-기초|발효 노트]]를 쓴 건 3월 2일이었다. #실험/커피",
  "",
  "### 세부 기록",
  "1. 원두 200g을 24시간 담갔다",
  "2) 온도를 바꿨다",
  "",
  "## 우리",
  "여러분도 이런 경험 있지 않나요?",
  "나는 왜 이 일을 하는가?",
].join("\n");

const english = [
  "# Building a tiny press",
  "",
  "Day 3: the frame cracked. See [the first log](logs/day%201.md#Setup \"title\") and ![[sketch.png]].",
  "```js",
  "const link = '[[not-a-link]]';",
  "```",
  "What would you change? Visit https://example.com/form today.",
  "<!-- [[hidden]] note",
  "still hidden [[also-hidden]] -->after the comment [[visible]]",
  "Inline `[[code]]` is not a link, nor is %%[[obsidian-comment]]%%.",
].join("\n");

describe("parseNote", () => {
  it("reads Korean frontmatter, headings with sections, links, tags, dates, steps and questions", () => {
    const note = parseNote(korean);
    expect(note.frontmatter).toEqual({ startLine: 1, endLine: 4, yaml: 'title: 발효 커피 실험\nroots: "[[root-04-프로세스-공유]]"' });
    expect(note.lines[1]?.visible).toBe("");
    expect(note.headings.map((h) => [h.text, h.level, h.line, h.sectionEnd])).toEqual([
      ["발효 커피 실험 일지", 1, 5, 16],
      ["나의 이야기", 2, 7, 13],
      ["세부 기록", 3, 10, 13],
      ["우리", 2, 14, 16],
    ]);
    // The frontmatter's wiki link is not a body link.
    expect(note.links).toEqual([{ line: 8, kind: "wiki", original: "[[발효-기초|발효 노트]]", target: "발효-기초", alias: "발효 노트" }]);
    expect(note.tags).toEqual(["실험/커피"]);
    expect(note.datedLines).toEqual([8]);
    expect(note.numberedSteps).toEqual([11, 12]);
    expect(note.questions).toEqual([15]);
    expect(note.bodyStartLine).toBe(5);
  });

  it("masks code, comments and inline code in an English note, keeping links outside them", () => {
    const note = parseNote(english);
    expect(note.frontmatter).toBeNull();
    expect(note.links.map((l) => [l.kind, l.target, l.subpath, l.alias, l.line])).toEqual([
      ["embed", "sketch.png", undefined, undefined, 3],
      ["markdown", "logs/day 1.md", "#Setup", "the first log", 3],
      ["wiki", "visible", undefined, undefined, 9],
    ]);
    expect(note.externalLinks).toEqual([{ line: 7, url: "https://example.com/form" }]);
    expect(note.lines[4]?.visible).toBe("");
    expect(note.lines[7]?.visible.trim()).toBe("");
    expect(note.lines[9]?.visible).not.toContain("code");
    expect(note.lines[9]?.visible).not.toContain("obsidian-comment");
    expect(note.datedLines).toEqual([3]);
    expect(note.questions).toEqual([7]);
  });

  it("handles a BOM, CRLF and lone CR the same as LF", () => {
    const lf = parseNote(korean);
    expect(parseNote("\uFEFF" + korean.replace(/\n/g, "\r\n"))).toEqual(lf);
    expect(parseNote(korean.replace(/\n/g, "\r"))).toEqual(lf);
    expect(parseNote(korean + "\n").lines).toHaveLength(lf.lines.length);
  });

  it("treats frontmatter only at the very start and only when closed", () => {
    expect(parseNote("\n---\na: 1\n---\n").frontmatter).toBeNull();
    const unclosed = parseNote("---\ntitle: x\n# Heading");
    expect(unclosed.frontmatter).toBeNull();
    expect(unclosed.headings.map((h) => h.text)).toEqual(["Heading"]);
    expect(parseNote("---\na: 1\n...\nbody").frontmatter?.endLine).toBe(3);
  });

  it("runs an unclosed fence or comment to the end of the note", () => {
    const fence = parseNote("intro [[a]]\n~~~\n# not a heading\n[[b]]");
    expect(fence.links.map((l) => l.target)).toEqual(["a"]);
    expect(fence.headings).toEqual([]);
    const comment = parseNote("<!-- start\n## hidden\n[[b]]");
    expect(comment.headings).toEqual([]);
    expect(comment.links).toEqual([]);
    const longerFence = parseNote("````\n```\n# inside\n````\n# outside");
    expect(longerFence.headings.map((h) => h.text)).toEqual(["outside"]);
  });

  it("reads headings' closing hashes, Korean and English date forms, and skips non-dates", () => {
    const note = parseNote(
      [
        "## Why now ##",
        "- 2026-03-02 first cut",
        "- 2026.3.4 두 번째",
        "3/5: glued the joints",
        "- 1/2 cup sugar",
        "March 7 — painted",
        "1주차 회고",
        "Week 2 review",
        "version 2.0.1 released",
        "D+10 점검",
      ].join("\n"),
    );
    expect(note.headings[0]?.text).toBe("Why now");
    expect(note.datedLines).toEqual([2, 3, 4, 6, 7, 8, 10]);
  });

  it("is total: any string gives a parse", () => {
    for (const input of ["", "\n", "#", "[[", "[[]]", "[](", "![[x", "`", "<!--", "---", "%%", "[a](<b c>)", "\uFEFF"]) {
      expect(() => parseNote(input)).not.toThrow();
    }
    expect(parseNote("").lines).toEqual([]);
  });

  it("keeps Korean NFD text and odd link shapes intact", () => {
    const nfd = "[[루트]]".normalize("NFD");
    expect(parseNote(nfd).links[0]?.target).toBe("루트".normalize("NFD"));
    const table = parseNote("| [[root-02\\|의미]] | x |");
    expect(table.links[0]).toMatchObject({ target: "root-02", alias: "의미" });
    const block = parseNote("[[note#^abc]] [[#Local heading]]");
    expect(block.links.map((l) => [l.target, l.subpath])).toEqual([
      ["note", "#^abc"],
      ["", "#Local heading"],
    ]);
  });
});
