// The programs the benchmark runs as child processes, bundled into tmp/bench/ with the project's
// own esbuild: the CLI as dist/cli.js would be, the floor, and the plugin bench (with `obsidian`
// resolved to the in-memory Obsidian of obsidian-test-mocks, as the plugin tests do).
import esbuild from "esbuild";
import { builtinModules } from "node:module";

export const BENCH_DIR = "tmp/bench";

export interface Bundles {
  cli: string;
  floor: string;
  plugin: string;
}

export async function buildBundles(): Promise<Bundles> {
  // CommonJS dependencies (yaml) call require("process"); an ESM bundle needs a require to give them.
  const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
  const node = { bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "warning", banner: { js: requireShim } } as const;
  // The CLI with esbuild.config.mjs's options plus the require shim (dist/cli.js lacks it and stops
  // at start-up with "Dynamic require of process"). Named cli.js: src/cli/main.ts runs itself only
  // when started as cli.js, main.ts or process-sharing.
  const cli = `${BENCH_DIR}/cli.js`;
  const floor = `${BENCH_DIR}/floor.mjs`;
  const plugin = `${BENCH_DIR}/plugin-bench.mjs`;
  await esbuild.build({ ...node, entryPoints: ["src/cli/main.ts"], outfile: cli });
  await esbuild.build({ ...node, entryPoints: ["scripts/bench/floor.ts"], outfile: floor });
  await esbuild.build({
    ...node,
    entryPoints: ["scripts/bench/plugin-bench.ts"],
    outfile: plugin,
    alias: { obsidian: "obsidian-test-mocks/obsidian" },
    // jsdom loads files of its own at run time; it stays a package import.
    external: ["jsdom", ...builtinModules],
  });
  return { cli, floor, plugin };
}
