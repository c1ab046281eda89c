// The in-memory Obsidian our plugin tests run in (see in-memory-obsidian.ts for what it adds to
// obsidian-test-mocks). Tests act as a user does: open a note, type, run a command, click what the
// view shows. The same module drives the browser preview, so tests and preview see one Obsidian.
import {
  createInMemoryObsidian,
  type InMemoryObsidian,
  type InMemoryObsidianOptions,
} from "./in-memory-obsidian";

export { clearNotices, notices, openModals, setLanguage, settle } from "./in-memory-obsidian";

export type HarnessOptions = InMemoryObsidianOptions;
export type Harness = InMemoryObsidian;

export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  return createInMemoryObsidian(options);
}

// ————— scaffold helper: the settings tab as a user sees it —————

/** A rendered setting: its name, description text, and the components a user would change. */
export interface RenderedSetting {
  name: string;
  descEl: HTMLElement;
  /** The mocks' components; `setValue` on them fires onChange, as typing or picking does. */
  components: { setValue(value: string): unknown; getValue(): unknown; inputEl?: HTMLInputElement }[];
}

/** Opens the plugin's settings tab (display()) and returns every setting drawn, in order. */
export async function displaySettings(h: Harness): Promise<RenderedSetting[]> {
  const { Setting } = await import("obsidian-test-mocks/obsidian");
  const created: InstanceType<typeof Setting>[] = [];
  const proto = Setting.prototype as unknown as { constructor__: (this: InstanceType<typeof Setting>, containerEl: HTMLElement) => void };
  const original = proto.constructor__;
  proto.constructor__ = function (this: InstanceType<typeof Setting>, containerEl: HTMLElement) {
    created.push(this);
    original.call(this, containerEl);
  };
  try {
    const tab = h.mockPlugin.settingTabs__[0];
    if (!tab) throw new Error("The plugin added no settings tab");
    tab.display();
  } finally {
    proto.constructor__ = original;
  }
  return created.map((setting) => ({
    name: setting.nameEl.textContent ?? "",
    descEl: setting.descEl,
    components: setting.components as unknown as RenderedSetting["components"],
  }));
}

// Checklist tests: which sidebar a view's leaf lives in ("left", "right" or "main").
export { leafLocation } from "./in-memory-obsidian";
