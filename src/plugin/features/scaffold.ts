// Registers the scaffold feature: the "New process post", outline and log-entry commands, and the
// quick fixes the checklist sidebar offers under failing items.
import { registerScaffoldCommands, scaffoldQuickFixes } from "../commands/scaffold-commands";
import type { PluginContext } from "../plugin-context";

export function registerScaffoldFeature(context: PluginContext): void {
  registerScaffoldCommands(context);
  context.quickFixes.push(...scaffoldQuickFixes(context));
}
