// Registers the checklist feature's views, commands and events.
import type { PluginContext } from "../plugin-context";

export function registerChecklistFeature(context: PluginContext): void {
  void context;
}
