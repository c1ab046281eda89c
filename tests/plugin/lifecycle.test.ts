import { describe, expect, it } from "vitest";
import { createHarness, notices } from "./harness";

describe("plugin lifecycle", () => {
  it("loads into an in-memory Obsidian with default settings and a settings tab", async () => {
    const h = await createHarness({ files: { "note.md": "# Hello" } });
    expect(h.plugin.context.settings.postMarkerKey).toBe("type");
    expect(h.mockPlugin.settingTabs__).toHaveLength(1);
    expect(notices()).toEqual([]);
  });

  it("keeps loading when data.json is broken, and says what it reset", async () => {
    const h = await createHarness({
      data: { postMarkerKey: 42, rootFileNamePattern: "([", surprise: true, enabledItems: { why: "yes" } },
    });
    const { settings } = h.plugin.context;
    expect(settings.postMarkerKey).toBe("type");
    expect(settings.rootFileNamePattern).toBe("^root-\\d+");
    expect(settings.enabledItems.why).toBe(true);
    expect(notices().join("\n")).toMatch(/postMarkerKey/);
  });

  it("loads with saved data that is not an object at all", async () => {
    const h = await createHarness({ data: "garbage" });
    expect(h.plugin.context.settings.rootTag).toBe("root");
    expect(notices(), JSON.stringify(notices())).toHaveLength(1);
  });

  it("keeps what was saved when it is valid", async () => {
    const h = await createHarness({ data: { postsFolder: "글/과정", enabledItems: { archive: false } } });
    expect(h.plugin.context.settings.postsFolder).toBe("글/과정");
    expect(h.plugin.context.settings.enabledItems.archive).toBe(false);
    expect(notices()).toEqual([]);
  });

  it("releases every event handler it registered when unloaded", async () => {
    const h = await createHarness({ files: { "a.md": "x" } });
    const registered = (h.mockPlugin as unknown as { events__: unknown[] }).events__.length;
    h.unload();
    expect((h.mockPlugin as unknown as { events__: unknown[] }).events__).toHaveLength(0);
    expect((h.mockPlugin as unknown as { cleanups__: unknown[] }).cleanups__).toHaveLength(0);
    expect(registered).toBeGreaterThanOrEqual(0);
  });
});
