// What every feature of the plugin shares: the app, the settings, the translator, and the
// extension points the sidebar offers to other features. Features receive this instead of
// reaching into the Plugin subclass, so main.ts stays the lifecycle alone.
import { debounce, Events, getLanguage, type App, type Plugin, type TFile } from "obsidian";
import { createTranslator, pickLanguage, type Language, type Translate, type MessageKey } from "../core/i18n";
import { defaultSettings, type Settings } from "../core/settings";
import type { ChecklistItemId } from "../core/ids";
import type { DateTools } from "../core/dates/date-tools";
import { momentDates } from "./moment-dates";

/** A block the checklist sidebar draws below the checklist, e.g. "Linked roots". */
export interface SidebarSection {
  id: string;
  /** Draws the section for the note the sidebar shows. */
  render(containerEl: HTMLElement, file: TFile): void;
}

/** A button the sidebar offers under a checklist item that does not pass. */
export interface QuickFix {
  id: string;
  /** Items under which the button appears when they fail. */
  itemIds: readonly ChecklistItemId[];
  label: MessageKey;
  run(file: TFile): Promise<void>;
}

/** A root note as other features see it (the roots feature provides the catalog). */
export interface RootEntry {
  path: string;
  title: string;
  /** What to write between [[ ]] to link it. */
  linktext: string;
}

export interface RootCatalog {
  /** Every root of the vault, in number order. */
  listRoots(): RootEntry[];
}

export class PluginContext {
  readonly app: App;
  readonly language: Language;
  readonly t: Translate;
  settings: Settings = defaultSettings();
  readonly sidebarSections: SidebarSection[] = [];
  readonly quickFixes: QuickFix[] = [];
  /** Set by the roots feature once its index exists; empty until then. */
  rootCatalog: RootCatalog = { listRoots: () => [] };
  /** Fires "settings-changed" after settings are saved, "index-changed" when the root graph changes. */
  readonly events = new Events();
  /** Dates go through Obsidian's moment. */
  readonly dates: DateTools = momentDates;

  constructor(readonly plugin: Plugin) {
    this.app = plugin.app;
    this.language = pickLanguage(getLanguage());
    this.t = createTranslator(this.language);
  }

  async saveSettings(): Promise<void> {
    await this.plugin.saveData(this.settings);
    this.events.trigger("settings-changed");
  }

  /**
   * Saves once typing pauses. Each save makes the views check their notes again (and the root index
   * rebuild, when a setting that recognises roots changed), so a word typed into a settings field
   * saves once, not once per key. Pending saves run when the settings tab closes and at unload.
   */
  readonly saveSettingsSoon = debounce(() => void this.saveSettings(), 400, true);

  /** Saves at once (a toggle, a pick from suggestions), with what was typed before and is still waiting. */
  saveSettingsNow(): Promise<void> {
    this.saveSettingsSoon.cancel();
    return this.saveSettings();
  }

  dispose(): void {
    this.saveSettingsSoon.run();
    this.sidebarSections.length = 0;
    this.quickFixes.length = 0;
  }
}
