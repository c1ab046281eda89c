import { describe, expect, it } from "vitest";
import { createHarness, displaySettings, type RenderedSetting } from "./harness";

function find(settings: RenderedSetting[], name: string): RenderedSetting {
  const setting = settings.find((candidate) => candidate.name === name);
  if (!setting) throw new Error(`no setting "${name}" among ${settings.map((s) => s.name).join(", ")}`);
  return setting;
}

const status = (setting: RenderedSetting): string => setting.descEl.querySelector(".process-sharing-setting-status")?.textContent ?? "";

describe("the New posts section", () => {
  it("has a heading and its settings, in English", async () => {
    const h = await createHarness();
    const names = (await displaySettings(h)).map((setting) => setting.name);
    const start = names.indexOf("New posts");
    expect(start).toBeGreaterThanOrEqual(0);
    expect(names.slice(start)).toEqual(expect.arrayContaining(["Template note", "Template language", "Date format", "Time format", "Default roots"]));
  });

  it("shows a live preview of the date format and saves it; an unreadable format is named", async () => {
    const h = await createHarness();
    const date = find(await displaySettings(h), "Date format");
    expect(status(date)).toMatch(/^Preview: \d{4}-\d{2}-\d{2}$/u);
    date.components[0]?.setValue("dddd, D MMMM YYYY");
    expect(status(date)).toMatch(/^Preview: \w+day, \d{1,2} \w+ \d{4}$/u);
    expect(h.plugin.context.settings.dateFormat).toBe("dddd, D MMMM YYYY");
    date.components[0]?.setValue("yyyy n");
    expect(status(date)).toMatch(/^This format cannot be read: /u);
  });

  it("in Korean, the time preview uses Korean day periods", async () => {
    const h = await createHarness({ language: "ko", data: { timeFormat: "A h:mm" } });
    const time = find(await displaySettings(h), "시간 형식");
    expect(status(time)).toMatch(/^미리 보기: (오전|오후) \d{1,2}:\d{2}$/u);
  });

  it("says when the template note does not exist, and stores the path", async () => {
    const h = await createHarness({ files: { "templates/post.md": "# {{title}}" } });
    const template = find(await displaySettings(h), "Template note");
    template.components[0]?.setValue("templates/missing");
    expect(status(template)).toBe('No note at "templates/missing": the built-in template is used.');
    template.components[0]?.setValue("templates/post");
    expect(status(template)).toBe("");
    expect(h.plugin.context.settings.templatePath).toBe("templates/post");
  });

  it("default roots: one per line or comma separated", async () => {
    const h = await createHarness();
    const roots = find(await displaySettings(h), "Default roots");
    roots.components[0]?.setValue("root-04-프로세스-공유, root-07\n root-05 \n");
    expect(h.plugin.context.settings.defaultRoots).toEqual(["root-04-프로세스-공유", "root-07", "root-05"]);
  });

  it("template language: auto, Korean or English", async () => {
    const h = await createHarness();
    const language = find(await displaySettings(h), "Template language");
    language.components[0]?.setValue("ko");
    expect(h.plugin.context.settings.templateLanguage).toBe("ko");
  });
});

describe("the posts folder", () => {
  it("is normalised when saved, and a file in the way or an invalid path is named", async () => {
    const h = await createHarness({ files: { "notes.md": "x", drafts: "a file" }, language: "en" });
    const folder = find(await displaySettings(h), "Posts folder");
    folder.components[0]?.setValue("/글//2026/");
    expect(h.plugin.context.settings.postsFolder).toBe("글/2026");
    expect(status(folder)).toBe("");
    folder.components[0]?.setValue("drafts");
    expect(status(folder)).toBe('"drafts" is a file, not a folder. Choose another folder for new posts.');
    folder.components[0]?.setValue("a|b");
    expect(status(folder)).toBe('"a|b" is not a valid folder path.');
    folder.components[0]?.setValue("");
    expect(h.plugin.context.settings.postsFolder).toBe("");
  });
});

describe("commands", () => {
  it("are registered without default hotkeys, named in the UI language", async () => {
    const h = await createHarness({ language: "ko" });
    const ours = h.commands().filter((command) => ["new-process-post", "insert-self-us-now-outline", "add-process-log-entry"].some((id) => command.id.endsWith(id)));
    expect(ours.map((command) => command.name).sort()).toEqual(["과정 기록 항목 추가", "나-우리-지금 개요 넣기", "새 프로세스 글"].sort());
    expect(ours.every((command) => command.hotkeys === undefined)).toBe(true);
  });
});
