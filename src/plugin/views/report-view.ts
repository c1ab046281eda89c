// "Process posts report": every process post of the vault (by frontmatter marker or posts folder,
// ignored paths left out) with its score, the items not yet there and the warnings, worst first.
// Rows open their note; "Copy as Markdown" copies the same table. The core builds rows and table.
import { ItemView, Keymap, Notice, type TFile, type WorkspaceLeaf } from "obsidian";
import { checkNote } from "../../core/checklist/registry";
import { RULE_NAME_KEYS } from "../../core/checklist/rule-names";
import { vaultReportMarkdown, vaultReportRows, type PostReportRow } from "../../core/checklist/vault-report";
import { parseNote } from "../../core/markdown/parse";
import { createNoteClassifier } from "../../core/roots/detect";
import type { PluginContext } from "../plugin-context";

export const REPORT_VIEW_TYPE = "process-sharing-report";

export class ReportView extends ItemView {
  private rows: PostReportRow[] = [];
  private generation = 0;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly context: PluginContext,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return REPORT_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return this.context.t("checklist.report.title");
  }

  override getIcon(): string {
    return "clipboard-list";
  }

  override async onOpen(): Promise<void> {
    this.registerEvent(this.context.events.on("settings-changed", () => void this.refresh()));
    await this.refresh();
  }

  override async onClose(): Promise<void> {
    // A refresh still running stops at its next note: nobody will see its table.
    this.generation++;
    await Promise.resolve();
  }

  /** The vault's process posts, from the metadata cache (frontmatter) and the settings. */
  private posts(): TFile[] {
    const classifier = createNoteClassifier(this.context.settings);
    const { metadataCache } = this.app;
    return this.app.vault.getMarkdownFiles().filter((file) => {
      if (classifier.isIgnored(file.path)) return false;
      const frontmatter = metadataCache.getFileCache(file)?.frontmatter ?? {};
      return classifier.isPost({ path: file.path, frontmatter, tags: [] });
    });
  }

  /**
   * Checks every process post again and redraws. A newer refresh wins: an older one stops at its
   * next note instead of checking the rest of the vault for a table nobody will see.
   */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    this.drawLoading();
    const entries = [];
    for (const file of this.posts()) {
      const text = await this.app.vault.cachedRead(file);
      if (generation !== this.generation) return;
      const frontmatter = this.app.metadataCache.getFileCache(file)?.frontmatter ?? null;
      entries.push({ path: file.path, report: checkNote(parseNote(text), frontmatter, this.context.settings, this.context.language) });
    }
    if (generation !== this.generation) return;
    this.rows = vaultReportRows(entries);
    this.draw();
  }

  /** The table as Markdown, in the UI's language. */
  markdown(): string {
    const { t } = this.context;
    return vaultReportMarkdown(this.rows, {
      note: t("checklist.report.column.note"),
      score: t("checklist.report.column.score"),
      failing: t("checklist.report.column.failing"),
      warnings: t("checklist.report.column.warnings"),
      none: t("checklist.report.none"),
      ruleName: (id) => t(RULE_NAME_KEYS[id]),
    });
  }

  private drawLoading(): void {
    this.contentEl.empty();
    this.contentEl.addClass("process-sharing-report");
    this.contentEl.createDiv({ cls: "process-sharing-report-loading", text: this.context.t("checklist.report.loading") });
  }

  private draw(): void {
    const { t, settings } = this.context;
    const root = this.contentEl;
    root.empty();
    root.addClass("process-sharing-report");
    const toolbar = root.createDiv({ cls: "process-sharing-report-toolbar" });
    toolbar.createSpan({ cls: "process-sharing-report-count", text: t("checklist.report.count", { count: this.rows.length }) });
    const copy = toolbar.createEl("button", { cls: "process-sharing-report-copy", text: t("checklist.report.copy") });
    copy.addEventListener("click", () => void this.copy());
    const again = toolbar.createEl("button", { cls: "process-sharing-report-refresh", text: t("checklist.report.refresh") });
    again.addEventListener("click", () => void this.refresh());

    if (this.rows.length === 0) {
      root.createDiv({
        cls: "process-sharing-report-empty",
        text: t("checklist.report.empty", { key: settings.postMarkerKey, value: settings.postMarkerValue }),
      });
      return;
    }
    const table = root.createEl("table", { cls: "process-sharing-report-table" });
    const head = table.createEl("thead").createEl("tr");
    for (const key of ["checklist.report.column.note", "checklist.report.column.score", "checklist.report.column.failing", "checklist.report.column.warnings"] as const) {
      head.createEl("th", { text: t(key) });
    }
    const body = table.createEl("tbody");
    for (const row of this.rows) {
      const tr = body.createEl("tr", { cls: "process-sharing-report-row" });
      tr.dataset.path = row.path;
      const link = tr.createEl("td").createEl("a", { cls: "process-sharing-report-link", text: row.name, href: "#" });
      link.addEventListener("click", (event) => {
        event.preventDefault();
        void this.app.workspace.openLinkText(row.path, "", Keymap.isModEvent(event));
      });
      tr.createEl("td", { cls: "process-sharing-report-score", text: `${row.score} / ${row.max}` });
      tr.createEl("td", { text: row.failing.length === 0 ? t("checklist.report.none") : row.failing.map((id) => t(RULE_NAME_KEYS[id])).join(", ") });
      tr.createEl("td", { text: row.warnings.length === 0 ? t("checklist.report.none") : row.warnings.map((id) => t(RULE_NAME_KEYS[id])).join(", ") });
    }
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.markdown());
      new Notice(this.context.t("checklist.report.copied"));
    } catch (error) {
      new Notice(this.context.t("checklist.report.copyFailed", { error: error instanceof Error ? error.message : String(error) }));
    }
  }
}
