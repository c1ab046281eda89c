// The general settings (first, no heading): which checklist items count, extra words per check,
// the process-post marker, and notes or folders to ignore. The posts folder is set with the
// scaffold's settings, where new posts are created. Every change saves through the context.
import { normalizePath } from "obsidian";
import { EXTENSIBLE_RULES } from "../../core/checklist/lexicon";
import { ruleText } from "../../core/checklist/registry";
import { RULE_NAME_KEYS } from "../../core/checklist/rule-names";
import { CHECKLIST_ITEM_IDS } from "../../core/ids";
import type { PluginContext } from "../plugin-context";
import type { SettingRow, SettingsSection } from "./setting-rows";

export function checklistSettingsSection(context: PluginContext): SettingsSection {
  const { t, language } = context;
  const settings = (): typeof context.settings => context.settings;
  const save = (): void => void context.saveSettingsNow();
  // Typed fields save once typing pauses (the marker and ignored paths also rebuild the root graph).
  const saveSoon = (): void => void context.saveSettingsSoon();
  const rows: SettingRow[] = [];

  rows.push({ name: t("settings.enabledItems.name"), desc: t("settings.enabledItems.desc"), render: () => undefined });
  for (const id of CHECKLIST_ITEM_IDS) {
    rows.push({
      name: t(RULE_NAME_KEYS[id]),
      desc: t("checklist.settings.item.desc", { question: ruleText(id, language).question }),
      render: (setting) => {
        setting.addToggle((toggle) =>
          toggle.setValue(settings().enabledItems[id]).onChange((value) => {
            settings().enabledItems[id] = value;
            save();
          }),
        );
      },
    });
  }

  for (const id of EXTENSIBLE_RULES) {
    rows.push({
      name: t("checklist.settings.extraWords.name", { rule: t(RULE_NAME_KEYS[id]) }),
      desc: t("checklist.settings.extraWords.desc"),
      render: (setting) => {
        setting.addText((text) =>
          text.setValue(settings().extraWords[id]).onChange((value) => {
            settings().extraWords[id] = value;
            saveSoon();
          }),
        );
      },
    });
  }

  rows.push({
    name: t("checklist.settings.marker.name"),
    desc: t("checklist.settings.marker.desc"),
    render: (setting) => {
      setting
        .addText((text) =>
          text
            .setPlaceholder(t("checklist.settings.marker.key"))
            .setValue(settings().postMarkerKey)
            .onChange((value) => {
              // An empty key would mark nothing; keep the last usable one until a new one is typed.
              if (value.trim() === "") return;
              settings().postMarkerKey = value.trim();
              saveSoon();
            }),
        )
        .addText((text) =>
          text
            .setPlaceholder(t("checklist.settings.marker.value"))
            .setValue(settings().postMarkerValue)
            .onChange((value) => {
              settings().postMarkerValue = value.trim();
              saveSoon();
            }),
        );
    },
  });

  rows.push({
    name: t("checklist.settings.ignored.name"),
    desc: t("checklist.settings.ignored.desc"),
    render: (setting) => {
      setting.addTextArea((area) =>
        area.setValue(settings().ignoredPaths.join("\n")).onChange((value) => {
          settings().ignoredPaths = value
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter((line) => line !== "")
            .map((line) => normalizePath(line));
          saveSoon();
        }),
      );
    },
  });
  return { heading: null, rows };
}
