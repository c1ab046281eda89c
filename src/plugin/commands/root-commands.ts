// The roots feature's commands: open the overview, link a root to the active note, and copy the
// roots its body links into its frontmatter list. processFrontMatter reads the YAML; Vault.process
// writes the change, touching only the roots key's lines.
import { MarkdownView, Notice, type TFile } from "obsidian";
import { addRootLinks, addRootLinksInText, type AddRootLinksResult, type RootToLink } from "../../core/roots/frontmatter-roots";
import { RootSuggestModal } from "../modals/root-suggest-modal";
import type { PluginContext } from "../plugin-context";
import type { VaultIndex } from "../vault-index";

/** What an edit of the roots list did; `unreadable` when Obsidian could not parse the note's YAML. */
export type RootLinkEdit = AddRootLinksResult | { unreadable: string };

/** Thrown from a processFrontMatter callback to stop it once the YAML has been read. */
class StopAfterReading extends Error {}

/**
 * Adds `[[root]]` entries to the note's roots list (settings.rootsKey), never twice. The decision is
 * made on the frontmatter Obsidian parsed (so broken YAML is caught and aliases resolve); the write
 * is a surgical text edit through Vault.process, because processFrontMatter re-serialises the YAML
 * and drops the writer's comments. Only a shape the text edit does not handle falls back to it.
 */
export async function linkRootsInFrontmatter(context: PluginContext, file: TFile, roots: readonly RootToLink[]): Promise<RootLinkEdit> {
  const { app, settings } = context;
  const key = settings.rootsKey;
  const resolve = (linkpath: string): string | null => app.metadataCache.getFirstLinkpathDest(linkpath, file.path)?.path ?? null;
  const decided: { result: AddRootLinksResult } = { result: { added: [] } };
  try {
    await app.fileManager
      .processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
        decided.result = addRootLinks({ ...frontmatter }, key, roots, resolve);
        throw new StopAfterReading();
      })
      .catch((error: unknown) => {
        if (!(error instanceof StopAfterReading)) throw error;
      });
  } catch (error) {
    // Broken YAML: processFrontMatter throws before writing, so the note is untouched.
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
  const { result } = decided;
  if (!("added" in result) || result.added.length === 0) return result;

  const linktexts = roots.filter((root) => result.added.includes(root.path)).map((root) => root.linktext);
  let editedByHand = true;
  await app.vault.process(file, (text) => {
    const edited = addRootLinksInText(text, key, linktexts);
    editedByHand = edited !== null;
    return edited ?? text;
  });
  if (!editedByHand) {
    await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
      addRootLinks(frontmatter, key, roots, resolve);
    });
  }
  return result;
}

type FailedEdit = Exclude<RootLinkEdit, { added: string[] }>;

/** Why an edit changed nothing, naming the note or the key the writer has to fix. */
function failureMessage(context: PluginContext, file: TFile, edit: FailedEdit): string {
  if ("unreadable" in edit) return context.t("roots.notice.frontmatterUnreadable", { note: file.basename, error: edit.unreadable });
  return context.t("roots.notice.notAList", { key: context.settings.rootsKey });
}

/** Links one root and tells the user what happened. */
/** Links one root and tells the user what happened; true when the root is now listed. */
export async function linkRootWithNotice(context: PluginContext, file: TFile, root: RootToLink & { title: string }): Promise<boolean> {
  const { t } = context;
  const edit = await linkRootsInFrontmatter(context, file, [root]);
  if (!("added" in edit)) {
    new Notice(failureMessage(context, file, edit));
    return false;
  }
  new Notice(edit.added.length === 0 ? t("roots.notice.alreadyLinked", { root: root.title }) : t("roots.notice.linked", { root: root.title }));
  return true;
}

function activeNote(context: PluginContext): TFile | null {
  const file = context.app.workspace.getActiveViewOfType(MarkdownView)?.file ?? context.app.workspace.getActiveFile();
  return file && file.extension === "md" ? file : null;
}

export function registerRootCommands(context: PluginContext, index: VaultIndex, openOverview: () => Promise<void>): void {
  const { plugin, t, app } = context;

  plugin.addCommand({
    id: "open-roots-overview",
    name: t("roots.command.openOverview"),
    callback: () => openOverview(),
  });

  plugin.addCommand({
    id: "link-root",
    name: t("roots.command.linkRoot"),
    checkCallback: (checking) => {
      const file = activeNote(context);
      if (!file) return false;
      if (checking) return true;
      const roots = index.listRoots().filter((root) => root.path !== file.path);
      if (roots.length === 0) {
        new Notice(t("roots.notice.noRoots"));
        return true;
      }
      new RootSuggestModal(app, roots, t("roots.modal.placeholder"), (root) => {
        void linkRootWithNotice(context, file, root);
      }).open();
      return true;
    },
  });

  plugin.addCommand({
    id: "sync-roots-to-frontmatter",
    name: t("roots.command.syncFrontmatter"),
    checkCallback: (checking) => {
      const file = activeNote(context);
      if (!file || !index.graph) return false;
      if (checking) return true;
      void syncBodyRoots(context, index, file);
      return true;
    },
  });
}

async function syncBodyRoots(context: PluginContext, index: VaultIndex, file: TFile): Promise<void> {
  const { t, settings } = context;
  const roots = index.graph?.rootsLinkedInBody(file.path) ?? [];
  if (roots.length === 0) {
    new Notice(t("roots.notice.noBodyRoots"));
    return;
  }
  const result = await linkRootsInFrontmatter(context, file, roots);
  if (!("added" in result)) {
    new Notice(failureMessage(context, file, result));
    return;
  }
  if (result.added.length === 0) {
    new Notice(t("roots.notice.alreadySynced", { key: settings.rootsKey }));
    return;
  }
  const titles = roots.filter((root) => result.added.includes(root.path)).map((root) => root.title);
  new Notice(t("roots.notice.synced", { key: settings.rootsKey, roots: titles.join(", ") }));
}
