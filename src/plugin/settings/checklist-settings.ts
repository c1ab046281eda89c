// Settings of the checklist feature.
import type { PluginContext } from "../plugin-context";

export function renderChecklistSettings(containerEl: HTMLElement, context: PluginContext): void {
  void containerEl;
  void context;
}
