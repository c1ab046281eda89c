import { describe, expect, it } from "vitest";
import { createHarness, notices } from "./harness";

const DAY_NOTE_KO = [
  "---",
  "type: process-post",
  "---",
  "# 디저트 페어링 실험",
  "",
  "## 나 — 왜 이 일을 하는가",
  "카페를 연 지 3년, 원두와 디저트의 궁합을 제대로 설명하고 싶었다.",
  "",
  "## 과정 기록",
  "- 2026-11-20 — 에티오피아 원두와 치즈케이크를 맞춰 봤다.",
  "",
  "## 참여하는 방법",
  "다음 주 시식회에 오실 분은 댓글을 남겨 주세요.",
  "",
].join("\n");

const NOTE_EN = "# Loaf Club\n\nWe bake one loaf a week and write down what happened.\n";

describe("Insert Self-Us-Now outline", () => {
  it("inserts only the missing sections at the cursor, keeps every byte, and one undo reverts it (Korean)", async () => {
    const h = await createHarness({ files: { "글/디저트.md": DAY_NOTE_KO }, language: "ko" });
    const view = await h.openNote("글/디저트.md");
    view.editor.setCursor({ line: 7, ch: 0 });
    await h.runCommand("insert-self-us-now-outline");

    const after = view.editor.getValue();
    expect(after).toContain("## 우리 — 당신도 이런 적 있나요?");
    expect(after).toContain("## 지금 — 왜 지금 함께인가");
    expect(after).toContain("## 실패와 방향 전환");
    expect(after.match(/## 나 —/gu)).toHaveLength(1);
    expect(after.match(/## 과정 기록/gu)).toHaveLength(1);
    expect(after.match(/## 참여하는 방법/gu)).toHaveLength(1);
    // Every existing byte is still there, in order: the insertion is one contiguous block.
    const inserted = after.length - DAY_NOTE_KO.length;
    const start = [...DAY_NOTE_KO].findIndex((_, index) => DAY_NOTE_KO[index] !== after[index]);
    expect(after.slice(0, start) + after.slice(start + inserted)).toBe(DAY_NOTE_KO);
    // The cursor is below the first new prompt, ready to write.
    const cursor = view.editor.getCursor();
    expect(view.editor.getLine(cursor.line - 2)).toBe("## 우리 — 당신도 이런 적 있나요?");

    view.editor.undo();
    expect(view.editor.getValue()).toBe(DAY_NOTE_KO);
  });

  it("in English, in a note with no sections, inserted after the paragraph the cursor is in", async () => {
    const h = await createHarness({ files: { "loaf.md": NOTE_EN } });
    const view = await h.openNote("loaf.md");
    view.editor.setCursor({ line: 2, ch: 10 });
    await h.runCommand("insert-self-us-now-outline");
    const after = view.editor.getValue();
    expect(after.startsWith(`${NOTE_EN.trimEnd()}\n\n## Me — why I do this\n<!-- `)).toBe(true);
    expect(after.indexOf("## Me")).toBeLessThan(after.indexOf("## We"));
    expect(after.indexOf("## We")).toBeLessThan(after.indexOf("## Now"));
    expect(after).toMatch(/\n## Process log\n<!-- [^\n]+ -->\n- \d{4}-\d{2}-\d{2} \d{2}:\d{2} — \n/u);
    view.editor.undo();
    expect(view.editor.getValue()).toBe(NOTE_EN);
  });

  it("says so when the note already has every section", async () => {
    const full = "## Me\nx\n## We\nx\n## Now\nx\n## Process log\nx\n## Failures and pivots\nx\n## How to take part\nx\n";
    const h = await createHarness({ files: { "full.md": full } });
    const view = await h.openNote("full.md");
    await h.runCommand("insert-self-us-now-outline");
    expect(view.editor.getValue()).toBe(full);
    expect(notices()).toEqual(["This note already has every Self-Us-Now section."]);
  });
});

describe("Add process log entry", () => {
  it("appends under the existing log heading with the date formats from settings, cursor at the end (Korean)", async () => {
    const h = await createHarness({ files: { "글/디저트.md": DAY_NOTE_KO }, language: "ko", data: { dateFormat: "YYYY년 M월 D일", timeFormat: "A h:mm" } });
    const view = await h.openNote("글/디저트.md");
    await h.runCommand("add-process-log-entry");
    const lines = view.editor.getValue().split("\n");
    const entryLine = lines.indexOf("- 2026-11-20 — 에티오피아 원두와 치즈케이크를 맞춰 봤다.") + 1;
    expect(lines[entryLine]).toMatch(/^- \d{4}년 \d{1,2}월 \d{1,2}일 (오전|오후) \d{1,2}:\d{2} — $/u);
    expect(lines[entryLine + 2]).toBe("## 참여하는 방법");
    expect(view.editor.getCursor()).toEqual({ line: entryLine, ch: lines[entryLine]?.length });
    view.editor.undo();
    expect(view.editor.getValue()).toBe(DAY_NOTE_KO);
  });

  it("creates the log heading at the end when the note has none (English)", async () => {
    const h = await createHarness({ files: { "loaf.md": NOTE_EN } });
    const view = await h.openNote("loaf.md");
    await h.runCommand("add-process-log-entry");
    const value = view.editor.getValue();
    expect(value).toMatch(/^# Loaf Club\n\nWe bake one loaf a week and write down what happened\.\n\n## Process log\n- \d{4}-\d{2}-\d{2} \d{2}:\d{2} — $/u);
    const lastLine = view.editor.lastLine();
    expect(view.editor.getCursor()).toEqual({ line: lastLine, ch: view.editor.getLine(lastLine).length });
  });

  it("follows the template language setting over Obsidian's language", async () => {
    const h = await createHarness({ files: { "loaf.md": "메모\n" }, language: "en", data: { templateLanguage: "ko" } });
    const view = await h.openNote("loaf.md");
    await h.runCommand("add-process-log-entry");
    expect(view.editor.getValue()).toContain("\n## 과정 기록\n- ");
  });
});
