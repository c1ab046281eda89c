import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  candidateNames,
  MAX_NAME_BYTES,
  MAX_NAME_UNITS,
  nextFreeName,
  safeFileName,
  truncateName,
} from "../../../src/core/scaffold/file-name";

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

describe("safe file names", () => {
  test.each([
    ['Why: "half" done #2', "Why half done 2"],
    ["a/b\\c*d?e<f>g|h", "a b c d e f g h"],
    ["[[Root 04]] ^block", "Root 04 block"],
    ["  lots   of\tspace\n ", "lots of space"],
    ["...hidden", "hidden"],
    ["trailing dots...", "trailing dots"],
    ["bell\u0007 and\u0000 nul", "bell and nul"],
    ["zero\u200bwidth", "zero width"],
    ["커피 로스팅: 실패와 pivot", "커피 로스팅 실패와 pivot"],
    ["🍰 디저트 페어링 #3 🔥", "🍰 디저트 페어링 3 🔥"],
    ["CON", "CON (1)"],
  ])("%j → %j", (title, expected) => {
    expect(safeFileName(title, "en")).toBe(expected);
  });

  test("never empty: falls back to the language's untitled name", () => {
    expect(safeFileName("", "en")).toBe("Untitled");
    expect(safeFileName(" ?#[]/ ", "ko")).toBe("제목 없음");
    expect(safeFileName("...", "en")).toBe("Untitled");
  });

  test("decomposed Hangul (NFD, as macOS writes it) comes out composed (NFC)", () => {
    const nfd = "프로세스 공유".normalize("NFD");
    expect(nfd).not.toBe("프로세스 공유");
    expect(safeFileName(nfd, "ko")).toBe("프로세스 공유");
  });

  test("a long English title is cut to the unit limit on a word-safe boundary", () => {
    const name = safeFileName("word ".repeat(60), "en");
    expect(name.length).toBeLessThanOrEqual(MAX_NAME_UNITS);
    expect(name.endsWith(" ")).toBe(false);
  });

  test("a long Korean title is cut to the byte limit between syllables", () => {
    const name = safeFileName("가".repeat(300), "ko");
    expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toBe("가".repeat(66));
  });

  test("emoji are never split: not a surrogate pair, not a ZWJ family, not a flag", () => {
    const family = "👩‍👩‍👧‍👦";
    const cut = truncateName(`${"a".repeat(95)}${family}`, 100, 200);
    expect(cut).toBe("a".repeat(95));
    expect(truncateName(`${"a".repeat(99)}🇰🇷`, 100, 200)).toBe("a".repeat(99));
    expect(truncateName(`${"a".repeat(98)}😀x`, 100, 200)).toBe(`${"a".repeat(98)}😀`);
  });

  test("property: any title gives a short, well-formed, forbidden-free, non-empty NFC name", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), fc.string({ unit: "grapheme", maxLength: 150 }), fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((code) => String.fromCharCode(code)), maxLength: 50 })), (title) => {
        const name = safeFileName(title, "en");
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(MAX_NAME_UNITS + 4);
        expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES + 4);
        expect(name).toBe(name.normalize("NFC"));
        expect(name).not.toMatch(/[\\/:*?"<>|#^[\]\p{Cc}]/u);
        expect(name).not.toMatch(/^[.\s]|\s$/u);
        // No lone surrogate halves: encodeURIComponent throws on them.
        expect(() => encodeURIComponent(name)).not.toThrow();
      }),
    );
  });
});

describe("free names", () => {
  test("the base name when free, then ' 1', ' 2'…", () => {
    expect(nextFreeName("Post", () => false)).toBe("Post");
    const taken = new Set(["Post", "Post 1", "Post 2"]);
    expect(nextFreeName("Post", (name) => taken.has(name))).toBe("Post 3");
    expect(nextFreeName("과정 공유", (name) => name === "과정 공유")).toBe("과정 공유 1");
  });

  test("candidates come in order", () => {
    const names: string[] = [];
    for (const name of candidateNames("글")) {
      names.push(name);
      if (names.length === 3) break;
    }
    expect(names).toEqual(["글", "글 1", "글 2"]);
  });
});
