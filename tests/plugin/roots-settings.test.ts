// The roots section of the settings tab, as a user changes it.
import { describe, expect, it } from "vitest";
import { createHarness, displaySettings, type RenderedSetting } from "./harness";
import { VaultIndex } from "../../src/plugin/vault-index";

function find(settings: RenderedSetting[], name: string): RenderedSetting {
  const setting = settings.find((candidate) => candidate.name === name);
  if (!setting) throw new Error(`no setting "${name}" among ${settings.map((s) => s.name).join(", ")}`);
  return setting;
}

const error = (setting: RenderedSetting): string => setting.descEl.querySelector(".process-sharing-setting-error")?.textContent ?? "";

describe("the Roots section", () => {
  it("has a heading and one setting per way of recognising a root, in English and Korean", async () => {
    const names = (await displaySettings(await createHarness())).map((setting) => setting.name);
    const start = names.indexOf("Roots");
    expect(start).toBeGreaterThanOrEqual(0);
    expect(names.slice(start + 1, start + 6)).toEqual([
      "Root tag",
      "Root frontmatter key and value",
      "Root file-name pattern",
      "Roots folder",
      "Roots frontmatter key",
    ]);
    const korean = (await displaySettings(await createHarness({ language: "ko" }))).map((setting) => setting.name);
    expect(korean).toEqual(expect.arrayContaining(["루트", "루트 태그", "루트 파일 이름 패턴"]));
  });

  it("keeps the last valid file-name pattern and says what is wrong with an invalid one", async () => {
    const h = await createHarness();
    const pattern = find(await displaySettings(h), "Root file-name pattern");
    pattern.components[0]?.setValue("^(root-\\d+");
    expect(error(pattern)).toMatch(/^Not a valid regular expression \(.+\)\. The last valid pattern stays in use\.$/u);
    expect(h.plugin.context.settings.rootFileNamePattern).toBe("^root-\\d+");
    pattern.components[0]?.setValue("^루트-\\d+");
    expect(error(pattern)).toBe("");
    expect(h.plugin.context.settings.rootFileNamePattern).toBe("^루트-\\d+");
  });

  it("stores the tag without #, the folder normalised, and never an empty roots key", async () => {
    const h = await createHarness();
    const settings = await displaySettings(h);
    find(settings, "Root tag").components[0]?.setValue("#철학");
    find(settings, "Roots folder").components[0]?.setValue("/Philosophy//roots/");
    find(settings, "Roots frontmatter key").components[0]?.setValue("  ");
    expect(h.plugin.context.settings.rootTag).toBe("철학");
    expect(h.plugin.context.settings.rootsFolder).toBe("Philosophy/roots");
    expect(h.plugin.context.settings.rootsKey).toBe("roots");
  });

  it("recognises roots by the new rules once saved", async () => {
    const h = await createHarness({ files: { "Philosophy/Inside out.md": "# Inside out\n" } });
    const settings = await displaySettings(h);
    find(settings, "Roots folder").components[0]?.setValue("Philosophy");
    await h.plugin.context.saveSettings();
    const index = h.plugin.context.rootCatalog;
    expect(index).toBeInstanceOf(VaultIndex);
    expect(index.listRoots().map((root) => root.path)).toEqual(["Philosophy/Inside out.md"]);
  });
});
