// Registers the roots feature's views, commands and events.
import type { PluginContext } from "../plugin-context";

export function registerRootsFeature(context: PluginContext): void {
  void context;
}
