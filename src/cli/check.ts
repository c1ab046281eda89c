// `process-sharing check [--json] [--min-score N] PATH...`: runs the checklist over notes and
// folders (walked recursively, dot-folders skipped) with the plugin's core and the settings saved
// in the notes' vault. Exit 0 when every note was read, 1 when one scores below --min-score, 2 on a
// usage error or an unreadable path (the rest of the run still completes). Never writes.
import { lstatSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { parseArgs } from "node:util";
import { checkNote } from "../core/checklist/registry";
import { pickLanguage, type Language } from "../core/i18n";
import { parseNote } from "../core/markdown/parse";
import { defaultSettings, type Settings } from "../core/settings";
import { jsonOutput, textOutput } from "./format";
import { EXIT_BELOW_MIN_SCORE, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from "./io";
import { inspectPath, parseFrontmatterYaml, readNoteText, readVaultSettings, walkNotes } from "./vault-files";

export const CHECK_USAGE = "check [--json] [--min-score N] PATH...";

/** The language of hints: the locale of the environment, Korean or English. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  return pickLanguage(env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}

function displayPath(text: string): string {
  return text.split(path.sep).join("/").normalize("NFC");
}

/**
 * The nearest folder at or above a folder holding `.obsidian`, or null. Answers are remembered for
 * every folder on the way up, so a walk of thousands of notes looks at each folder once.
 */
function vaultRootFinder(): (start: string) => string | null {
  const known = new Map<string, string | null>();
  const holdsObsidian = (folder: string): boolean => {
    try {
      return lstatSync(path.join(folder, ".obsidian"), { throwIfNoEntry: false })?.isDirectory() ?? false;
    } catch {
      return false;
    }
  };
  return (start) => {
    const visited: string[] = [];
    let found: string | null = null;
    for (let folder = start; ; folder = path.dirname(folder)) {
      const cached = known.get(folder);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(folder);
      if (holdsObsidian(folder)) {
        found = folder;
        break;
      }
      if (path.dirname(folder) === folder) break;
    }
    for (const folder of visited) known.set(folder, found);
    return found;
  };
}

function parseMinScore(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d{1,3}$/.test(value.trim())) throw new UsageError(`--min-score needs a whole number, not '${value}'`);
  return Number(value.trim());
}

export function runCheck(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: "boolean", default: false }, "min-score": { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  const minScore = parseMinScore(values["min-score"]);
  if (positionals.length === 0) throw new UsageError("check needs at least one note or folder");

  let exitCode = EXIT_OK;
  const problem = (where: string, message: string): void => {
    io.stderr(`process-sharing: ${where}: ${message}\n`);
    exitCode = EXIT_USAGE;
  };
  const settingsByVault = new Map<string, Settings>();
  // One object for every note outside a vault: the checklist caches what it compiles per settings object.
  const outsideAnyVault = defaultSettings();
  const vaultRootOf = vaultRootFinder();
  const settingsFor = (absolutePath: string): Settings => {
    const vault = vaultRootOf(path.dirname(absolutePath));
    if (vault === null) return outsideAnyVault;
    let settings = settingsByVault.get(vault);
    if (!settings) {
      settings = readVaultSettings(vault, (message) => io.stderr(`process-sharing: ${displayPath(vault)}: ${message}\n`));
      settingsByVault.set(vault, settings);
    }
    return settings;
  };

  const language = cliLanguage();
  const output = values.json ? jsonOutput((text) => io.stdout(text)) : textOutput((text) => io.stdout(text), { colour: io.colour, language, minScore });
  let belowMinScore = false;
  const seen = new Set<string>();
  const checkOne = (absolutePath: string, shownPath: string): void => {
    if (seen.has(absolutePath)) return;
    seen.add(absolutePath);
    const read = readNoteText(absolutePath);
    if ("problem" in read) {
      problem(shownPath, read.problem);
      return;
    }
    const parsed = parseNote(read.text);
    const yaml = parsed.frontmatter ? parseFrontmatterYaml(parsed.frontmatter.yaml) : { values: {}, error: null };
    const report = checkNote(parsed, yaml.values, settingsFor(absolutePath), language);
    if (minScore !== null && report.score < minScore) belowMinScore = true;
    output.add({ path: shownPath, report, frontmatterError: yaml.error });
  };

  for (const argument of positionals) {
    const absolute = path.resolve(io.cwd, argument);
    const kind = inspectPath(absolute);
    if ("problem" in kind) {
      problem(argument, kind.problem);
      continue;
    }
    if (kind.kind === "file") {
      checkOne(absolute, displayPath(argument));
      continue;
    }
    const walk = walkNotes(absolute);
    for (const found of walk.problems) problem(displayPath(path.relative(io.cwd, found.path) || found.path), found.message);
    const prefix = displayPath(argument).replace(/\/+$/, "");
    for (const note of walk.notes) checkOne(note.absolutePath, prefix === "." ? note.relativePath : `${prefix}/${note.relativePath}`);
  }

  output.end();
  if (exitCode === EXIT_OK && belowMinScore) exitCode = EXIT_BELOW_MIN_SCORE;
  return exitCode;
}
