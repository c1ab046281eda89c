// Builds the root graph's inputs from a map of note texts, the way the CLI does from disk.
import { parseNote } from "../../../src/core/markdown/parse";
import { noteInputsFromParses } from "../../../src/core/roots/note-input";
import type { RootNoteInput } from "../../../src/core/roots/note-input";
import { parseFrontmatterYaml } from "../../../src/cli/vault-files";

export function inputsFromTexts(files: Readonly<Record<string, string>>, mtime = Date.UTC(2026, 10, 1)): RootNoteInput[] {
  const notes = Object.entries(files).map(([path, text]) => {
    const parsed = parseNote(text);
    return {
      path: path.normalize("NFC"),
      parsed,
      frontmatter: parsed.frontmatter ? parseFrontmatterYaml(parsed.frontmatter.yaml).values : {},
      mtime,
    };
  });
  return noteInputsFromParses(notes);
}
