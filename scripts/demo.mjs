// `npm run demo`: build, install the plugin into the example vault, show what the CLI says about
// that vault, and explain how to open it in Obsidian. The CLI's subcommands land one by one, so
// the demo asks `--help` which ones are built and runs only those.
import { spawn } from "node:child_process";
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "..");
const vaultDir = path.join("examples", "vault");
const pluginDir = path.join(vaultDir, ".obsidian", "plugins", "process-sharing");
const cliPath = path.join("dist", "cli.js");
const pluginFiles = ["main.js", "manifest.json", "styles.css"];

class StepFailed extends Error {}

/** Runs a command from the repository root; resolves with its exit code (and stdout when captured). */
function run(command, args, { capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      stdio: capture ? ["ignore", "pipe", "inherit"] : "inherit",
      // npm is a .cmd script on Windows, which only a shell can start.
      shell: process.platform === "win32" && command === "npm",
    });
    let stdout = "";
    if (capture) child.stdout.on("data", (chunk) => (stdout += chunk));
    child.on("error", (error) => reject(new StepFailed(`could not start ${command}: ${error.message}`)));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout }));
  });
}

function heading(text) {
  process.stdout.write(`\n== ${text}\n\n`);
}

/** The subcommand names listed under "Commands:" in the CLI's --help output. */
function listedSubcommands(helpText) {
  const names = new Set();
  let inCommands = false;
  for (const line of helpText.split(/\r?\n/)) {
    if (line.trim() === "Commands:") {
      inCommands = true;
      continue;
    }
    if (!inCommands) continue;
    const match = /^\s+([a-z][\w-]*)\s{2,}\S/.exec(line);
    if (!match) break;
    names.add(match[1]);
  }
  return names;
}

async function build() {
  heading("Building (npm run build)");
  const { code } = await run("npm", ["run", "build"]);
  if (code !== 0) throw new StepFailed(`npm run build failed with exit code ${code}`);
}

async function installPlugin() {
  heading(`Installing the plugin into ${pluginDir}`);
  await mkdir(path.join(repoRoot, pluginDir), { recursive: true });
  for (const file of pluginFiles) {
    try {
      await copyFile(path.join(repoRoot, file), path.join(repoRoot, pluginDir, file));
    } catch (error) {
      throw new StepFailed(`could not copy ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.stdout.write(`  copied ${file}\n`);
  }
}

async function showCliReports() {
  const help = await run(process.execPath, [cliPath, "--help"], { capture: true });
  if (help.code !== 0) throw new StepFailed(`${cliPath} --help failed with exit code ${help.code}`);
  const available = listedSubcommands(help.stdout);
  const reports = [
    // `check` exits 1 only when a note scores below --min-score, which the demo does not pass.
    { name: "check", args: [path.join(vaultDir, "posts")], okCodes: [0, 1] },
    { name: "roots", args: [vaultDir], okCodes: [0] },
  ];
  for (const report of reports) {
    const shown = ["process-sharing", report.name, ...report.args].join(" ");
    heading(shown);
    if (!available.has(report.name)) {
      process.stdout.write(`  (the '${report.name}' subcommand is not built yet; skipped)\n`);
      continue;
    }
    const { code } = await run(process.execPath, [cliPath, report.name, ...report.args]);
    if (!report.okCodes.includes(code)) throw new StepFailed(`${shown} failed with exit code ${code}`);
  }
}

function explainObsidian() {
  heading("Open the example vault in Obsidian");
  const lines = [
    "1. In Obsidian, choose 'Open folder as vault' and pick:",
    `   ${path.join(repoRoot, vaultDir)}`,
    "2. When Obsidian asks whether you trust the vault's author, choose to trust it and enable",
    "   plugins (or: Settings → Community plugins → Turn on community plugins).",
    "3. Check that 'Process Sharing' is switched on under Community plugins.",
    "4. Open a note under posts/ and run the plugin's commands from the command palette.",
    "",
    "After changing the code, run `npm run demo` again (or `npm run dev` to rebuild on save),",
    "then reload the plugin in Obsidian.",
  ];
  process.stdout.write(lines.map((line) => (line === "" ? "" : `  ${line}`)).join("\n") + "\n");
}

try {
  await build();
  await installPlugin();
  await showCliReports();
  explainObsidian();
} catch (error) {
  if (!(error instanceof StepFailed)) throw error;
  process.stderr.write(`\ndemo: ${error.message}\n`);
  process.exitCode = 1;
}
