// Settings of the scaffold feature, under "New posts": where posts go, the template note and its
// language, the date and time formats (with a live preview through the same core as the template),
// and the roots every new post starts with.
import { normalizePath, Setting } from "obsidian";
import { formatDate } from "../../core/scaffold/date-format";
import { DEFAULT_SETTINGS, splitWordList, type TemplateLanguage } from "../../core/settings";
import { checkFolderPath, templateLanguage } from "../commands/create-post";
import { MarkdownFileSuggest } from "../modals/file-suggest";
import { FolderSuggest } from "../modals/folder-suggest";
import type { PluginContext } from "../plugin-context";

/** A line under a setting's description that says what the current value gives. */
function statusLine(setting: Setting): (text: string, problem?: boolean) => void {
  const el = setting.descEl.createDiv({ cls: "process-sharing-setting-status" });
  return (text, problem = false) => {
    el.setText(text);
    el.toggleClass("process-sharing-setting-problem", problem);
  };
}

function renderPostsFolder(containerEl: HTMLElement, context: PluginContext): void {
  const { t } = context;
  const setting = new Setting(containerEl).setName(t("scaffold.settings.postsFolder.name")).setDesc(t("scaffold.settings.postsFolder.desc"));
  const show = statusLine(setting);
  const check = (value: string): void => {
    const result = checkFolderPath(context.app, value);
    if (!("problem" in result)) show("");
    else show(t(result.problem === "file" ? "scaffold.notice.folderIsFile" : "scaffold.notice.folderInvalid", { path: value }), true);
  };
  setting.addText((text) => {
    text.setPlaceholder("Posts").setValue(context.settings.postsFolder);
    const save = async (value: string): Promise<void> => {
      check(value);
      context.settings.postsFolder = value.trim() === "" ? "" : normalizePath(value.trim());
      await context.saveSettings();
    };
    text.onChange((value) => void save(value));
    new FolderSuggest(context.app, text.inputEl, (folder) => void save(folder.path));
  });
  check(context.settings.postsFolder);
}

function renderTemplateNote(containerEl: HTMLElement, context: PluginContext): void {
  const { t } = context;
  const setting = new Setting(containerEl).setName(t("scaffold.settings.template.name")).setDesc(t("scaffold.settings.template.desc"));
  const show = statusLine(setting);
  const check = (value: string): void => {
    const trimmed = value.trim();
    const path = normalizePath(trimmed.toLowerCase().endsWith(".md") ? trimmed : `${trimmed}.md`);
    const missing = trimmed !== "" && context.app.vault.getFileByPath(path) === null;
    show(missing ? t("scaffold.settings.template.missing", { path: trimmed }) : "", missing);
  };
  setting.addText((text) => {
    text.setPlaceholder("templates/process-post.md").setValue(context.settings.templatePath);
    const save = async (value: string): Promise<void> => {
      check(value);
      context.settings.templatePath = value.trim();
      await context.saveSettings();
    };
    text.onChange((value) => void save(value));
    new MarkdownFileSuggest(context.app, text.inputEl, (file) => void save(file.path));
  });
  check(context.settings.templatePath);
}

function renderFormat(containerEl: HTMLElement, context: PluginContext, key: "dateFormat" | "timeFormat"): void {
  const { t } = context;
  const names = key === "dateFormat" ? (["scaffold.settings.dateFormat.name", "scaffold.settings.dateFormat.desc"] as const) : (["scaffold.settings.timeFormat.name", "scaffold.settings.timeFormat.desc"] as const);
  const setting = new Setting(containerEl).setName(t(names[0])).setDesc(t(names[1]));
  const show = statusLine(setting);
  const preview = (value: string): void => {
    const result = formatDate(new Date(), value.trim() === "" ? DEFAULT_SETTINGS[key] : value, templateLanguage(context));
    if (result.ok) show(t("scaffold.settings.preview", { text: result.text }));
    else show(t("scaffold.settings.formatError", { error: result.error }), true);
  };
  setting.addText((text) => {
    text.setPlaceholder(DEFAULT_SETTINGS[key]).setValue(context.settings[key]);
    text.onChange(async (value) => {
      preview(value);
      context.settings[key] = value.trim() === "" ? DEFAULT_SETTINGS[key] : value;
      await context.saveSettings();
    });
  });
  preview(context.settings[key]);
}

export function renderScaffoldSettings(containerEl: HTMLElement, context: PluginContext): void {
  const { t } = context;
  new Setting(containerEl).setName(t("scaffold.settings.heading")).setHeading();
  renderPostsFolder(containerEl, context);
  renderTemplateNote(containerEl, context);

  new Setting(containerEl)
    .setName(t("scaffold.settings.language.name"))
    .setDesc(t("scaffold.settings.language.desc"))
    .addDropdown((dropdown) =>
      dropdown
        .addOption("auto", t("scaffold.settings.language.auto"))
        .addOption("ko", t("scaffold.settings.language.ko"))
        .addOption("en", t("scaffold.settings.language.en"))
        .setValue(context.settings.templateLanguage)
        .onChange(async (value) => {
          context.settings.templateLanguage = value as TemplateLanguage;
          await context.saveSettings();
        }),
    );

  renderFormat(containerEl, context, "dateFormat");
  renderFormat(containerEl, context, "timeFormat");

  new Setting(containerEl)
    .setName(t("scaffold.settings.defaultRoots.name"))
    .setDesc(t("scaffold.settings.defaultRoots.desc"))
    .addTextArea((area) => {
      area.setValue(context.settings.defaultRoots.join("\n"));
      area.onChange(async (value) => {
        context.settings.defaultRoots = splitWordList(value);
        await context.saveSettings();
      });
    });
}
