// `process-sharing roots [--json] VAULT`: the vault's root graph, built with the core's own parser
// and resolver, printed as the JSON contract or as an aligned overview for people. Never writes.
import path from "node:path";
import { parseArgs } from "node:util";
import { dateFnsDates } from "../core/dates/date-fns-dates";
import { parseNoteStructure } from "../core/markdown/parse";
import { frontmatterDate, RootGraph, type RootsSnapshot } from "../core/roots/graph";
import { noteInputFromParse } from "../core/roots/note-input";
import { createResolver } from "../core/roots/resolve";
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from "./io";
import { inspectPath, modifiedTime, parseFrontmatterYaml, readNoteText, readVaultSettings, walkNotes } from "./vault-files";

/**
 * Reads and parses every note of the vault; unreadable notes and bad frontmatter are reported and
 * skipped. Settings come from the plugin's saved settings in the vault, so the CLI recognises roots
 * the way the plugin does there. Links resolve against every note on disk (as in Obsidian, a note
 * that can't be read is still there), so each note goes into the graph as soon as it is parsed and
 * its parse is dropped at once.
 */
export function loadRootGraph(vault: string, warn: (message: string) => void): RootGraph {
  const settings = readVaultSettings(vault, warn);
  const walk = walkNotes(vault);
  for (const problem of walk.problems) warn(`${path.relative(vault, problem.path) || "."}: ${problem.message}`);
  const resolve = createResolver(walk.notes.map((found) => found.relativePath));
  const graph = new RootGraph(settings, dateFnsDates.parse);
  for (const found of walk.notes) {
    const read = readNoteText(found.absolutePath);
    if ("problem" in read) {
      warn(`${found.relativePath}: ${read.problem}`);
      continue;
    }
    const parsed = parseNoteStructure(read.text);
    const yaml = parsed.frontmatter ? parseFrontmatterYaml(parsed.frontmatter.yaml) : { values: {}, error: null };
    if (yaml.error !== null) warn(`${found.relativePath}: ${yaml.error}`);
    // The file's time is only a note's date when its frontmatter gives none: the disk is asked only then.
    const mtime = frontmatterDate(yaml.values, dateFnsDates.parse) === null ? modifiedTime(found.absolutePath) : 0;
    graph.update(noteInputFromParse(found.relativePath, parsed, yaml.values, mtime, resolve));
  }
  return graph;
}

// ————— the overview for people —————

/** Columns a string takes in a terminal: Hangul and other wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x300 && code <= 0x36f) continue;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

interface Paint {
  heading(text: string): string;
  dim(text: string): string;
  warn(text: string): string;
}

function painter(colour: boolean): Paint {
  const wrap = (open: string) => (text: string) => (colour ? `\u001b[${open}m${text}\u001b[0m` : text);
  return { heading: wrap("1"), dim: wrap("2"), warn: wrap("33") };
}

function fileName(vaultPath: string): string {
  return vaultPath.slice(vaultPath.lastIndexOf("/") + 1).replace(/\.md$/iu, "");
}

export function formatOverview(graph: RootGraph, now: Date, colour: boolean): string {
  const paint = painter(colour);
  const snapshot: RootsSnapshot = graph.snapshot();
  const lines: string[] = [];
  const roots = graph.roots();
  lines.push(paint.heading(`Roots (${roots.length})`));
  if (roots.length === 0) lines.push("  No root notes found (tag, category, file-name pattern or roots folder).");
  const numberWidth = Math.max(2, ...roots.map((root) => String(root.number ?? "").length));
  const titleWidth = Math.max(0, ...roots.map((root) => displayWidth(root.title)));
  for (const root of roots) {
    const posts = graph.postsLinking(root.path);
    const latest = posts[0];
    const count = `${posts.length} ${posts.length === 1 ? "post" : "posts"}`;
    const when = latest ? `latest ${fileName(latest.path)}, ${dateFnsDates.relative(latest.date, now.getTime(), "en")}` : "";
    const number = root.number === null ? "" : String(root.number).padStart(2, "0");
    lines.push(`  ${number.padStart(numberWidth)}  ${pad(root.title, titleWidth)}  ${count.padEnd(9)}${paint.dim(when)}`.trimEnd());
    const details = graph.root(root.path);
    const indent = " ".repeat(numberWidth + 4);
    if (details && details.prerequisites.length > 0) {
      lines.push(`${indent}${paint.dim("requires:")}      ${details.prerequisites.map((entry) => entry.linktext).join(", ")}`);
    }
    if (details && details.reinforcedBy.length > 0) {
      lines.push(`${indent}${paint.dim("reinforced by:")} ${details.reinforcedBy.map((entry) => entry.linktext).join(", ")}`);
    }
  }

  lines.push("", paint.heading(`Posts (${snapshot.posts.length})`));
  const pathWidth = Math.max(0, ...snapshot.posts.map((post) => displayWidth(post.path)));
  for (const post of snapshot.posts) {
    const linked = post.roots.length === 0 ? paint.warn("no root") : post.roots.map(fileName).join(", ");
    const missing = post.missingPrerequisites.length === 0 ? "" : `  ${paint.warn(`missing: ${post.missingPrerequisites.map(fileName).join(", ")}`)}`;
    lines.push(`  ${pad(post.path, pathWidth)}  ${linked}${missing}`);
  }

  lines.push("", paint.heading(`Orphan posts (${snapshot.orphans.length})`));
  for (const orphan of snapshot.orphans) lines.push(`  ${orphan}`);

  lines.push("", paint.heading(`Unresolved root links (${snapshot.unresolvedRootLinks.length})`));
  const fromWidth = Math.max(0, ...snapshot.unresolvedRootLinks.map((link) => displayWidth(link.from)));
  for (const link of snapshot.unresolvedRootLinks) lines.push(`  ${pad(link.from, fromWidth)}  → [[${link.link}]]`);
  return `${lines.join("\n")}\n`;
}

export function runRoots(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: "boolean", default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? "roots needs a VAULT folder" : "roots takes one VAULT folder");
  }
  const given = positionals[0] ?? "";
  const vault = path.resolve(io.cwd, given);
  const kind = inspectPath(vault);
  if ("problem" in kind || kind.kind !== "folder") {
    io.stderr(`process-sharing: ${given}: ${"problem" in kind ? kind.problem : "not a folder (give the vault's folder)"}\n`);
    return EXIT_USAGE;
  }
  const graph = loadRootGraph(vault, (message) => io.stderr(`process-sharing: warning: ${message}\n`));
  io.stdout(values.json ? `${JSON.stringify(graph.snapshot())}\n` : formatOverview(graph, io.now(), io.colour));
  return EXIT_OK;
}
