import { describe, expect, test } from "vitest";
import { dateFnsDates } from "../../../src/core/dates/date-fns-dates";
import { parse as parseYaml } from "yaml";
import { parseNote } from "../../../src/core/markdown/parse";
import { sectionOfHeading } from "../../../src/core/scaffold/sections";
import { writingStart } from "../../../src/core/scaffold/start-position";
import { createPost, defaultTemplate, ensurePostMarker } from "../../../src/core/scaffold/template";
import { defaultSettings } from "../../../src/core/settings";

const now = new Date(2026, 10, 27, 14, 5);
const settings = defaultSettings();

function frontmatterOf(text: string): Record<string, unknown> {
  const note = parseNote(text);
  expect(note.frontmatter).not.toBeNull();
  return parseYaml(note.frontmatter?.yaml ?? "") as Record<string, unknown>;
}

describe.each([
  {
    language: "ko" as const,
    title: '원두 고르기: "왜" 이 콩인가 #1',
    headings: ["나 — 왜 이 일을 하는가", "우리 — 당신도 이런 적 있나요?", "지금 — 왜 지금 함께인가", "과정 기록", "실패와 방향 전환", "참여하는 방법"],
    entry: "- 2026-11-27 14:05 — 초안을 쓰기 시작했다.",
  },
  {
    language: "en" as const,
    title: 'Sourdough: the "failed" loaves #3',
    headings: ["Me — why I do this", "We — what we share", "Now — why act together now", "Process log", "Failures and pivots", "How to take part"],
    entry: "- 2026-11-27 14:05 — Started this draft.",
  },
])("the default post in $language", ({ language, title, headings, entry }) => {
  const post = createPost({ title, roots: ["root-04-프로세스-공유", "root-07"], now, language, settings, dates: dateFnsDates });

  test("frontmatter reads back with the title whole, the marker, the roots as links and a draft status", () => {
    expect(frontmatterOf(post.text)).toEqual({
      title,
      created: "2026-11-27",
      type: "process-post",
      roots: ["[[root-04-프로세스-공유]]", "[[root-07]]"],
      status: "draft",
      tags: ["process-sharing"],
    });
  });

  test("the title heading, then Me, We, Now, log, failures and taking part, in order", () => {
    const note = parseNote(post.text);
    expect(note.headings.map((heading) => heading.text)).toEqual([title, ...headings]);
    expect(note.headings.slice(1).map((heading) => sectionOfHeading(heading.text))).toEqual([
      "me",
      "we",
      "now",
      "log",
      "failures",
      "participation",
    ]);
  });

  test("each section's prompt is an HTML comment, so it is never prose", () => {
    const note = parseNote(post.text);
    for (const heading of note.headings.slice(1)) {
      const prompt = note.lines[heading.line];
      expect(prompt?.text).toMatch(/^<!-- .+ -->$/u);
      expect(prompt?.visible.trim()).toBe("");
    }
  });

  test("the log starts with a dated entry", () => {
    expect(post.text.split("\n")).toContain(entry);
  });

  test("the file name drops the forbidden characters; the writer starts in the Me section", () => {
    expect(post.baseName).not.toMatch(/[:"#]/u);
    expect(post.unknownPlaceholders).toEqual([]);
    const note = parseNote(post.text);
    const start = writingStart(note);
    const me = note.headings[1];
    expect(start).toEqual({ line: (me?.line ?? 0) + 1, ch: 0 });
    expect(note.lines[start.line]?.text).toBe("");
  });
});

describe("settings shape the template", () => {
  test("the marker key and value and the roots key come from settings, YAML-safe", () => {
    const custom = { ...settings, postMarkerKey: "kind: of", postMarkerValue: "process post", rootsKey: "루트" };
    const post = createPost({ title: "T", roots: [], now, language: "en", settings: custom, dates: dateFnsDates });
    const data = frontmatterOf(post.text);
    expect(data["kind: of"]).toBe("process post");
    expect(data["루트"]).toEqual([]);
  });

  test("the default template itself is plain text with placeholders", () => {
    expect(defaultTemplate("en", settings)).toContain("# {{title}}");
    expect(defaultTemplate("ko", settings)).toContain("{{roots}}");
  });

  test("an empty or multi-line title becomes one line, never empty", () => {
    expect(createPost({ title: "  ", roots: [], now, language: "ko", settings, dates: dateFnsDates }).title).toBe("제목 없음");
    const post = createPost({ title: "line one\nline two", roots: [], now, language: "en", settings, dates: dateFnsDates });
    expect(post.title).toBe("line one line two");
    expect(frontmatterOf(post.text).title).toBe("line one line two");
  });
});

describe("user templates", () => {
  test("are filled, unknown placeholders listed, and the marker added when missing", () => {
    const template = "---\ntitle: {{title}}\n---\n# {{title}}\nBy {{author}} on {{date:ddd D MMM}}\n";
    const post = createPost({ title: "Loaf 2", roots: [], now, language: "en", settings, template, dates: dateFnsDates });
    expect(post.text).toBe('---\ntype: process-post\ntitle: "Loaf 2"\n---\n# Loaf 2\nBy {{author}} on Fri 27 Nov\n');
    expect(post.unknownPlaceholders).toEqual(["{{author}}"]);
  });

  test("a template without frontmatter gets one carrying the marker", () => {
    expect(ensurePostMarker("# {{title}}\n", settings)).toBe("---\ntype: process-post\n---\n# {{title}}\n");
  });

  test("a template that already sets the marker key is left alone", () => {
    const text = "---\ntype: essay\n---\nbody";
    expect(ensurePostMarker(text, settings)).toBe(text);
  });
});
