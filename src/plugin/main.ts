// Lifecycle only: load settings, then let each feature register its views, commands and events.
import { Plugin } from "obsidian";
import { loadSettings } from "./settings-store";
import { ProcessSharingSettingTab } from "./settings-tab";
import { registerChecklistFeature } from "./features/checklist";
import { registerRootsFeature } from "./features/roots";
import { registerScaffoldFeature } from "./features/scaffold";
import { PluginContext } from "./plugin-context";

export default class ProcessSharingPlugin extends Plugin {
  context!: PluginContext;

  override async onload(): Promise<void> {
    this.context = new PluginContext(this);
    await loadSettings(this.context);
    this.addSettingTab(new ProcessSharingSettingTab(this.app, this, this.context));
    registerRootsFeature(this.context);
    registerChecklistFeature(this.context);
    registerScaffoldFeature(this.context);
  }

  override onunload(): void {
    this.context.dispose();
  }
}
