// "Process checklist": the right-sidebar view that checks the active note as the writer works.
// It follows the active note, re-checks from the editor's text while typing (debounced), and on
// metadata, settings and index changes; it draws the view model the core computes and redraws
// only when that model changed. Clicking evidence puts the cursor on its line; the toggle writes
// the `process-checklist` override with processFrontMatter.
import { ItemView, MarkdownView, Notice, TFile, debounce, setIcon, type Debouncer, type WorkspaceLeaf } from "obsidian";
import { setOverrideInText } from "../../core/checklist/override-edit";
import type { Evidence, ItemStatus } from "../../core/checklist/types";
import {
  checklistViewModel,
  viewModelSignature,
  type ChecklistItemRow,
  type ChecklistSubject,
  type ChecklistViewModel,
} from "../../core/checklist/view-model";
import { createNoteClassifier } from "../../core/roots/detect";
import type { ChecklistItemId } from "../../core/ids";
import type { MessageKey } from "../../core/i18n";
import type { PluginContext } from "../plugin-context";

export const CHECKLIST_VIEW_TYPE = "process-sharing-checklist";

/** Thrown from a processFrontMatter callback to stop it after the YAML was read (see setOverride). */
class YamlReadable extends Error {}
const TYPING_DELAY_MS = 300;

const STATUS_ICON: Record<ItemStatus, string> = {
  pass: "check-circle-2",
  manual: "user-check",
  partial: "circle-dot",
  fail: "circle",
};

const STATUS_LABEL: Record<ItemStatus, MessageKey> = {
  pass: "checklist.status.pass",
  manual: "checklist.status.manual",
  partial: "checklist.status.partial",
  fail: "checklist.status.fail",
};

/** The Markdown view showing `file`, if one is open. */
function markdownViewOf(leaves: WorkspaceLeaf[], file: TFile): MarkdownView | null {
  for (const leaf of leaves) {
    const view = leaf.view;
    if (view instanceof MarkdownView && view.file?.path === file.path) return view;
  }
  return null;
}

