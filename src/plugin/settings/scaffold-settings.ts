// Settings of the scaffold feature.
import type { PluginContext } from "../plugin-context";

export function renderScaffoldSettings(containerEl: HTMLElement, context: PluginContext): void {
  void containerEl;
  void context;
}
