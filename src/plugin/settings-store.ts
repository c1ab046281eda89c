// Loads saved settings through the core's validator: whatever data.json holds, the plugin
// starts with well-formed settings and tells the user what it had to reset.
import { Notice } from "obsidian";
import { validateSettings } from "../core/settings";
import type { PluginContext } from "./plugin-context";

export async function loadSettings(context: PluginContext): Promise<void> {
  let saved: unknown;
  try {
    saved = await context.plugin.loadData();
  } catch (error) {
    saved = undefined;
    new Notice(
      context.t("plugin.settingsProblems", { problems: error instanceof Error ? error.message : String(error) }),
    );
  }
  const { settings, problems } = validateSettings(saved);
  context.settings = settings;
  if (problems.length > 0) {
    new Notice(context.t("plugin.settingsProblems", { problems: problems.map((p) => p.message).join(" ") }));
  }
}
