// Registers the roots feature: the vault index (also the context's root catalog), the roots
// overview view, the root commands and the "Linked roots" section of the checklist sidebar.
import { registerRootCommands } from "../commands/root-commands";
import type { PluginContext } from "../plugin-context";
import { VaultIndex } from "../vault-index";
import { createLinkedRootsSection } from "../views/linked-roots-section";
import { ROOTS_VIEW_TYPE, RootsView } from "../views/roots-view";

export function registerRootsFeature(context: PluginContext): void {
  const { plugin, app } = context;
  const index = new VaultIndex(context);
  context.rootCatalog = index;

  plugin.registerView(ROOTS_VIEW_TYPE, (leaf) => new RootsView(leaf, context, index));

  const openOverview = async (): Promise<void> => {
    const open = app.workspace.getLeavesOfType(ROOTS_VIEW_TYPE).find((leaf) => leaf.view instanceof RootsView);
    const leaf = open ?? app.workspace.getLeaf("tab");
    if (!open) await leaf.setViewState({ type: ROOTS_VIEW_TYPE, active: true });
    await app.workspace.revealLeaf(leaf);
  };

  registerRootCommands(context, index, openOverview);
  context.sidebarSections.push(createLinkedRootsSection(context, index));
  // Reading every note's metadata is start-up work: wait until Obsidian has laid out the workspace.
  app.workspace.onLayoutReady(() => index.start());
}
