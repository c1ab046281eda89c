import { describe, expect, it } from "vitest";
import { en } from "../../src/core/i18n/en";
import { ko } from "../../src/core/i18n/ko";
import { createTranslator, format, pickLanguage } from "../../src/core/i18n";

describe("i18n tables", () => {
  it("have exactly the same keys in Korean and English", () => {
    const enKeys = Object.keys(en).sort();
    const koKeys = Object.keys(ko).sort();
    expect(koKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys.filter((key) => !koKeys.includes(key))).toEqual([]);
  });

  it("use the same placeholders in both languages, and no empty strings", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
      expect(en[key].trim(), key).not.toBe("");
      expect(ko[key].trim(), key).not.toBe("");
    }
  });

  it("Korean strings are written in Korean (language-neutral ones like '{score} / {max}' aside)", () => {
    const hangul = /[\uAC00-\uD7A3]/;
    const words = /[A-Za-z]{2,}/;
    const notKorean = (Object.keys(ko) as (keyof typeof ko)[]).filter((key) => {
      const text = ko[key].replace(/\{[A-Za-z0-9_]+\}/g, "");
      return words.test(text) && !hangul.test(text);
    });
    expect(notKorean).toEqual([]);
  });
});

describe("choosing the language", () => {
  it("picks Korean for ko and ko-KR, English for everything else", () => {
    expect(pickLanguage("ko")).toBe("ko");
    expect(pickLanguage("ko-KR")).toBe("ko");
    expect(pickLanguage("en")).toBe("en");
    expect(pickLanguage("ja")).toBe("en");
    expect(pickLanguage("")).toBe("en");
    expect(pickLanguage(undefined)).toBe("en");
  });

  it("translates with placeholders filled and unknown ones left as written", () => {
    expect(format("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    const t = createTranslator("ko");
    expect(t("settings.enabledItems.name")).toBe(ko["settings.enabledItems.name"]);
    expect(createTranslator("en")("plugin.settingsProblems", { problems: "x" })).toMatch(/x$/);
  });
});
