// The general (checklist) settings as a user changes them: first, without a heading, and saved.
import { describe, expect, it } from "vitest";
import { createHarness, displaySettings, settle } from "./harness";

describe("checklist settings", () => {
  it("come first, with no heading, and save item toggles, extra words, the marker and ignored paths", async () => {
    const h = await createHarness({ files: {}, language: "en" });
    const settings = await displaySettings(h);
    expect(settings[0]?.name).toBe("Checklist items");
    const find = (name: string) => {
      const found = settings.find((setting) => setting.name === name);
      if (!found) throw new Error(`No setting "${name}" among ${settings.map((s) => s.name).join(", ")}`);
      return found;
    };
    find("Record and archive").components[0]?.setValue(false as unknown as string);
    find("Extra words: Failures and pivots").components[0]?.setValue("삐끗, flopped");
    const marker = find("Process post marker");
    marker.components[0]?.setValue("kind");
    marker.components[1]?.setValue("journal");
    find("Ignored notes and folders").components[0]?.setValue("private\n  drafts/old  \n\n");

    const context = h.plugin.context;
    expect(context.settings.enabledItems.archive).toBe(false);
    expect(context.settings.extraWords.failures).toBe("삐끗, flopped");
    expect(context.settings.postMarkerKey).toBe("kind");
    expect(context.settings.postMarkerValue).toBe("journal");
    expect(context.settings.ignoredPaths).toEqual(["private", "drafts/old"]);
    await settle();
    const saved = h.mockPlugin.data__ as { enabledItems: Record<string, boolean>; ignoredPaths: string[] };
    expect(saved.enabledItems.archive).toBe(false);
    expect(saved.ignoredPaths).toEqual(["private", "drafts/old"]);
    // self-us-now is structural: it takes no extra words.
    expect(settings.some((setting) => setting.name.startsWith("Extra words: Self"))).toBe(false);
  });

  it("keeps the last marker key when the field is cleared", async () => {
    const h = await createHarness({ files: {} });
    const settings = await displaySettings(h);
    settings.find((setting) => setting.name === "Process post marker")?.components[0]?.setValue("  ");
    expect(h.plugin.context.settings.postMarkerKey).toBe("type");
  });
});
