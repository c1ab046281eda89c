import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, splitWordList, validateSettings } from "../../src/core/settings";

describe("validateSettings", () => {
  it("gives the defaults for nothing saved, without problems", () => {
    for (const saved of [undefined, null]) {
      const { settings, problems } = validateSettings(saved);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toEqual([]);
    }
  });

  it("keeps well-formed saved values", () => {
    const { settings, problems } = validateSettings({
      postsFolder: "글",
      enabledItems: { archive: false },
      extraWords: { failures: "삽질, dead end" },
      ignoredPaths: ["templates", ""],
      templateLanguage: "ko",
    });
    expect(problems).toEqual([]);
    expect(settings.postsFolder).toBe("글");
    expect(settings.enabledItems).toMatchObject({ archive: false, why: true });
    expect(settings.extraWords.failures).toBe("삽질, dead end");
    expect(settings.ignoredPaths).toEqual(["templates"]);
    expect(settings.templateLanguage).toBe("ko");
  });

  it("resets wrong types, unknown keys, empty identifiers and broken patterns, and says so", () => {
    const { settings, problems } = validateSettings({
      postMarkerKey: "",
      rootTag: 7,
      rootFileNamePattern: "(unclosed",
      enabledItems: [],
      extraWords: { why: 3 },
      ignoredPaths: "notes",
      templateLanguage: "fr",
      legacyOption: true,
    });
    expect(settings.postMarkerKey).toBe("type");
    expect(settings.rootTag).toBe("root");
    expect(settings.rootFileNamePattern).toBe(DEFAULT_SETTINGS.rootFileNamePattern);
    expect(settings.templateLanguage).toBe("auto");
    expect(settings.ignoredPaths).toEqual([]);
    const keys = problems.map((problem) => problem.key).sort();
    expect(keys).toEqual(
      ["enabledItems", "extraWords", "ignoredPaths", "legacyOption", "postMarkerKey", "rootFileNamePattern", "rootTag", "templateLanguage"].sort(),
    );
  });

  it("never shares mutable state with the defaults", () => {
    const first = validateSettings({}).settings;
    first.enabledItems.why = false;
    first.ignoredPaths.push("x");
    expect(validateSettings({}).settings.enabledItems.why).toBe(true);
    expect(DEFAULT_SETTINGS.ignoredPaths).toEqual([]);
  });

  it("treats a non-object as corrupt", () => {
    for (const saved of ["text", 3, [1, 2], true]) {
      const { settings, problems } = validateSettings(saved);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toHaveLength(1);
    }
  });
});

describe("splitWordList", () => {
  it("splits on commas (ASCII and full-width), ideographic commas and new lines", () => {
    expect(splitWordList(" 실패,failed， 삽질、pivot\n dead end ,, ")).toEqual(["실패", "failed", "삽질", "pivot", "dead end"]);
    expect(splitWordList("")).toEqual([]);
  });
});
