// `process-sharing new VAULT --title T [--root NAME]... [--folder F] [--lang ko|en] [--date YYYY-MM-DD]
// [--template FILE]`: writes a new process post with the same core as the plugin's "New process post"
// and prints its vault-relative path. It never writes outside the vault (symbolic links included) and
// never overwrites: a taken name gets " 1", " 2"…, claimed with an exclusive create.
import { mkdir, readdir, realpath, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import process from "node:process";
import { parseArgs } from "node:util";
import { dateFnsDates } from "../core/dates/date-fns-dates";
import { pickLanguage, type Language } from "../core/i18n";
import { noteBasename } from "../core/roots/links";
import { createResolver } from "../core/roots/resolve";
import { candidateNames } from "../core/scaffold/file-name";
import { createPost } from "../core/scaffold/template";
import type { Settings } from "../core/settings";
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from "./io";
import { loadRootGraph } from "./roots";
import { readNoteText, readVaultSettings, toVaultPath } from "./vault-files";

export const NEW_USAGE =
  "new VAULT --title T [--root NAME]... [--folder F] [--lang ko|en] [--date YYYY-MM-DD] [--template FILE]";

const OPTIONS = {
  title: { type: "string" },
  root: { type: "string", multiple: true },
  folder: { type: "string" },
  lang: { type: "string" },
  date: { type: "string" },
  template: { type: "string" },
} as const;

/** Failures the user can fix (a missing vault, a folder outside it): a stderr line and exit 2. */
class NewPostProblem extends Error {}

function errorCode(error: unknown): string {
  return error && typeof error === "object" && "code" in error ? String(error.code) : "";
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  );
}

/** The date given with --date, at the current time of day. */
export function parseDateOption(text: string, now: Date): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(year, month - 1, day, now.getHours(), now.getMinutes(), now.getSeconds());
  if (!match || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    throw new UsageError(`--date must be a calendar date written YYYY-MM-DD, not '${text}'`);
  }
  return date;
}

