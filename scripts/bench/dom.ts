// A DOM for the plugin cases outside Vitest: jsdom's window copied onto the global object the way
// Vitest's jsdom environment does it, then obsidian-test-mocks' setup (createEl, activeWindow…),
// then the two globals tests/plugin/setup.ts provides to the harness.
import { JSDOM } from "jsdom";

export async function installDom(): Promise<void> {
  const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true, url: "http://localhost/" });
  const window = dom.window as unknown as Record<string, unknown>;
  const target = globalThis as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in target) continue;
    Object.defineProperty(target, key, {
      configurable: true,
      get: (): unknown => window[key],
      set: (value: unknown) => {
        window[key] = value;
      },
    });
  }
  target.__processSharingLanguage = "en";
  target.__processSharingNotices = [];
  const { setup } = await import("obsidian-test-mocks/setup");
  setup();
}
