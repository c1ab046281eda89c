// Lint: Obsidian's recommended rules (with type-checked typescript-eslint) on everything that
// ships in main.js — src/core and src/plugin — and on the release files. Code that never runs
// inside Obsidian (the Node CLI, tests, build scripts) gets typescript-eslint's type-checked rules
// instead: the Obsidian guidelines (no Node modules, no console) are about the plugin, not about them.
import { defineConfig, globalIgnores } from "eslint/config";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import { DEFAULT_BRANDS } from "eslint-plugin-obsidianmd/dist/lib/rules/ui/brands.js";

// Sentence case holds for our UI text too; the frame's name is a proper name, like a brand.
const brands = [...DEFAULT_BRANDS, "Self-Us-Now", "Process Sharing"];

const PLUGIN_CODE = ["src/core/**/*.ts", "src/plugin/**/*.ts"];
const NODE_CODE = ["src/cli/**/*.ts", "tests/**/*.ts", "scripts/**/*.{ts,mjs}", "*.mjs", "*.ts"];
const SCRIPT_FILE = /\*\*\/\*\.\{(ts|js)/;

// Obsidian's configs that target script files are narrowed to the plugin's code; the rest
// (package.json, the English locale module) keep their own file patterns.
const obsidianForPlugin = obsidianmd.configs.recommendedWithLocalesEn.map((config) => {
  const patterns = (config.files ?? []).flat();
  const targetsScripts = config.files === undefined || patterns.some((p) => SCRIPT_FILE.test(p));
  return targetsScripts ? { ...config, files: PLUGIN_CODE } : config;
});

export default defineConfig([
  globalIgnores(["node_modules/", "main.js", "dist/", "coverage/", "examples/", "tmp/", "docs/", "*.d.mts"]),
  ...obsidianForPlugin,
  {
    files: PLUGIN_CODE,
    rules: {
      "obsidianmd/ui/sentence-case": ["warn", { brands }],
      "obsidianmd/ui/sentence-case-locale-module": ["warn", { brands }],
    },
  },
  {
    files: NODE_CODE,
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.mjs", "scripts/*.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // The preview's and the end-to-end run's Node scripts: untyped like the other .mjs files, and
    // playwright's page.evaluate callbacks in them run in the browser.
    files: ["scripts/preview/**/*.mjs", "scripts/e2e/**/*.mjs"],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: false },
    },
  },
]);
