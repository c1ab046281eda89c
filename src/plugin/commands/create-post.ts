// Creating a process post in the vault: the core makes the text and the file name; this adapter finds
// the template note, makes the folder, claims a free name at creation time, opens the note and puts
// the cursor where the writer starts. Problems the user can fix come back as notices.
import { MarkdownView, normalizePath, Notice, TFile, TFolder, type App } from "obsidian";
import type { Language } from "../../core/i18n";
import { parseNote } from "../../core/markdown/parse";
import { candidateNames } from "../../core/scaffold/file-name";
import { writingStart } from "../../core/scaffold/start-position";
import { createPost } from "../../core/scaffold/template";
import type { PluginContext } from "../plugin-context";

export interface PostRequest {
  title: string;
  /** Link texts of the chosen roots. */
  roots: readonly string[];
  /** Vault folder, as typed ("" = the vault root). */
  folder: string;
}

/** The language of the built-in template and inserted sections: the setting, else Obsidian's. */
export function templateLanguage(context: PluginContext): Language {
  const chosen = context.settings.templateLanguage;
  return chosen === "auto" ? context.language : chosen;
}

// Characters no folder name may hold on some platform Obsidian runs on.
const INVALID_FOLDER_CHARACTERS = /[\\:*?"<>|]/u;

/** The folder's normalised path, or a reason it cannot be used. */
export function checkFolderPath(app: App, folder: string): { path: string } | { problem: "invalid" | "file" } {
  const path = normalizePath(folder.trim());
  if (path === "/" || path === "") return { path: "" };
  const segments = path.split("/");
  if (INVALID_FOLDER_CHARACTERS.test(path) || segments.some((segment) => segment === "." || segment === "..")) {
    return { problem: "invalid" };
  }
  // A file anywhere along the path blocks it.
  for (let index = 1; index <= segments.length; index += 1) {
    if (app.vault.getAbstractFileByPath(segments.slice(0, index).join("/")) instanceof TFile) return { problem: "file" };
  }
  return { path };
}

/** Creates each missing folder along `path`. */
async function ensureFolder(app: App, path: string): Promise<void> {
  if (path === "") return;
  const segments = path.split("/");
  for (let index = 1; index <= segments.length; index += 1) {
    const partial = segments.slice(0, index).join("/");
    if (app.vault.getAbstractFileByPath(partial) instanceof TFolder) continue;
    try {
      await app.vault.createFolder(partial);
    } catch (error) {
      // Created meanwhile (by a sync, say) is fine; anything else is not.
      if (!(app.vault.getAbstractFileByPath(partial) instanceof TFolder)) throw error;
    }
  }
}

async function templateText(context: PluginContext): Promise<string | undefined> {
  const configured = context.settings.templatePath.trim();
  if (configured === "") return undefined;
  const path = normalizePath(configured.toLowerCase().endsWith(".md") ? configured : `${configured}.md`);
  const file = context.app.vault.getFileByPath(path);
  if (!file) {
    new Notice(context.t("scaffold.notice.templateMissing", { path: configured }));
    return undefined;
  }
  try {
    return await context.app.vault.cachedRead(file);
  } catch (error) {
    new Notice(
      context.t("scaffold.notice.templateUnreadable", {
        path: configured,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
    return undefined;
  }
}

/** Claims the first free name: a name taken meanwhile makes create throw, and the next one is tried. */
async function createAtFreePath(app: App, folder: string, baseName: string, text: string): Promise<TFile> {
  for (const candidate of candidateNames(baseName)) {
    const path = folder === "" ? `${candidate}.md` : `${folder}/${candidate}.md`;
    if (app.vault.getAbstractFileByPath(path)) continue;
    try {
      return await app.vault.create(path, text);
    } catch (error) {
      if (!app.vault.getAbstractFileByPath(path)) throw error;
    }
  }
  throw new Error("unreachable: candidateNames never ends");
}

/** Creates the post and opens it with the cursor in the Me section; null when a notice explained why not. */
export async function createProcessPost(context: PluginContext, request: PostRequest): Promise<TFile | null> {
  const { app, t } = context;
  const folder = checkFolderPath(app, request.folder);
  if ("problem" in folder) {
    const key = folder.problem === "file" ? "scaffold.notice.folderIsFile" : "scaffold.notice.folderInvalid";
    new Notice(t(key, { path: request.folder }));
    return null;
  }
  const template = await templateText(context);
  const post = createPost({
    title: request.title,
    roots: request.roots,
    now: new Date(),
    language: templateLanguage(context),
    settings: context.settings,
    template,
    dates: context.dates,
  });
  if (post.unknownPlaceholders.length > 0) {
    new Notice(t("scaffold.notice.unknownPlaceholders", { placeholders: post.unknownPlaceholders.join(", ") }));
  }
  let file: TFile;
  try {
    await ensureFolder(app, folder.path);
    file = await createAtFreePath(app, folder.path, post.baseName, post.text);
  } catch (error) {
    new Notice(t("scaffold.notice.createFailed", { error: error instanceof Error ? error.message : String(error) }));
    return null;
  }
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file);
  if (leaf.view instanceof MarkdownView) {
    const editor = leaf.view.editor;
    editor.setCursor(writingStart(parseNote(editor.getValue())));
    editor.focus();
  }
  return file;
}
