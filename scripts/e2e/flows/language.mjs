// With Obsidian in Korean (?lang=ko) every string of the plugin's UI on screen is Korean: the checklist
// sidebar with its linked roots, the roots overview, the vault report, the new-post modal and the
// command names. Text
// that comes from the notes themselves (titles, evidence lines) may be in any language.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { assert, openPreview, runCommandById, visibleStrings } from "../browser.mjs";
import { englishTemplateOf } from "../ui-strings.mjs";
import { CHECKLIST_COMMAND, SIDEBAR } from "./checklist.mjs";

const VAULT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../examples/vault");

/** Every note's text and file name: strings shown from here are the writer's, not the plugin's. */
function vaultText(dir = VAULT) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      if (entry.name.startsWith(".")) return [];
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? [vaultText(full)] : [entry.name, readFileSync(full, "utf8")];
    })
    .join("\n")
    .normalize("NFC");
}
const NOTES = vaultText();

// Two or more Latin words in a row: an English phrase, unless the notes wrote it.
const ENGLISH_PHRASE = /[A-Za-z]{2,}[ ,'’-]+[A-Za-z]{2,}/;

/** Strings in `selector` that are English UI text in a Korean UI. */
async function englishLeftovers(page, selector, extraAllowed = "") {
  const strings = await visibleStrings(page, selector);
  assert(strings.length > 0, `nothing visible in ${selector}`);
  assert(strings.some((text) => /[가-힣]/.test(text)), `no Korean at all in ${selector}`);
  return strings.filter((text) => {
    const normal = text.normalize("NFC");
    if (englishTemplateOf(normal)) return true;
    return ENGLISH_PHRASE.test(normal) && !NOTES.includes(normal) && !extraAllowed.includes(normal);
  });
}

export const languageFlows = [
  {
    name: "Korean UI: sidebar, roots overview, report, new-post modal and commands show no English UI text",
    async run({ context, url }) {
      const page = await openPreview(context, url, { theme: "light", lang: "ko", note: "posts/손으로 꿰맨 노트, 석 달째 만드는 과정.md" });
      const found = [];

      await page.keyboard.press("Control+P");
      await page.locator(".preview-palette .suggestion-item").first().waitFor();
      // The palette prefixes the plugin's name, which stays "Process Sharing" in every language.
      const commandNames = (await page.locator(".preview-palette .suggestion-item").allInnerTexts()).map((label) => label.replace(/^Process Sharing: /, ""));
      for (const name of commandNames) if (englishTemplateOf(name) || ENGLISH_PHRASE.test(name)) found.push(`command: ${name}`);
      await page.keyboard.press("Escape");

      await runCommandById(page, CHECKLIST_COMMAND);
      await page.locator(SIDEBAR).waitFor({ state: "visible" });
      found.push(...(await englishLeftovers(page, ".preview-right")).map((text) => `sidebar: ${text}`));

      await runCommandById(page, "open-roots-overview");
      await page.locator(".process-sharing-roots-overview").waitFor({ state: "visible" });
      found.push(...(await englishLeftovers(page, ".preview-main-content")).map((text) => `roots overview: ${text}`));

      await runCommandById(page, "check-all-posts");
      await page.locator(".process-sharing-report-row").first().waitFor();
      found.push(...(await englishLeftovers(page, ".preview-main-content")).map((text) => `report: ${text}`));

      await runCommandById(page, "new-process-post");
      await page.locator(".modal .process-sharing-new-post").waitFor({ state: "visible" });
      found.push(...(await englishLeftovers(page, ".modal-container .modal")).map((text) => `new-post modal: ${text}`));
      await page.keyboard.press("Escape");

      assert(found.length === 0, `English left in the Korean UI: ${found.join(" | ")}`);
    },
  },
];
