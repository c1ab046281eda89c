// Registers the checklist feature: the sidebar view, the vault report view and their commands.
// The views subscribe to the workspace, metadata and context events themselves while open.
import { registerChecklistCommands } from "../commands/checklist-commands";
import type { PluginContext } from "../plugin-context";
import { CHECKLIST_VIEW_TYPE, ChecklistView } from "../views/checklist-view";
import { REPORT_VIEW_TYPE, ReportView } from "../views/report-view";

export function registerChecklistFeature(context: PluginContext): void {
  const { plugin } = context;
  plugin.registerView(CHECKLIST_VIEW_TYPE, (leaf) => new ChecklistView(leaf, context));
  plugin.registerView(REPORT_VIEW_TYPE, (leaf) => new ReportView(leaf, context));
  registerChecklistCommands(context);
}
