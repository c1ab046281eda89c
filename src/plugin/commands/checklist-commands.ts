// The checklist's commands and ribbon icon: open the sidebar view in the right sidebar, and open
// the vault report of every process post. Existing views are found by type and instanceof.
import type { PluginContext } from "../plugin-context";
import { CHECKLIST_VIEW_TYPE, ChecklistView } from "../views/checklist-view";
import { REPORT_VIEW_TYPE, ReportView } from "../views/report-view";

/** Shows the checklist in the right sidebar, reusing the open one. */
export async function openChecklistView(context: PluginContext): Promise<void> {
  const { workspace } = context.app;
  let leaf = workspace.getLeavesOfType(CHECKLIST_VIEW_TYPE).find((candidate) => candidate.view instanceof ChecklistView) ?? null;
  if (leaf === null) {
    leaf = workspace.getRightLeaf(false);
    if (leaf === null) return;
    await leaf.setViewState({ type: CHECKLIST_VIEW_TYPE, active: true });
  }
  await workspace.revealLeaf(leaf);
}

/** Shows the report in a tab and checks every post again. */
export async function openReportView(context: PluginContext): Promise<void> {
  const { workspace } = context.app;
  const open = workspace.getLeavesOfType(REPORT_VIEW_TYPE).find((candidate) => candidate.view instanceof ReportView);
  if (open) {
    await workspace.revealLeaf(open);
    if (open.view instanceof ReportView) await open.view.refresh();
    return;
  }
  const leaf = workspace.getLeaf("tab");
  await leaf.setViewState({ type: REPORT_VIEW_TYPE, active: true });
  await workspace.revealLeaf(leaf);
}

export function registerChecklistCommands(context: PluginContext): void {
  const { plugin, t } = context;
  plugin.addCommand({
    id: "open-checklist",
    name: t("checklist.command.open"),
    callback: () => openChecklistView(context),
  });
  plugin.addCommand({
    id: "check-all-posts",
    name: t("checklist.command.checkAll"),
    callback: () => openReportView(context),
  });
  plugin.addRibbonIcon("list-checks", t("checklist.command.open"), () => void openChecklistView(context));
}
