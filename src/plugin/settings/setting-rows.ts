// One description of each settings section serves both of Obsidian's settings APIs: the classic
// display() (Obsidian before 1.13) draws the rows into the tab, and getSettingDefinitions()
// (1.13 and later) hands the same rows to Obsidian, which draws them and finds them in its search.
import { Setting, type SettingDefinition, type SettingDefinitionItem } from "obsidian";

export interface SettingRow {
  name: string;
  desc?: string;
  /** Adds the row's controls to a Setting that already carries its name and description. */
  render(setting: Setting): void;
}

export interface SettingsSection {
  /** Null for the general section, which comes first and has no heading. */
  heading: string | null;
  rows: SettingRow[];
}

export function drawSection(containerEl: HTMLElement, section: SettingsSection): void {
  if (section.heading !== null) new Setting(containerEl).setName(section.heading).setHeading();
  for (const row of section.rows) {
    const setting = new Setting(containerEl).setName(row.name);
    if (row.desc !== undefined) setting.setDesc(row.desc);
    row.render(setting);
  }
}

export function sectionDefinitions(section: SettingsSection): SettingDefinitionItem[] {
  const items: SettingDefinition[] = section.rows.map((row) => ({
    name: row.name,
    ...(row.desc === undefined ? {} : { desc: row.desc }),
    render: (setting: Setting) => row.render(setting),
  }));
  return section.heading === null ? items : [{ type: "group", heading: section.heading, items }];
}
