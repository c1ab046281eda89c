// The settings tab: general (checklist) settings first with no heading, then one headed
// section per feature. Each section lives beside its feature in settings/.
import { PluginSettingTab, type App, type Plugin } from "obsidian";
import type { PluginContext } from "./plugin-context";
import { renderChecklistSettings } from "./settings/checklist-settings";
import { renderRootsSettings } from "./settings/roots-settings";
import { renderScaffoldSettings } from "./settings/scaffold-settings";

export class ProcessSharingSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly context: PluginContext,
  ) {
    super(app, plugin);
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    renderChecklistSettings(containerEl, this.context);
    renderRootsSettings(containerEl, this.context);
    renderScaffoldSettings(containerEl, this.context);
  }
}
