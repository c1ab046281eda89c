import { describe, expect, it } from "vitest";
import { CHECKLIST_ITEM_IDS, RULE_IDS, WARNING_IDS } from "../../../src/core/ids";
import { ITEM_RULES, RULES, WARNING_RULES, checkNote, manualOverrides, ruleText } from "../../../src/core/checklist/registry";
import { parseNote } from "../../../src/core/markdown/parse";
import { defaultSettings } from "../../../src/core/settings";

describe("registry", () => {
  it("registers every rule id exactly once, items in checklist order", () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual([...RULE_IDS].sort());
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    expect(ITEM_RULES.map((rule) => rule.id)).toEqual([...CHECKLIST_ITEM_IDS]);
    expect(WARNING_RULES.map((rule) => rule.id)).toEqual([...WARNING_IDS]);
  });

  it("gives every rule a question and a hint in both languages", () => {
    for (const id of RULE_IDS) {
      for (const language of ["ko", "en"] as const) {
        expect(ruleText(id, language).question.length).toBeGreaterThan(5);
        expect(ruleText(id, language).hint.length).toBeGreaterThan(5);
      }
      expect(ruleText(id, "ko").question).not.toBe(ruleText(id, "en").question);
    }
  });
});

const korean = `---
process-checklist:
  why: true
---
# 화분 받침 만들기

## 과정
- 3월 2일: 석고를 부었다가 금이 가서 실패했다.
- 3월 5일: 배합을 바꿔 다시 시도했다.

여러분은 어떤 모양이 좋으세요? 댓글로 알려 주세요.
`;

describe("checkNote", () => {
  it("turns frontmatter overrides into manual status and counts them in the score", () => {
    const report = checkNote(parseNote(korean), { "process-checklist": { why: true } }, defaultSettings(), "ko");
    const status = Object.fromEntries(report.items.map((item) => [item.id, item.status]));
    expect(status).toEqual({ why: "manual", process: "pass", failures: "pass", "self-us-now": "fail", participation: "pass", archive: "partial" });
    expect(report.score).toBe(4);
    expect(report.max).toBe(6);
    expect(report.items[0]?.hint).toContain("왜");
  });

  it("scores over enabled items only and reports them in English when asked", () => {
    const settings = defaultSettings();
    settings.enabledItems["self-us-now"] = false;
    settings.enabledItems.archive = false;
    const report = checkNote(parseNote(korean), null, settings, "en");
    expect(report.items.map((item) => item.id)).toEqual(["why", "process", "failures", "participation"]);
    expect(report.max).toBe(4);
    expect(report.score).toBe(3);
    expect(report.items[0]?.hint).toMatch(/why/i);
  });

  it("ignores overrides that are not true and frontmatter of the wrong shape", () => {
    expect([...manualOverrides({ "process-checklist": { why: false, process: "yes", archive: true } })]).toEqual(["archive"]);
    expect(manualOverrides({ "process-checklist": ["why"] }).size).toBe(0);
    expect(manualOverrides(null).size).toBe(0);
  });

  it("uses the settings' extra words, in either language", () => {
    const settings = defaultSettings();
    const text = "# 생각\n오늘은 삐끗했다. 그래도 괜찮다.\nThe glaze crawled again.";
    const before = checkNote(parseNote(text), null, settings, "ko").items.find((item) => item.id === "failures");
    settings.extraWords.failures = "삐끗, crawl";
    const after = checkNote(parseNote(text), null, settings, "ko").items.find((item) => item.id === "failures");
    expect(before?.status).toBe("fail");
    expect(after?.status).toBe("pass");
    expect(after?.evidence.map((entry) => entry.line)).toEqual([2, 3]);
  });

  it("is total: empty, huge-line and junk notes give a report", () => {
    for (const text of ["", "\n\n", "---", "# ", "[[", "\uFEFF", "가".repeat(10_000), "\u0000\u0001"]) {
      const report = checkNote(parseNote(text), {}, defaultSettings(), "en");
      expect(report.items).toHaveLength(6);
    }
  });
});
