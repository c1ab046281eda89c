// `npm run bench`: generates its inputs (seeded, so every run measures the same notes and vaults),
// runs every case after a warm-up, and prints the medians against their targets.
//   npm run bench                  the full run (a few minutes)
//   npm run bench -- --quick       a smoke run: smaller inputs, fewer samples
//   npm run bench -- --json        machine-readable results on stdout
//   npm run bench -- --only graph,checklist   some groups only (checklist, adversarial, graph, cli, plugin, size)
//   npm run bench -- --markdown    the table as Markdown, for docs/performance.md
// `npm run bench --quick` (npm's own flag syntax) works too: npm passes it on as npm_config_quick.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import os from "node:os";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { parseArgs } from "node:util";
import { buildBundles } from "./bundles";
import { adversarialCases, checklistCases, runAdversarialJob, type AdversarialJob } from "./checklist-cases";
import { cliCases } from "./cli-cases";
import { graphCases } from "./graph-cases";
import type { TimingOptions } from "./measure";
import { formatMarkdown, formatTable, type CaseResult } from "./report";
import { sizeCases } from "./size-cases";

const GROUPS = ["checklist", "adversarial", "graph", "cli", "plugin", "size"] as const;
type Group = (typeof GROUPS)[number];

interface Options {
  quick: boolean;
  json: boolean;
  markdown: boolean;
  groups: ReadonlySet<Group>;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      markdown: { type: "boolean", default: false },
      only: { type: "string" },
    },
  });
  const fromNpm = (name: string): boolean => process.env[`npm_config_${name}`] === "true";
  const only = values.only ?? process.env.npm_config_only;
  const groups = only === undefined ? [...GROUPS] : only.split(",").map((entry) => entry.trim());
  const unknown = groups.filter((group) => !(GROUPS as readonly string[]).includes(group));
  if (unknown.length > 0) throw new Error(`unknown group(s): ${unknown.join(", ")}; known: ${GROUPS.join(", ")}`);
  return {
    quick: values.quick || fromNpm("quick"),
    json: values.json || fromNpm("json"),
    markdown: values.markdown || fromNpm("markdown"),
    groups: new Set(groups as Group[]),
  };
}

async function machine(): Promise<{ cpu: string; cores: number; node: string; platform: string }> {
  const cpuinfo = await readFile("/proc/cpuinfo", "utf8").catch(() => "");
  const model = /^model name\s*:\s*(.+)$/mu.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "unknown";
  return { cpu: model.trim(), cores: os.availableParallelism(), node: process.version, platform: `${os.type()} ${os.release()}` };
}

/** Runs the plugin cases in their own process: they need a DOM (jsdom) and the Obsidian mocks. */
function pluginCases(bundle: string, quick: boolean): Promise<CaseResult[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--expose-gc", bundle, ...(quick ? ["--quick"] : [])], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("close", (code) => {
      try {
        resolve(JSON.parse(stdout) as CaseResult[]);
      } catch {
        const reason = stderr.split("\n").find((line) => line.trim() !== "") ?? `exit ${String(code)}`;
        resolve([{ group: "plugin", id: "plugin", label: "plugin cases", value: null, unit: "ms", met: false, note: `could not run: ${reason}` }]);
      }
    });
  });
}

async function main(): Promise<void> {
  const options = readOptions();
  const started = Date.now();
  const log = (message: string): void => {
    if (!options.json) process.stderr.write(`${message}\n`);
  };
  const timing: TimingOptions = options.quick ? { samples: 3, minSampleMs: 2, warmup: 1 } : { samples: 9, minSampleMs: 20, warmup: 3 };
  const slowTiming: TimingOptions = options.quick ? { samples: 1, minSampleMs: 0, warmup: 0 } : { samples: 5, minSampleMs: 0, warmup: 1 };
  const results: CaseResult[] = [];
  const bundles = await buildBundles();

  if (options.groups.has("checklist")) {
    log("checklist on one note…");
    results.push(...checklistCases(timing));
  }
  if (options.groups.has("adversarial")) {
    log("adversarial notes…");
    results.push(...(await adversarialCases(new URL(import.meta.url), options.quick ? 0.1 : 1, slowTiming, options.quick ? 10_000 : 20_000)));
  }
  if (options.groups.has("graph")) {
    log("root graph…");
    results.push(...graphCases(options.quick ? [1_000, 10_000] : [1_000, 10_000, 50_000], timing));
  }
  if (options.groups.has("cli")) {
    log("CLI…");
    const vault = options.quick ? { folder: "tmp/bench-vault-quick", count: 500 } : { folder: "tmp/bench-vault", count: 5_000 };
    results.push(...(await cliCases(bundles, vault.folder, vault.count, options.quick ? { samples: 1, warmup: 0 } : { samples: 5, warmup: 1 })));
  }
  if (options.groups.has("plugin")) {
    log("plugin…");
    results.push(...(await pluginCases(bundles.plugin, options.quick)));
  }
  if (options.groups.has("size")) {
    log("main.js…");
    results.push(...(await sizeCases()));
  }

  const about = { ...(await machine()), quick: options.quick, seconds: Math.round((Date.now() - started) / 1000) };
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ machine: about, results }, null, 2)}\n`);
    return;
  }
  const header = `${about.cpu}, ${about.cores} cores, Node ${about.node}${options.quick ? " — quick run: smaller inputs, fewer samples" : ""} (${about.seconds} s)`;
  process.stdout.write(`${header}\n\n${options.markdown ? formatMarkdown(results) : formatTable(results)}\n`);
}

if (isMainThread) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
} else {
  // A worker started by adversarialCases: time one adversarial note and report back.
  parentPort?.postMessage(runAdversarialJob(workerData as AdversarialJob));
}
