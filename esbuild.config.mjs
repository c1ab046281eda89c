// Two bundles from one source tree: the plugin (main.js) and the CLI (dist/cli.js).
// `node esbuild.config.mjs production` builds both once; without it, the plugin is
// rebuilt on every change straight into the example vault's plugin folder.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { chmod, copyFile, mkdir } from "node:fs/promises";
import { pathToFileURL } from "node:url";

const production = process.argv[2] === "production";
const devPluginDir = "examples/vault/.obsidian/plugins/process-sharing";

export const pluginOptions = {
  entryPoints: ["src/plugin/main.ts"],
  bundle: true,
  format: "cjs",
  platform: "browser",
  target: "es2021",
  external: [
    "obsidian",
    "electron",
    "@codemirror/*",
    "@lezer/*",
    ...builtinModules,
    ...builtinModules.map((name) => `node:${name}`),
  ],
  logLevel: "info",
  treeShaking: true,
  // Korean text as UTF-8 (3 bytes a syllable) rather than \uXXXX escapes (6); Obsidian reads main.js as UTF-8.
  charset: "utf8",
  minify: production,
  sourcemap: production ? false : "inline",
  outfile: production ? "main.js" : `${devPluginDir}/main.js`,
  metafile: true,
};

export const cliOptions = {
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Bundled CommonJS dependencies (yaml) call require(); an ES module has none of its own.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
  },
  logLevel: "info",
  outfile: "dist/cli.js",
};

/** Builds dist/cli.js (also used by the CLI tests, so they always run the real bundle). */
export async function buildCli() {
  await esbuild.build({ ...cliOptions, logLevel: "warning" });
  await chmod(cliOptions.outfile, 0o755);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (!invokedDirectly) {
  // Imported for buildCli(): build nothing else.
} else if (production) {
  await esbuild.build(pluginOptions);
  await buildCli();
} else {
  await mkdir(devPluginDir, { recursive: true });
  await copyFile("manifest.json", `${devPluginDir}/manifest.json`);
  await copyFile("styles.css", `${devPluginDir}/styles.css`);
  const context = await esbuild.context(pluginOptions);
  await context.watch();
}
