// The programs the benchmark runs as child processes, bundled into tmp/bench/ with the project's
// own esbuild: the CLI as dist/cli.js would be, the floor, and the plugin bench (with `obsidian`
// resolved to the in-memory Obsidian of obsidian-test-mocks, as the plugin tests do). Each is built
// when its group runs, so a source that does not build stops only the cases that need it.
import esbuild from "esbuild";
import { builtinModules } from "node:module";

export const BENCH_DIR = "tmp/bench";

// CommonJS dependencies (yaml) call require("process"); an ESM bundle needs a require to give them.
const REQUIRE_SHIM = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
const NODE = { bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "silent", banner: { js: REQUIRE_SHIM } } as const;

export interface CliBundles {
  cli: string;
  floor: string;
}

/**
 * The CLI built as esbuild.config.mjs builds dist/cli.js (ESM for Node, with the require shim), and
 * the floor. Written to tmp/ so a benchmark never races `npm run build` over dist/. Named cli.js:
 * src/cli/main.ts runs itself only when started as cli.js, main.ts or process-sharing.
 */
export async function buildCliBundles(): Promise<CliBundles> {
  const cli = `${BENCH_DIR}/cli.js`;
  const floor = `${BENCH_DIR}/floor.mjs`;
  await esbuild.build({ ...NODE, entryPoints: ["src/cli/main.ts"], outfile: cli });
  await esbuild.build({ ...NODE, entryPoints: ["scripts/bench/floor.ts"], outfile: floor });
  return { cli, floor };
}

export async function buildPluginBundle(): Promise<string> {
  const plugin = `${BENCH_DIR}/plugin-bench.mjs`;
  await esbuild.build({
    ...NODE,
    entryPoints: ["scripts/bench/plugin-bench.ts"],
    outfile: plugin,
    alias: { obsidian: "obsidian-test-mocks/obsidian" },
    // jsdom loads files of its own at run time; it stays a package import.
    external: ["jsdom", ...builtinModules],
  });
  return plugin;
}
