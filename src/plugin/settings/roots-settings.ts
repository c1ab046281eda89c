// Settings of the roots feature.
import type { PluginContext } from "../plugin-context";

export function renderRootsSettings(containerEl: HTMLElement, context: PluginContext): void {
  void containerEl;
  void context;
}
