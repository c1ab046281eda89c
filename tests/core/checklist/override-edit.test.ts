import { describe, expect, it } from "vitest";
import { setOverrideInText } from "../../../src/core/checklist/override-edit";
import { manualOverrides } from "../../../src/core/checklist/registry";
import { parseNote } from "../../../src/core/markdown/parse";
import { parse } from "yaml";

const overridesOf = (text: string): string[] => {
  const yaml = parseNote(text).frontmatter?.yaml ?? "";
  return [...manualOverrides(parse(yaml) as Record<string, unknown>)];
};

describe("setOverrideInText", () => {
  it("adds the key at the end of the frontmatter, keeping comments, quoting and the body", () => {
    const text = "---\n# 발행 전에 다시 읽기\ntitle: \"유리컵\" # 가제\ntags: [공예]\n---\n본문\n";
    const marked = setOverrideInText(text, "why", true);
    expect(marked).toBe("---\n# 발행 전에 다시 읽기\ntitle: \"유리컵\" # 가제\ntags: [공예]\nprocess-checklist:\n  why: true\n---\n본문\n");
    expect(setOverrideInText(marked, "why", false)).toBe(text);
  });

  it("adds and removes entries inside an existing block, in its indentation", () => {
    const text = "---\nprocess-checklist:\n    archive: true # by hand\ntitle: x\n---\nbody";
    const both = setOverrideInText(text, "failures", true);
    expect(both).toBe("---\nprocess-checklist:\n    archive: true # by hand\n    failures: true\ntitle: x\n---\nbody");
    expect(overridesOf(both)).toEqual(["failures", "archive"]);
    expect(setOverrideInText(both, "failures", false)).toBe(text);
    expect(setOverrideInText(text, "archive", false)).toBe("---\ntitle: x\n---\nbody");
    expect(setOverrideInText("---\nprocess-checklist:\n  why: false\n---\n", "why", true)).toBe("---\nprocess-checklist:\n  why: true\n---\n");
  });

  it("rewrites a flow mapping as a block with the same entries", () => {
    const text = "---\nprocess-checklist: {archive: true}\ntitle: x\n---\n";
    const marked = setOverrideInText(text, "why", true);
    expect(marked).toBe("---\nprocess-checklist:\n  archive: true\n  why: true\ntitle: x\n---\n");
    expect(setOverrideInText("---\nprocess-checklist: {why: true}\n---\n", "why", false)).toBe("---\n---\n");
  });

  it("gives a note without frontmatter one, and keeps CRLF and a BOM", () => {
    expect(setOverrideInText("# 글\n본문", "archive", true)).toBe("---\nprocess-checklist:\n  archive: true\n---\n# 글\n본문");
    expect(setOverrideInText("# 글", "archive", false)).toBe("# 글");
    const crlf = "\uFEFF---\r\ntitle: x\r\n---\r\nbody\r\n";
    const marked = setOverrideInText(crlf, "why", true);
    expect(marked).toBe("\uFEFF---\r\ntitle: x\r\nprocess-checklist:\r\n  why: true\r\n---\r\nbody\r\n");
    expect(setOverrideInText(marked, "why", false)).toBe(crlf);
  });

  it("leaves the text alone when there is nothing to change", () => {
    const text = "---\ntitle: x\n---\nprocess-checklist:\n  why: true\n";
    expect(setOverrideInText(text, "why", false)).toBe(text);
  });
});
