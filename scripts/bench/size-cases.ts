// What ships: main.js built the production way (`node esbuild.config.mjs production`) and its size,
// and, from a metafile of the same build, which date-fns locales are inside it (only ko and en-US
// may be).
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { BENCH_DIR } from "./bundles";
import { result, type CaseResult } from "./report";

const MAX_KB = 80;
const ALLOWED_LOCALES = new Set(["ko", "en-US"]);

function runProductionBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["esbuild.config.mjs", "production"], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(stderr.trim() || `exit ${String(code)}`))));
  });
}

/**
 * The date-fns locales whose code is in the output, from a metafile of the same build: an input
 * counts when it contributes bytes (the metafile also lists inputs that tree shaking dropped).
 */
async function shippedLocales(): Promise<string[]> {
  // The options of esbuild.config.mjs's plugin build, written to tmp/ with a metafile.
  const built = await esbuild.build({
    entryPoints: ["src/plugin/main.ts"],
    bundle: true,
    format: "cjs",
    platform: "browser",
    target: "es2021",
    external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
    treeShaking: true,
    minify: true,
    outfile: `${BENCH_DIR}/main.metafile.js`,
    metafile: true,
    logLevel: "silent",
  });
  const locales = new Set<string>();
  for (const output of Object.values(built.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /date-fns\/locale\/([^/]+)\//u.exec(input);
      if (bytesInOutput > 0 && match?.[1] !== undefined && match[1] !== "_lib") locales.add(match[1]);
    }
  }
  return [...locales].sort();
}

export async function sizeCases(): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  try {
    await runProductionBuild();
    const { size } = await stat("main.js");
    results.push(result("size", "main-js", "main.js, minified (node esbuild.config.mjs production)", size / 1024, "KB", { max: MAX_KB }));
  } catch (error) {
    results.push(result("size", "main-js", "main.js, minified", null, "KB", { max: MAX_KB }, error instanceof Error ? error.message.split("\n")[0] : String(error)));
  }
  const locales = await shippedLocales();
  const extra = locales.filter((locale) => !ALLOWED_LOCALES.has(locale));
  results.push(
    result("size", "locales", "date-fns locales other than ko and en-US in main.js", extra.length, "count", { max: 0 }, `shipped: ${locales.length > 0 ? locales.join(", ") : "none"}`),
  );
  return results;
}
