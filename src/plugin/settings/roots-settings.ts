// The roots section of the settings tab: how a root is recognised (tag, frontmatter key and value,
// file-name pattern, folder) and where commands write a post's root links.
import { Setting, debounce, normalizePath } from "obsidian";
import { DEFAULT_SETTINGS, patternProblem } from "../../core/settings";
import type { PluginContext } from "../plugin-context";

export function renderRootsSettings(containerEl: HTMLElement, context: PluginContext): void {
  const { t, settings } = context;
  // Every saved change rebuilds the root graph; typing a word should rebuild it once.
  const save = debounce(() => void context.saveSettings(), 400, true);

  new Setting(containerEl).setName(t("roots.settings.heading")).setHeading();

  new Setting(containerEl)
    .setName(t("roots.settings.tag.name"))
    .setDesc(t("roots.settings.tag.desc"))
    .addText((text) =>
      text
        .setPlaceholder(DEFAULT_SETTINGS.rootTag)
        .setValue(settings.rootTag)
        .onChange((value) => {
          settings.rootTag = value.trim().replace(/^#/u, "");
          save();
        }),
    );

  new Setting(containerEl)
    .setName(t("roots.settings.category.name"))
    .setDesc(t("roots.settings.category.desc"))
    .addText((text) =>
      text
        .setPlaceholder(DEFAULT_SETTINGS.rootCategoryKey)
        .setValue(settings.rootCategoryKey)
        .onChange((value) => {
          settings.rootCategoryKey = value.trim();
          save();
        }),
    )
    .addText((text) =>
      text
        .setPlaceholder(DEFAULT_SETTINGS.rootCategoryValue)
        .setValue(settings.rootCategoryValue)
        .onChange((value) => {
          settings.rootCategoryValue = value.trim();
          save();
        }),
    );

  const pattern = new Setting(containerEl).setName(t("roots.settings.pattern.name")).setDesc(t("roots.settings.pattern.desc"));
  const patternMessage = pattern.descEl.createDiv({ cls: "process-sharing-setting-error" });
  pattern.addText((text) =>
    text
      .setPlaceholder(DEFAULT_SETTINGS.rootFileNamePattern)
      .setValue(settings.rootFileNamePattern)
      .onChange((value) => {
        const problem = patternProblem(value);
        patternMessage.setText(problem === null ? "" : t("roots.settings.pattern.invalid", { error: problem }));
        text.inputEl.toggleClass("process-sharing-invalid", problem !== null);
        if (problem !== null) return;
        settings.rootFileNamePattern = value;
        save();
      }),
  );

  new Setting(containerEl)
    .setName(t("roots.settings.folder.name"))
    .setDesc(t("roots.settings.folder.desc"))
    .addText((text) =>
      text.setValue(settings.rootsFolder).onChange((value) => {
        settings.rootsFolder = value.trim() === "" ? "" : normalizePath(value.trim());
        save();
      }),
    );

  new Setting(containerEl)
    .setName(t("roots.settings.key.name"))
    .setDesc(t("roots.settings.key.desc"))
    .addText((text) =>
      text
        .setPlaceholder(DEFAULT_SETTINGS.rootsKey)
        .setValue(settings.rootsKey)
        .onChange((value) => {
          if (value.trim() === "") return;
          settings.rootsKey = value.trim();
          save();
        }),
    );
}
