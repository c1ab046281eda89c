// The roots feature's commands: open the overview, link a root to the active note, and copy the
// roots its body links into its frontmatter list. Edits go through processFrontMatter only.
import { MarkdownView, Notice, type TFile } from "obsidian";
import { addRootLinks, type AddRootLinksResult, type RootToLink } from "../../core/roots/frontmatter-roots";
import { RootSuggestModal } from "../modals/root-suggest-modal";
import type { PluginContext } from "../plugin-context";
import type { VaultIndex } from "../vault-index";

/** Adds `[[root]]` entries to the note's roots list (settings.rootsKey), never twice. */
export async function linkRootsInFrontmatter(context: PluginContext, file: TFile, roots: readonly RootToLink[]): Promise<AddRootLinksResult> {
  const { app, settings } = context;
  let result: AddRootLinksResult = { added: [] };
  const resolve = (linkpath: string): string | null => app.metadataCache.getFirstLinkpathDest(linkpath, file.path)?.path ?? null;
  await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
    result = addRootLinks(frontmatter, settings.rootsKey, roots, resolve);
  });
  return result;
}

/** Links one root and tells the user what happened. */
export async function linkRootWithNotice(context: PluginContext, file: TFile, root: RootToLink & { title: string }): Promise<void> {
  const { t, settings } = context;
  const result = await linkRootsInFrontmatter(context, file, [root]);
  if ("problem" in result) new Notice(t("roots.notice.notAList", { key: settings.rootsKey }));
  else if (result.added.length === 0) new Notice(t("roots.notice.alreadyLinked", { root: root.title }));
  else new Notice(t("roots.notice.linked", { root: root.title }));
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
  if ("problem" in result) {
    new Notice(t("roots.notice.notAList", { key: settings.rootsKey }));
    return;
  }
  if (result.added.length === 0) {
    new Notice(t("roots.notice.alreadySynced", { key: settings.rootsKey }));
    return;
  }
  const titles = roots.filter((root) => result.added.includes(root.path)).map((root) => root.title);
  new Notice(t("roots.notice.synced", { key: settings.rootsKey, roots: titles.join(", ") }));
}
