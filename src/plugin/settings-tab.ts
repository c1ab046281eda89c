// The settings tab: general (checklist) settings first with no heading, then one headed section
// per feature. Each section is described once, beside its feature in settings/, and serves both
// the classic display() and Obsidian 1.13's searchable getSettingDefinitions().
import { PluginSettingTab, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import type { PluginContext } from "./plugin-context";
import { checklistSettingsSection } from "./settings/checklist-settings";
import { rootsSettingsSection } from "./settings/roots-settings";
import { scaffoldSettingsSection } from "./settings/scaffold-settings";
import { drawSection, sectionDefinitions, type SettingsSection } from "./settings/setting-rows";

export class ProcessSharingSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly context: PluginContext,
  ) {
    super(app, plugin);
  }

  private sections(): SettingsSection[] {
    return [
      checklistSettingsSection(this.context),
      rootsSettingsSection(this.context),
      scaffoldSettingsSection(this.context),
    ];
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return this.sections().flatMap(sectionDefinitions);
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const section of this.sections()) drawSection(containerEl, section);
  }

  /** Closing the settings saves what was typed last, without waiting for the pause. */
  override hide(): void {
    this.context.saveSettingsSoon.run();
    super.hide();
  }
}
