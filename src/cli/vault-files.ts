// Finding and reading notes on disk for the CLI: folders walked recursively, dot-folders
// (.obsidian, .git, .trash) skipped, symbolic links never followed, paths reported with "/"
// separators in Unicode NFC (macOS stores Hangul file names decomposed).
// Synchronous on purpose: the CLI reads thousands of small files one after another, and each
// fs/promises call is several trips to libuv's thread pool while the main thread waits (about
// twenty times the cost of a synchronous read here, docs/performance.md).
import { isUtf8 } from "node:buffer";
import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse as parseYamlText, YAMLParseError } from "yaml";
import { defaultSettings, validateSettings, type Settings } from "../core/settings";
import { parseFlatFrontmatter } from "./frontmatter-fast";

export interface FoundNote {
  /** Absolute path on disk, as the file system spells it. */
  absolutePath: string;
  /** Path relative to the root that was walked, "/"-separated, NFC. */
  relativePath: string;
}

export interface PathProblem {
  path: string;
  message: string;
}

export interface WalkResult {
  notes: FoundNote[];
  problems: PathProblem[];
}

function isHidden(name: string): boolean {
  return name.startsWith(".");
}

export function toVaultPath(root: string, absolutePath: string): string {
  return path.relative(root, absolutePath).split(path.sep).join("/").normalize("NFC");
}

function describe(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) {
    const code = String(error.code);
    if (code === "ENOENT") return "no such file or folder";
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    if (code === "ENOTDIR") return "not a folder";
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Collects the Markdown notes under `root` (a folder), sorted by relative path. Unreadable
 * sub-folders are reported as problems and skipped; the walk goes on.
 */
export function walkNotes(root: string): WalkResult {
  const notes: FoundNote[] = [];
  const problems: PathProblem[] = [];
  // Each folder with its path relative to `root` ("/"-separated, NFC), built name by name: the same
  // as toVaultPath gives, without resolving both paths again for every note.
  const pending: { folder: string; relative: string }[] = [{ folder: root, relative: "" }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { folder, relative } = next;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: folder, message: describe(error) });
      continue;
    }
    for (const entry of entries) {
      if (isHidden(entry.name)) continue;
      const absolutePath = path.join(folder, entry.name);
      const name = entry.name.normalize("NFC");
      const relativePath = relative === "" ? name : `${relative}/${name}`;
      if (entry.isDirectory()) pending.push({ folder: absolutePath, relative: relativePath });
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) notes.push({ absolutePath, relativePath });
      // Symbolic links are neither files nor folders here: never followed.
    }
  }
  notes.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  return { notes, problems };
}

export type PathKind = "file" | "folder";

/** Tells what a command-line path is, or why it can't be used. */
export function inspectPath(target: string): { kind: PathKind } | { problem: string } {
  try {
    const stats = lstatSync(target);
    if (stats.isSymbolicLink()) return { problem: "is a symbolic link (not followed)" };
    if (stats.isDirectory()) return { kind: "folder" };
    if (stats.isFile()) return { kind: "file" };
    return { problem: "is neither a file nor a folder" };
  } catch (error) {
    return { problem: describe(error) };
  }
}

export interface ReadNote {
  text: string;
}

/** Reads a note as UTF-8. A file that is not valid UTF-8 (binary, another encoding) is a problem, not garbage. */
export function readNoteText(absolutePath: string): ReadNote | { problem: string } {
  let text: string;
  try {
    // Node's own UTF-8 read is the fastest there is; it turns invalid bytes into U+FFFD, so only a
    // note holding U+FFFD (rare in writing) is read again as bytes to tell which it was.
    text = readFileSync(absolutePath, "utf8");
    if (text.includes("\uFFFD") && !isUtf8(readFileSync(absolutePath))) return { problem: "is not valid UTF-8 text" };
  } catch (error) {
    return { problem: describe(error) };
  }
  if (text.includes("\u0000")) return { problem: "is a binary file, not a note" };
  // A byte order mark is no part of the text.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** A note's last modification time in milliseconds, 0 when it cannot be read. */
export function modifiedTime(absolutePath: string): number {
  try {
    return statSync(absolutePath).mtimeMs;
  } catch {
    return 0;
  }
}

export type FrontmatterValues = Record<string, unknown>;

/**
 * Parses a note's frontmatter YAML (the plugin uses Obsidian's cache instead): flat frontmatter on
 * a fast path that gives what `yaml` gives (frontmatter-fast.ts), the rest with the `yaml` package.
 * Malformed YAML gives an error message and empty values, never a throw.
 */
export function parseFrontmatterYaml(yamlText: string): { values: FrontmatterValues; error: string | null } {
  if (yamlText.trim() === "") return { values: {}, error: null };
  const flat = parseFlatFrontmatter(yamlText);
  if (flat !== null) return { values: flat, error: null };
  try {
    const parsed: unknown = parseYamlText(yamlText, { uniqueKeys: false, maxAliasCount: 100 });
    if (parsed === null || parsed === undefined) return { values: {}, error: null };
    if (typeof parsed !== "object" || Array.isArray(parsed)) {
      return { values: {}, error: "frontmatter is not a set of key: value pairs" };
    }
    return { values: parsed as FrontmatterValues, error: null };
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split("\n")[0] : String(error);
    return { values: {}, error: `malformed frontmatter: ${message}` };
  }
}

/** Where the plugin saves its settings inside a vault. */
export const PLUGIN_DATA_PATH = ".obsidian/plugins/process-sharing/data.json";

/**
 * The plugin's saved settings in this vault, so the CLI behaves as the plugin does there; the defaults
 * when there are none. Unreadable JSON and invalid values are reported through `warn`, never thrown.
 */
export function readVaultSettings(vault: string, warn: (message: string) => void): Settings {
  let text: string;
  try {
    text = readFileSync(path.join(vault, ...PLUGIN_DATA_PATH.split("/")), "utf8");
  } catch {
    return defaultSettings();
  }
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    warn(`${PLUGIN_DATA_PATH} is not valid JSON; using the default settings`);
    return defaultSettings();
  }
  const { settings, problems } = validateSettings(saved);
  for (const problem of problems) warn(`settings: ${problem.message}`);
  return settings;
}