function languageOf(option: "ko" | "en" | undefined, settings: Settings): Language {
  if (option !== undefined) return option;
  if (settings.templateLanguage !== "auto") return settings.templateLanguage;
  return pickLanguage(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
}

async function vaultFolder(vaultArgument: string, cwd: string): Promise<string> {
  const absolute = path.resolve(cwd, vaultArgument);
  const stats = await stat(absolute).catch(() => null);
  if (stats === null) throw new NewPostProblem(`${vaultArgument}: no such folder`);
  if (!stats.isDirectory()) throw new NewPostProblem(`${vaultArgument}: not a folder`);
  return realpath(absolute);
}

/**
 * The folder for the post, created when missing. Refused when it lies outside the vault, by its
 * path or through a symbolic link anywhere along it.
 */
async function postFolder(vault: string, folderArgument: string): Promise<string> {
  const target = path.resolve(vault, folderArgument);
  if (!isInside(vault, target)) throw new NewPostProblem(`--folder ${folderArgument}: outside the vault`);
  let existing = target;
  while (!(await exists(existing))) existing = path.dirname(existing);
  if (!isInside(vault, await realpath(existing))) {
    throw new NewPostProblem(`--folder ${folderArgument}: leads outside the vault through a symbolic link`);
  }
  try {
    await mkdir(target, { recursive: true });
  } catch (error) {
    const code = errorCode(error);
    const reason = code === "ENOTDIR" || code === "EEXIST" ? "a file is in the way" : code === "EACCES" ? "permission denied" : String(error);
    throw new NewPostProblem(`--folder ${folderArgument}: cannot create the folder (${reason})`);
  }
  const real = await realpath(target);
  if (!isInside(vault, real)) throw new NewPostProblem(`--folder ${folderArgument}: leads outside the vault`);
  if (!(await stat(real)).isDirectory()) throw new NewPostProblem(`--folder ${folderArgument}: not a folder`);
  return real;
}

/** The template text: --template (relative to the working folder, else the vault), else the plugin's setting. */
async function templateText(
  option: string | undefined,
  settings: Settings,
  vault: string,
  cwd: string,
  warn: (message: string) => void,
): Promise<string | undefined> {
  if (option !== undefined) {
    for (const candidate of [path.resolve(cwd, option), path.resolve(vault, option)]) {
      if (!(await stat(candidate).then((stats) => stats.isFile(), () => false))) continue;
      const read = readNoteText(candidate);
      if ("problem" in read) throw new NewPostProblem(`--template ${option}: ${read.problem}`);
      return read.text;
    }
    throw new NewPostProblem(`--template ${option}: no such file (looked in the working folder and in the vault)`);
  }
  if (settings.templatePath.trim() === "") return undefined;
  const relative = settings.templatePath.toLowerCase().endsWith(".md") ? settings.templatePath : `${settings.templatePath}.md`;
  const read = readNoteText(path.resolve(vault, relative));
  if ("text" in read) return read.text;
  warn(`the template note set in the plugin (${settings.templatePath}) ${read.problem}; using the default template`);
  return undefined;
}

/**
 * The link text for each --root: the root note it names (exactly, or as the only root whose file name
 * starts with it, so "root-04" finds "root-04-프로세스-공유"), else the name as given.
 */
function rootLinks(names: readonly string[], vault: string, newPostPath: string, warn: (message: string) => void): string[] {
  const cleaned = names.map((name) => name.trim().replace(/^\[\[(.*)\]\]$/u, "$1").normalize("NFC")).filter((name) => name !== "");
  if (cleaned.length === 0) return [];
  const graph = loadRootGraph(vault, () => undefined);
  const roots = graph.roots();
  const resolve = createResolver(graph.paths());
  return cleaned.map((name) => {
    const resolved = resolve(name, newPostPath);
    const exact = resolved === null ? undefined : roots.find((root) => root.path === resolved);
    if (exact) return exact.linktext;
    if (resolved !== null) {
      warn(`--root ${name}: ${resolved} is not a root note; linked as given`);
      return name;
    }
    const wanted = name.toLowerCase();
    const byPrefix = roots.filter((root) => {
      const base = noteBasename(root.path).normalize("NFC").toLowerCase();
      return base.startsWith(`${wanted}-`) || base.startsWith(`${wanted} `);
    });
    const [only] = byPrefix;
    if (only && byPrefix.length === 1) return only.linktext;
    warn(`--root ${name}: no root note of that name in the vault; linked as given`);
    return name;
  });
}

/** Claims the first free name with an exclusive create, so nothing is overwritten even in a race. */
async function writeNewNote(folder: string, baseName: string, text: string): Promise<string> {
  const taken = new Set((await readdir(folder)).map((name) => name.normalize("NFC").toLowerCase()));
  for (const candidate of candidateNames(baseName)) {
    const fileName = `${candidate}.md`;
    // Names equal up to case or Unicode normalisation count as taken: file systems and Obsidian may merge them.
    if (taken.has(fileName.normalize("NFC").toLowerCase())) continue;
    const file = path.join(folder, fileName);
    try {
      await writeFile(file, text, { flag: "wx" });
      return file;
    } catch (error) {
      const code = errorCode(error);
      if (code === "EEXIST" || code === "EISDIR") continue;
      throw new NewPostProblem(`cannot write ${fileName}: ${code === "EACCES" || code === "EPERM" ? "permission denied" : String(error)}`);
    }
  }
  throw new Error("unreachable: candidateNames never ends");
}

export async function runNew(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "new: VAULT is missing" : "new: give exactly one VAULT");
  if (values.title === undefined || values.title.trim() === "") throw new UsageError("new: --title is required");
  const now = values.date === undefined ? io.now() : parseDateOption(values.date, io.now());
  const { lang } = values;
  if (lang !== undefined && lang !== "ko" && lang !== "en") throw new UsageError(`--lang must be ko or en, not '${lang}'`);
  const warn = (message: string): void => io.stderr(`process-sharing: ${message}\n`);

  try {
    const vault = await vaultFolder(positionals[0] ?? "", io.cwd);
    const settings = readVaultSettings(vault, warn);
    const language = languageOf(lang, settings);
    const folder = await postFolder(vault, values.folder ?? settings.postsFolder);
    const template = await templateText(values.template, settings, vault, io.cwd, warn);
    const roots = rootLinks(values.root ?? settings.defaultRoots, vault, toVaultPath(vault, path.join(folder, "new.md")), warn);
    const post = createPost({ title: values.title, roots, now, language, settings, template, dates: dateFnsDates });
    if (post.unknownPlaceholders.length > 0) {
      warn(`left as written (unknown placeholders): ${post.unknownPlaceholders.join(", ")}`);
    }
    const file = await writeNewNote(folder, post.baseName, post.text);
    io.stdout(`${toVaultPath(vault, file)}\n`);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof NewPostProblem)) throw error;
    warn(error.message);
    return EXIT_USAGE;
  }
}
