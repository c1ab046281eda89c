// What "checklist on one note" means for the benchmark: the one parse plus every rule, exactly
// as the sidebar and the CLI run it (frontmatter values come from the adapter; none here).
import { checkNote } from "../../src/core/checklist/registry";
import { parseNote } from "../../src/core/markdown/parse";
import { defaultSettings } from "../../src/core/settings";

const settings = defaultSettings();

export function checkText(text: string): unknown {
  return checkNote(parseNote(text), null, settings, "en");
}