export class ChecklistView extends ItemView {
  private file: TFile | null = null;
  private signature = "";
  private refreshing: Promise<void> = Promise.resolve();
  private readonly recheckSoon: Debouncer<[], void>;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly context: PluginContext,
  ) {
    super(leaf);
    this.recheckSoon = debounce(() => void this.refresh(), TYPING_DELAY_MS, true);
  }

  override getViewType(): string {
    return CHECKLIST_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return this.context.t("checklist.view.title");
  }

  override getIcon(): string {
    return "list-checks";
  }

  override async onOpen(): Promise<void> {
    const { workspace, metadataCache } = this.app;
    this.registerEvent(workspace.on("active-leaf-change", () => void this.follow()));
    this.registerEvent(workspace.on("file-open", () => void this.follow()));
    this.registerEvent(
      workspace.on("editor-change", (_editor, info) => {
        if (this.file !== null && info.file?.path === this.file.path) this.recheckSoon();
      }),
    );
    this.registerEvent(
      metadataCache.on("changed", (file) => {
        if (this.file !== null && file.path === this.file.path) void this.refresh();
      }),
    );
    this.registerEvent(this.app.vault.on("rename", () => void this.refresh()));
    this.registerEvent(
      this.app.vault.on("delete", (file) => {
        if (this.file !== null && file.path === this.file.path) void this.follow();
      }),
    );
    this.registerEvent(this.context.events.on("settings-changed", () => void this.refresh()));
    this.registerEvent(this.context.events.on("index-changed", () => void this.refresh()));
    await this.follow();
  }

  override async onClose(): Promise<void> {
    this.recheckSoon.cancel();
    await Promise.resolve();
  }

  /** Shows the note the user works in: the active file, or the last one when the sidebar has focus. */
  private async follow(): Promise<void> {
    const candidate = this.app.workspace.getActiveFile();
    // A note deleted while it was active is no longer a note to show.
    const active = candidate !== null && this.app.vault.getFileByPath(candidate.path) !== null ? candidate : null;
    if (active?.path !== this.file?.path) this.recheckSoon.cancel();
    this.file = active;
    await this.refresh();
  }

  /**
   * Recomputes the view model and redraws if it changed. Refreshes run one after another and never
   * fail: a note that cannot be read (gone from disk, say) shows the "no note" state until the next one.
   */
  refresh(): Promise<void> {
    this.refreshing = this.refreshing.then(async () => {
      let subject: ChecklistSubject | null;
      try {
        subject = await this.subject();
      } catch {
        this.file = null;
        subject = null;
      }
      const model = checklistViewModel(subject, this.context.settings, this.context.language);
      const signature = viewModelSignature(model);
      if (signature === this.signature) return;
      this.signature = signature;
      this.draw(model);
    });
    return this.refreshing;
  }

  private async subject(): Promise<ChecklistSubject | null> {
    const file = this.file;
    if (file === null) return null;
    const base = { path: file.path, name: file.name, extension: file.extension };
    if (file.extension.toLowerCase() !== "md") return { ...base, text: null, frontmatter: null, ignored: false };
    const classifier = createNoteClassifier(this.context.settings);
    const editorView = markdownViewOf(this.app.workspace.getLeavesOfType("markdown"), file);
    // The editor's text while the note is open, so the check follows typing before any save.
    const text = editorView ? editorView.editor.getValue() : await this.app.vault.cachedRead(file);
    const frontmatter = this.app.metadataCache.getFileCache(file)?.frontmatter ?? null;
    return { ...base, text, frontmatter, ignored: classifier.isIgnored(file.path) };
  }

  private draw(model: ChecklistViewModel): void {
    const { t } = this.context;
    const root = this.contentEl;
    root.empty();
    root.addClass("process-sharing-checklist");
    if (model.kind === "empty") {
      const message =
        model.reason === "no-note"
          ? t("checklist.view.noNote")
          : t(model.reason === "ignored" ? "checklist.view.ignored" : "checklist.view.notMarkdown", { name: model.name ?? "" });
      root.createDiv({ cls: `process-sharing-checklist-empty process-sharing-checklist-empty-${model.reason}`, text: message });
      return;
    }
    const file = this.file;
    if (file === null) return;

    const header = root.createDiv({ cls: "process-sharing-checklist-header" });
    header.createDiv({ cls: "process-sharing-checklist-note", text: model.name });
    const score = header.createDiv({ cls: "process-sharing-checklist-score" });
    score.createSpan({ cls: "process-sharing-checklist-score-label", text: t("checklist.view.scoreLabel") });
    score.createSpan({ cls: "process-sharing-checklist-score-value", text: t("checklist.view.score", { score: model.score, max: model.max }) });
    const bar = header.createDiv({ cls: "process-sharing-checklist-bar" });
    bar.setAttr("role", "progressbar");
    bar.setAttr("aria-valuemin", "0");
    bar.setAttr("aria-valuemax", String(model.max));
    bar.setAttr("aria-valuenow", String(model.score));
    const fill = bar.createDiv({ cls: "process-sharing-checklist-bar-fill" });
    fill.style.setProperty("--process-sharing-score", model.max === 0 ? "0" : String(model.score / model.max));

    if (model.items.length === 0) root.createDiv({ cls: "process-sharing-checklist-empty", text: t("checklist.view.noItems") });
    const list = root.createDiv({ cls: "process-sharing-checklist-items" });
    for (const item of model.items) this.drawItem(list, item, file);

    if (model.warnings.length > 0) {
      const warnings = root.createDiv({ cls: "process-sharing-checklist-warnings" });
      warnings.createDiv({ cls: "process-sharing-checklist-warnings-title", text: t("checklist.view.warnings") });
      for (const warning of model.warnings) {
        const row = warnings.createDiv({ cls: "process-sharing-checklist-warning" });
        row.dataset.id = warning.id;
        const head = row.createDiv({ cls: "process-sharing-checklist-item-head" });
        setIcon(head.createSpan({ cls: "process-sharing-checklist-icon" }), "alert-triangle");
        head.createSpan({ cls: "process-sharing-checklist-question", text: warning.question });
        this.drawEvidence(row, warning.evidence, file);
        row.createDiv({ cls: "process-sharing-checklist-hint", text: warning.hint });
      }
    }

    for (const section of this.context.sidebarSections) {
      const block = root.createDiv({ cls: `process-sharing-checklist-section process-sharing-section-${section.id}` });
      section.render(block, file);
    }
  }

  private drawItem(parent: HTMLElement, item: ChecklistItemRow, file: TFile): void {
    const { t } = this.context;
    const row = parent.createDiv({ cls: `process-sharing-checklist-item is-${item.status}` });
    row.dataset.id = item.id;
    row.dataset.status = item.status;
    const head = row.createDiv({ cls: "process-sharing-checklist-item-head" });
    const icon = head.createSpan({ cls: "process-sharing-checklist-icon" });
    setIcon(icon, STATUS_ICON[item.status]);
    icon.setAttr("aria-label", t(STATUS_LABEL[item.status]));
    head.createSpan({ cls: "process-sharing-checklist-question", text: item.question });
    this.drawEvidence(row, item.evidence, file);
    if (item.status === "pass") return;
    if (item.status !== "manual") row.createDiv({ cls: "process-sharing-checklist-hint", text: item.hint });
    const actions = row.createDiv({ cls: "process-sharing-checklist-actions" });
    if (item.toggle !== null) {
      const toggle = actions.createEl("button", {
        cls: "process-sharing-checklist-toggle",
        text: t(item.toggle === "mark" ? "checklist.view.markDone" : "checklist.view.undo"),
      });
      toggle.addEventListener("click", () => void this.setOverride(file, item.id, item.toggle === "mark"));
    }
    if (item.status === "manual") return;
    for (const fix of this.context.quickFixes.filter((candidate) => candidate.itemIds.includes(item.id))) {
      const button = actions.createEl("button", { cls: "process-sharing-checklist-quick-fix", text: t(fix.label) });
      button.dataset.fix = fix.id;
      button.addEventListener("click", () => void fix.run(file));
    }
  }

  private drawEvidence(parent: HTMLElement, evidence: readonly Evidence[], file: TFile): void {
    if (evidence.length === 0) return;
    const { t } = this.context;
    const list = parent.createDiv({ cls: "process-sharing-checklist-evidence" });
    for (const entry of evidence) {
      const line = list.createEl("a", { cls: "process-sharing-checklist-evidence-line", href: "#" });
      line.dataset.line = String(entry.line);
      line.setAttr("aria-label", t("checklist.view.openLine", { line: entry.line }));
      line.createSpan({ cls: "process-sharing-checklist-line-number", text: t("checklist.view.line", { line: entry.line }) });
      line.createSpan({ cls: "process-sharing-checklist-line-text", text: entry.text });
      // The element is redrawn with the view; its listener goes with it.
      line.addEventListener("click", (event) => {
        event.preventDefault();
        void this.revealLine(file, entry.line);
      });
    }
  }

  /** Opens the note (or its open tab) with the cursor at the start of a 1-based line, scrolled into view. */
  async revealLine(file: TFile, line: number): Promise<void> {
    const { workspace } = this.app;
    let view = markdownViewOf(workspace.getLeavesOfType("markdown"), file);
    if (view === null) {
      const leaf = workspace.getLeaf(false);
      await leaf.openFile(file);
      view = leaf.view instanceof MarkdownView ? leaf.view : null;
    } else {
      workspace.setActiveLeaf(view.leaf, { focus: true });
    }
    if (view === null) return;
    const editor = view.editor;
    const target = { line: Math.min(Math.max(0, line - 1), Math.max(0, editor.lineCount() - 1)), ch: 0 };
    editor.setCursor(target);
    editor.scrollIntoView({ from: target, to: target }, true);
    editor.focus();
  }

  /**
   * Writes or removes `process-checklist: {id: true}`. The edit is surgical (Vault.process with the
   * core's line edit), so the writer's YAML comments and formatting survive, which processFrontMatter's
   * re-serialising would lose. processFrontMatter is asked first only to read the YAML: its callback
   * always throws, so it never writes, and a YAML error surfaces as a notice with nothing written.
   */
  async setOverride(file: TFile, id: ChecklistItemId, done: boolean): Promise<void> {
    try {
      await this.app.fileManager
        .processFrontMatter(file, () => {
          throw new YamlReadable();
        })
        .catch((error: unknown) => {
          if (!(error instanceof YamlReadable)) throw error;
        });
      await this.app.vault.process(file, (text) => setOverrideInText(text, id, done));
    } catch (error) {
      new Notice(this.context.t("checklist.view.writeFailed", { name: file.basename, error: error instanceof Error ? error.message : String(error) }));
    }
    await this.refresh();
  }
}
