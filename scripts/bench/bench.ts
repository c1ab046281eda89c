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
import { buildCliBundles, buildPluginBundle } from "./bundles";
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

async function machine(): Promise<{ cpu: string; cores: number; node: string; platform: string; load: string }> {
  const cpuinfo = await readFile("/proc/cpuinfo", "utf8").catch(() => "");
  const model = /^model name\s*:\s*(.+)$/mu.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "unknown";
  // Other work on the machine inflates every figure; the load average says how busy it was.
  const load = os.loadavg().map((value) => value.toFixed(1)).join(" ");
  return { cpu: model.trim(), cores: os.availableParallelism(), node: process.version, platform: `${os.type()} ${os.release()}`, load };
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
  const loadAtStart = os.loadavg()[0]?.toFixed(1) ?? "?";
  const log = (message: string): void => {
    if (!options.json) process.stderr.write(`${message}\n`);
  };
  // Budgets keep a full run within a few minutes even when a case is slow: it then reports its
  // figure from fewer samples (or, for adversarial notes, is stopped at the hang limit).
  const timing: TimingOptions = options.quick
    ? { samples: 3, minSampleMs: 2, warmup: 1, budgetMs: 1_000 }
    : { samples: 9, minSampleMs: 20, warmup: 3, budgetMs: 5_000 };
  const slowTiming: TimingOptions = options.quick
    ? { samples: 1, minSampleMs: 0, warmup: 0, budgetMs: 500 }
    : { samples: 5, minSampleMs: 0, warmup: 1, budgetMs: 2_000 };
  const hangLimitMs = options.quick ? 3_000 : 5_000;
  const processTiming = options.quick ? { samples: 1, warmup: 0, budgetMs: 5_000 } : { samples: 9, warmup: 1, budgetMs: 15_000 };
  const results: CaseResult[] = [];
  // Each figure is printed (to stderr) as soon as it exists, so a stopped run still shows its figures.
  const record = (rows: readonly CaseResult[]): void => {
    for (const row of rows) log(`  ${row.label}: ${row.value === null ? (row.note ?? "no figure") : row.value.toPrecision(4)} ${row.unit}`);
    results.push(...rows);
  };

  // A group that throws (its source does not build, say) reports that and the run goes on.
  const group = async (name: Group, run: () => Promise<CaseResult[]> | CaseResult[]): Promise<void> => {
    if (!options.groups.has(name)) return;
    log(`${name}…`);
    try {
      record(await run());
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      record([{ group: name, id: name, label: `${name} cases`, value: null, unit: "ms", met: false, note: `could not run: ${message}` }]);
    }
  };
  await group("checklist", () => checklistCases(timing));
  await group("adversarial", () => adversarialCases(new URL(import.meta.url), options.quick ? 0.1 : 1, slowTiming, hangLimitMs));
  await group("graph", () => graphCases(options.quick ? [1_000, 10_000] : [1_000, 10_000, 50_000], timing, options.quick ? 2_000 : 20_000));
  await group("cli", async () => {
    const vault = options.quick ? { folder: "tmp/bench-vault-quick", count: 500 } : { folder: "tmp/bench-vault", count: 5_000 };
    return cliCases(await buildCliBundles(), vault.folder, vault.count, processTiming);
  });
  await group("plugin", async () => pluginCases(await buildPluginBundle(), options.quick));
  await group("size", sizeCases);

  const about = { ...(await machine()), loadAtStart, quick: options.quick, seconds: Math.round((Date.now() - started) / 1000) };
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ machine: about, results }, null, 2)}\n`);
    return;
  }
  const header = `${about.cpu}, ${about.cores} cores, Node ${about.node}, load average ${about.loadAtStart} at start, ${about.load} at end${options.quick ? " — quick run: smaller inputs, fewer samples" : ""} (${about.seconds} s)`;
  process.stdout.write(`${header}\n\n${options.markdown ? formatMarkdown(results) : formatTable(results)}\n`);
}

if (isMainThread) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
} else {
  // A worker started by adversarialCases: time one adversarial note and report back.
  runAdversarialJob(workerData as AdversarialJob, (message) => parentPort?.postMessage(message));
}
