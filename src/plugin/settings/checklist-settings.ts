// The general settings (first, no heading): which checklist items count, extra words per check,
// the process-post marker, and notes or folders to ignore. The posts folder is set with the
// scaffold's settings, where new posts are created. Every change saves through the context.
import { Setting, normalizePath } from "obsidian";
import { EXTENSIBLE_RULES } from "../../core/checklist/lexicon";
import { ruleText } from "../../core/checklist/registry";
import { RULE_NAME_KEYS } from "../../core/checklist/rule-names";
import { CHECKLIST_ITEM_IDS } from "../../core/ids";
import type { PluginContext } from "../plugin-context";

export function renderChecklistSettings(containerEl: HTMLElement, context: PluginContext): void {
  const { t, language } = context;
  const settings = (): typeof context.settings => context.settings;
  const save = (): void => void context.saveSettings();

  new Setting(containerEl).setName(t("settings.enabledItems.name")).setDesc(t("settings.enabledItems.desc"));
  for (const id of CHECKLIST_ITEM_IDS) {
    new Setting(containerEl)
      .setName(t(RULE_NAME_KEYS[id]))
      .setDesc(t("checklist.settings.item.desc", { question: ruleText(id, language).question }))
      .addToggle((toggle) =>
        toggle.setValue(settings().enabledItems[id]).onChange((value) => {
          settings().enabledItems[id] = value;
          save();
        }),
      );
  }

  for (const id of EXTENSIBLE_RULES) {
    new Setting(containerEl)
      .setName(t("checklist.settings.extraWords.name", { rule: t(RULE_NAME_KEYS[id]) }))
      .setDesc(t("checklist.settings.extraWords.desc"))
      .addText((text) =>
        text.setValue(settings().extraWords[id]).onChange((value) => {
          settings().extraWords[id] = value;
          save();
        }),
      );
  }

  new Setting(containerEl)
    .setName(t("checklist.settings.marker.name"))
    .setDesc(t("checklist.settings.marker.desc"))
    .addText((text) =>
      text
        .setPlaceholder(t("checklist.settings.marker.key"))
        .setValue(settings().postMarkerKey)
        .onChange((value) => {
          // An empty key would mark nothing; keep the last usable one until a new one is typed.
          if (value.trim() === "") return;
          settings().postMarkerKey = value.trim();
          save();
        }),
    )
    .addText((text) =>
      text
        .setPlaceholder(t("checklist.settings.marker.value"))
        .setValue(settings().postMarkerValue)
        .onChange((value) => {
          settings().postMarkerValue = value.trim();
          save();
        }),
    );

  new Setting(containerEl)
    .setName(t("checklist.settings.ignored.name"))
    .setDesc(t("checklist.settings.ignored.desc"))
    .addTextArea((area) =>
      area.setValue(settings().ignoredPaths.join("\n")).onChange((value) => {
        settings().ignoredPaths = value
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== "")
          .map((line) => normalizePath(line));
        save();
      }),
    );
}
