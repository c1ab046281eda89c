// Settings of the scaffold feature, under "New posts": where posts go, the template note and its
// language, the date and time formats (with a live preview through the same core as the template),
// and the roots every new post starts with.
import { normalizePath, type Setting } from "obsidian";
import { formatDate } from "../../core/scaffold/date-format";
import { DEFAULT_SETTINGS, splitWordList, type TemplateLanguage } from "../../core/settings";
import { checkFolderPath, templateLanguage } from "../commands/create-post";
import { MarkdownFileSuggest } from "../modals/file-suggest";
import { FolderSuggest } from "../modals/folder-suggest";
import type { PluginContext } from "../plugin-context";
import type { SettingRow, SettingsSection } from "./setting-rows";

/** A line under a setting's description that says what the current value gives. */
function statusLine(setting: Setting): (text: string, problem?: boolean) => void {
  const el = setting.descEl.createDiv({ cls: "process-sharing-setting-status" });
  return (text, problem = false) => {
    el.setText(text);
    el.toggleClass("process-sharing-setting-problem", problem);
  };
}

function postsFolderRow(context: PluginContext): SettingRow {
  const { t } = context;
  return {
    name: t("scaffold.settings.postsFolder.name"),
    desc: t("scaffold.settings.postsFolder.desc"),
    render(setting) {
      const show = statusLine(setting);
      const check = (value: string): void => {
        const result = checkFolderPath(context.app, value);
        if (!("problem" in result)) show("");
        else show(t(result.problem === "file" ? "scaffold.notice.folderIsFile" : "scaffold.notice.folderInvalid", { path: value }), true);
      };
      setting.addText((text) => {
        text.setPlaceholder("Posts").setValue(context.settings.postsFolder);
        const set = (value: string): void => {
          check(value);
          context.settings.postsFolder = value.trim() === "" ? "" : normalizePath(value.trim());
        };
        // Typed: saved once typing pauses (the folder also decides which notes are posts). Picked: at once.
        text.onChange((value) => {
          set(value);
          context.saveSettingsSoon();
        });
        new FolderSuggest(context.app, text.inputEl, (folder) => {
          set(folder.path);
          void context.saveSettingsNow();
        });
      });
      check(context.settings.postsFolder);
    },
  };
}

function templateNoteRow(context: PluginContext): SettingRow {
  const { t } = context;
  return {
    name: t("scaffold.settings.template.name"),
    desc: t("scaffold.settings.template.desc"),
    render(setting) {
      const show = statusLine(setting);
      const check = (value: string): void => {
        const trimmed = value.trim();
        const path = normalizePath(trimmed.toLowerCase().endsWith(".md") ? trimmed : `${trimmed}.md`);
        const missing = trimmed !== "" && context.app.vault.getFileByPath(path) === null;
        show(missing ? t("scaffold.settings.template.missing", { path: trimmed }) : "", missing);
      };
      setting.addText((text) => {
        text.setPlaceholder("templates/process-post.md").setValue(context.settings.templatePath);
        const set = (value: string): void => {
          check(value);
          context.settings.templatePath = value.trim();
        };
        text.onChange((value) => {
          set(value);
          context.saveSettingsSoon();
        });
        new MarkdownFileSuggest(context.app, text.inputEl, (file) => {
          set(file.path);
          void context.saveSettingsNow();
        });
      });
      check(context.settings.templatePath);
    },
  };
}

function templateLanguageRow(context: PluginContext): SettingRow {
  const { t } = context;
  return {
    name: t("scaffold.settings.language.name"),
    desc: t("scaffold.settings.language.desc"),
    render(setting) {
      setting.addDropdown((dropdown) =>
        dropdown
          .addOption("auto", t("scaffold.settings.language.auto"))
          .addOption("ko", t("scaffold.settings.language.ko"))
          .addOption("en", t("scaffold.settings.language.en"))
          .setValue(context.settings.templateLanguage)
          .onChange(async (value) => {
            if (value !== "auto" && value !== "ko" && value !== "en") return;
            context.settings.templateLanguage = value satisfies TemplateLanguage;
            await context.saveSettingsNow();
          }),
      );
    },
  };
}

function formatRow(context: PluginContext, key: "dateFormat" | "timeFormat"): SettingRow {
  const { t } = context;
  const [name, desc] =
    key === "dateFormat"
      ? (["scaffold.settings.dateFormat.name", "scaffold.settings.dateFormat.desc"] as const)
      : (["scaffold.settings.timeFormat.name", "scaffold.settings.timeFormat.desc"] as const);
  return {
    name: t(name),
    desc: t(desc),
    render(setting) {
      const show = statusLine(setting);
      const preview = (value: string): void => {
        const result = formatDate(new Date(), value.trim() === "" ? DEFAULT_SETTINGS[key] : value, templateLanguage(context), context.dates);
        if (result.ok) show(t("scaffold.settings.preview", { text: result.text }));
        else show(t("scaffold.settings.formatError", { error: result.error }), true);
      };
      setting.addText((text) => {
        text.setPlaceholder(DEFAULT_SETTINGS[key]).setValue(context.settings[key]);
        text.onChange((value) => {
          preview(value);
          context.settings[key] = value.trim() === "" ? DEFAULT_SETTINGS[key] : value;
          context.saveSettingsSoon();
        });
      });
      preview(context.settings[key]);
    },
  };
}

function defaultRootsRow(context: PluginContext): SettingRow {
  const { t } = context;
  return {
    name: t("scaffold.settings.defaultRoots.name"),
    desc: t("scaffold.settings.defaultRoots.desc"),
    render(setting) {
      setting.addTextArea((area) => {
        area.setValue(context.settings.defaultRoots.join("\n"));
        area.onChange((value) => {
          context.settings.defaultRoots = splitWordList(value);
          context.saveSettingsSoon();
        });
      });
    },
  };
}

/** The "New posts" section, for both settings APIs (see setting-rows.ts). */
export function scaffoldSettingsSection(context: PluginContext): SettingsSection {
  return {
    heading: context.t("scaffold.settings.heading"),
    rows: [
      postsFolderRow(context),
      templateNoteRow(context),
      templateLanguageRow(context),
      formatRow(context, "dateFormat"),
      formatRow(context, "timeFormat"),
      defaultRootsRow(context),
    ],
  };
}
