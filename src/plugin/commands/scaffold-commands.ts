// The scaffold's commands and the sidebar's quick fixes. Every edit is one Editor change (so one undo
// reverts it) when the note is open, and a Vault.process otherwise; the core decides what to insert.
import { MarkdownView, Notice, type Editor, type TFile } from "obsidian";
import { parseNote } from "../../core/markdown/parse";
import { logEntryInsertion } from "../../core/scaffold/log-entry";
import { insertSections, outlineInsertion, type SectionValues } from "../../core/scaffold/outline";
import { findSections } from "../../core/scaffold/sections";
import { applyInsertion, endPosition, type TextInsertion } from "../../core/scaffold/text-insertion";
import type { ParsedNote } from "../../core/markdown/types";
import type { PluginContext, QuickFix } from "../plugin-context";
import { NewPostModal } from "../modals/new-post-modal";
import { templateLanguage } from "./create-post";

export function sectionValues(context: PluginContext): SectionValues {
  return {
    language: templateLanguage(context),
    now: new Date(),
    dateFormat: context.settings.dateFormat,
    timeFormat: context.settings.timeFormat,
    dates: context.dates,
  };
}

/** Applies the insertion as one editor change and moves the cursor; false when there was nothing to insert. */
function applyInEditor(editor: Editor, compute: (note: ParsedNote) => TextInsertion | null): boolean {
  const insertion = compute(parseNote(editor.getValue()));
  if (!insertion) return false;
  editor.replaceRange(insertion.text, insertion.at);
  editor.setCursor(insertion.cursor);
  return true;
}

/** The Markdown view showing `file`, if one is open. */
function openEditorFor(context: PluginContext, file: TFile): Editor | null {
  for (const leaf of context.app.workspace.getLeavesOfType("markdown")) {
    const view = leaf.view;
    if (view instanceof MarkdownView && view.file?.path === file.path) return view.editor;
  }
  return null;
}

/** Edits a note through its open editor, else atomically on disk. */
async function editNote(context: PluginContext, file: TFile, compute: (note: ParsedNote) => TextInsertion | null): Promise<boolean> {
  const editor = openEditorFor(context, file);
  if (editor) return applyInEditor(editor, compute);
  let changed = false;
  await context.app.vault.process(file, (raw) => {
    const insertion = compute(parseNote(raw));
    if (!insertion) return raw;
    changed = true;
    return applyInsertion(raw, insertion);
  });
  return changed;
}

export function registerScaffoldCommands(context: PluginContext): void {
  const { plugin, t } = context;
  plugin.addCommand({
    id: "new-process-post",
    name: t("scaffold.command.newPost"),
    callback: () => new NewPostModal(context).open(),
  });
  plugin.addCommand({
    id: "insert-self-us-now-outline",
    name: t("scaffold.command.insertOutline"),
    editorCallback: (editor) => {
      const inserted = applyInEditor(editor, (note) => outlineInsertion(note, editor.getCursor(), sectionValues(context)));
      if (!inserted) new Notice(t("scaffold.notice.outlineComplete"));
    },
  });
  plugin.addCommand({
    id: "add-process-log-entry",
    name: t("scaffold.command.addLogEntry"),
    editorCallback: (editor) => {
      applyInEditor(editor, (note) => logEntryInsertion(note, sectionValues(context)));
    },
  });
}

/** What the sidebar offers under failing checklist items. */
export function scaffoldQuickFixes(context: PluginContext): QuickFix[] {
  const atEnd = (note: ParsedNote): { line: number; ch: number } => endPosition(note.text);
  return [
    {
      id: "scaffold-insert-outline",
      itemIds: ["self-us-now"],
      label: "scaffold.quickFix.insertOutline",
      run: async (file) => {
        const inserted = await editNote(context, file, (note) => outlineInsertion(note, atEnd(note), sectionValues(context)));
        if (!inserted) new Notice(context.t("scaffold.notice.outlineComplete"));
      },
    },
    {
      id: "scaffold-add-log-entry",
      itemIds: ["archive", "process"],
      label: "scaffold.quickFix.addLogEntry",
      run: async (file) => {
        await editNote(context, file, (note) => logEntryInsertion(note, sectionValues(context)));
      },
    },
    {
      id: "scaffold-add-participation",
      itemIds: ["participation"],
      label: "scaffold.quickFix.addParticipation",
      run: async (file) => {
        // A section that is there but thin is the writer's to fill; a second heading would not help.
        const added = await editNote(context, file, (note) =>
          findSections(note.headings).participation ? null : insertSections(note, ["participation"], atEnd(note), sectionValues(context)),
        );
        if (!added) new Notice(context.t("scaffold.notice.participationPresent"));
      },
    },
  ];
}
