// The CLI over an on-disk vault, each run a fresh `node` process as a user would start it: `check`
// and `roots` against the floor (read every note, find its wiki links) measured in the same run,
// and against a peer, markdownlint-cli2 with every default rule on, over the same files.
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { realpathSync } from "node:fs";
import path from "node:path";
import { BENCH_DIR, type CliBundles } from "./bundles";
import { ensureDiskVault } from "./disk-vault";
import { timeAsync, timeInterleaved, type TimingOptions } from "./measure";
import { result, type CaseResult } from "./report";

interface RunOutcome {
  code: number | null;
  stderr: string;
}

interface Timed {
  median: number | null;
  error?: string;
}

function run(args: readonly string[], okCodes: readonly number[]): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stdout.resume();
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== null && okCodes.includes(code)) resolve({ code, stderr });
      else reject(new Error(`exit ${String(code)}: ${stderr.split("\n").find((line) => line.trim() !== "") ?? "(no message)"}`));
    });
  });
}

async function timed(timing: Pick<TimingOptions, "samples" | "warmup" | "budgetMs">, args: readonly string[], okCodes: readonly number[]): Promise<Timed> {
  try {
    const measured = await timeAsync(timing, () => run(args, okCodes));
    return { median: measured.median };
  } catch (error) {
    return { median: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Times the commands taking turns; when one fails, each is timed alone so the others still get figures. */
async function timedTogether<K extends string>(
  timing: Pick<TimingOptions, "samples" | "warmup" | "budgetMs">,
  commands: Readonly<Record<K, { args: readonly string[]; okCodes: readonly number[] }>>,
): Promise<Record<K, Timed>> {
  const keys = Object.keys(commands) as K[];
  const jobs = Object.fromEntries(keys.map((key) => [key, () => run(commands[key].args, commands[key].okCodes)])) as Record<K, () => Promise<RunOutcome>>;
  try {
    const timings = await timeInterleaved(timing, jobs);
    return Object.fromEntries(keys.map((key) => [key, { median: timings[key].median }])) as Record<K, Timed>;
  } catch {
    const alone = {} as Record<K, Timed>;
    for (const key of keys) alone[key] = await timed(timing, commands[key].args, commands[key].okCodes);
    return alone;
  }
}

/** markdownlint-cli2's own script (node_modules/.bin links to it), run with the same node as the others. */
function markdownlintBin(): string {
  return realpathSync(path.join("node_modules", ".bin", "markdownlint-cli2"));
}

export async function cliCases(bundles: CliBundles, vaultFolder: string, count: number, timing: Pick<TimingOptions, "samples" | "warmup" | "budgetMs">): Promise<CaseResult[]> {
  const vault = await ensureDiskVault(vaultFolder, count, 0xd15c);
  const size = `${vault.notes.toLocaleString("en")} notes, ${(vault.bytes / 1e6).toFixed(1)} MB`;
  // Every default rule on; the config file sits outside the vault so no other config is picked up.
  const configFile = path.join(BENCH_DIR, ".markdownlint-cli2.jsonc");
  await mkdir(BENCH_DIR, { recursive: true });
  await writeFile(configFile, JSON.stringify({ config: { default: true } }));

  // The floor and the two commands take turns, so their ratios compare runs made in the same moments.
  const { floor, check, roots } = await timedTogether(timing, {
    floor: { args: [bundles.floor, vaultFolder], okCodes: [0] },
    check: { args: [bundles.cli, "check", "--json", vaultFolder], okCodes: [0, 1] },
    roots: { args: [bundles.cli, "roots", "--json", vaultFolder], okCodes: [0] },
  });
  // markdownlint-cli2 exits 1 when it finds lint errors, which it does here.
  const peer = await timed(timing, [markdownlintBin(), "--config", configFile, `${vaultFolder}/**/*.md`], [0, 1]);

  const results: CaseResult[] = [
    result("cli", "floor", `floor: read every note, find wiki links (${size})`, floor.median, "ms", undefined, floor.error),
    result("cli", "check", "process-sharing check --json", check.median, "ms", undefined, check.error),
    result("cli", "roots", "process-sharing roots --json", roots.median, "ms", undefined, roots.error),
    result("cli", "markdownlint", "peer: markdownlint-cli2, default rules", peer.median, "ms", undefined, peer.error),
  ];
  const ratio = (value: number | null): number | null => (value === null || floor.median === null ? null : value / floor.median);
  results.push(result("cli", "check-vs-floor", "check ÷ floor", ratio(check.median), "x", { max: 3 }));
  results.push(result("cli", "roots-vs-floor", "roots ÷ floor", ratio(roots.median), "x", { max: 2 }));
  if (check.median !== null && peer.median !== null) {
    results.push(result("cli", "check-vs-peer", "check ÷ markdownlint-cli2", check.median / peer.median, "x"));
  }
  return results;
}
