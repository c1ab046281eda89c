// The plugin's UI strings (src/core/i18n/en.ts and ko.ts), loaded for the language check: a text
// on screen that matches an English template whose Korean translation differs is English left in a
// Korean UI.
import esbuild from "esbuild";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const I18N = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src/core/i18n");

async function loadTable(name, exportName) {
  const source = await readFile(path.join(I18N, `${name}.ts`), "utf8");
  const { code } = await esbuild.transform(source, { loader: "ts", format: "esm" });
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  return module[exportName];
}

export const en = await loadTable("en", "en");
export const ko = await loadTable("ko", "ko");

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** English templates that read differently in Korean, as whole-string patterns ({x} matches anything). */
export const englishOnly = Object.entries(en)
  .filter(([key, text]) => ko[key] !== text && /[A-Za-z]{2}/.test(text.replace(/\{[A-Za-z0-9_]+\}/g, "")))
  .map(([key, text]) => ({
    key,
    text,
    pattern: new RegExp(`^${text.split(/\{[A-Za-z0-9_]+\}/).map(escape).join("[\\s\\S]+?")}$`),
  }));

/** The English template a visible text matches, or null. */
export function englishTemplateOf(text) {
  const trimmed = text.trim();
  return englishOnly.find((entry) => entry.pattern.test(trimmed)) ?? null;
}
