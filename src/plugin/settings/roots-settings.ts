// The roots section of the settings tab: how a root is recognised (tag, frontmatter key and value,
// file-name pattern, folder) and where commands write a post's root links.
import { normalizePath } from "obsidian";
import { DEFAULT_SETTINGS, patternProblem } from "../../core/settings";
import type { PluginContext } from "../plugin-context";
import type { SettingRow, SettingsSection } from "./setting-rows";

export function rootsSettingsSection(context: PluginContext): SettingsSection {
  const { t } = context;
  const settings = (): typeof context.settings => context.settings;
  // Every saved change here rebuilds the root graph; typing a word should rebuild it once.
  const save = (): void => void context.saveSettingsSoon();
  const rows: SettingRow[] = [];

  rows.push({
    name: t("roots.settings.tag.name"),
    desc: t("roots.settings.tag.desc"),
    render(setting) {
      setting.addText((text) =>
        text
          .setPlaceholder(DEFAULT_SETTINGS.rootTag)
          .setValue(settings().rootTag)
          .onChange((value) => {
            settings().rootTag = value.trim().replace(/^#/u, "");
            save();
          }),
      );
    },
  });

  rows.push({
    name: t("roots.settings.category.name"),
    desc: t("roots.settings.category.desc"),
    render(setting) {
      setting
        .addText((text) =>
          text
            .setPlaceholder(DEFAULT_SETTINGS.rootCategoryKey)
            .setValue(settings().rootCategoryKey)
            .onChange((value) => {
              settings().rootCategoryKey = value.trim();
              save();
            }),
        )
        .addText((text) =>
          text
            .setPlaceholder(DEFAULT_SETTINGS.rootCategoryValue)
            .setValue(settings().rootCategoryValue)
            .onChange((value) => {
              settings().rootCategoryValue = value.trim();
              save();
            }),
        );
    },
  });

  rows.push({
    name: t("roots.settings.pattern.name"),
    desc: t("roots.settings.pattern.desc"),
    render(setting) {
      const message = setting.descEl.createDiv({ cls: "process-sharing-setting-error" });
      setting.addText((text) =>
        text
          .setPlaceholder(DEFAULT_SETTINGS.rootFileNamePattern)
          .setValue(settings().rootFileNamePattern)
          .onChange((value) => {
            const problem = patternProblem(value);
            message.setText(problem === null ? "" : t("roots.settings.pattern.invalid", { error: problem }));
            text.inputEl.toggleClass("process-sharing-invalid", problem !== null);
            if (problem !== null) return;
            settings().rootFileNamePattern = value;
            save();
          }),
      );
    },
  });

  rows.push({
    name: t("roots.settings.folder.name"),
    desc: t("roots.settings.folder.desc"),
    render(setting) {
      setting.addText((text) =>
        text.setValue(settings().rootsFolder).onChange((value) => {
          settings().rootsFolder = value.trim() === "" ? "" : normalizePath(value.trim());
          save();
        }),
      );
    },
  });

  rows.push({
    name: t("roots.settings.key.name"),
    desc: t("roots.settings.key.desc"),
    render(setting) {
      setting.addText((text) =>
        text
          .setPlaceholder(DEFAULT_SETTINGS.rootsKey)
          .setValue(settings().rootsKey)
          .onChange((value) => {
            // An empty key would write nowhere; keep the last usable one until a new one is typed.
            if (value.trim() === "") return;
            settings().rootsKey = value.trim();
            save();
          }),
      );
    },
  });

  return { heading: t("roots.settings.heading"), rows };
}
