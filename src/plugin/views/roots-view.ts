// "Roots overview": every root in number order with its title, how many posts link it, the latest
// of them and when, its prerequisites and reinforcing roots; then posts that link no root and links
// to roots that do not exist. Everything is clickable. Redrawn from the index, never by scanning.
import { ItemView, Keymap, debounce, type WorkspaceLeaf } from "obsidian";
import type { RootSummary } from "../../core/roots/graph";
import { classifierSettingsKey, normaliseFolder } from "../../core/roots/detect";
import { rootsOverviewModel, type OverviewRoot } from "../../core/roots/view-models";
import type { PluginContext } from "../plugin-context";
import type { VaultIndex } from "../vault-index";

export const ROOTS_VIEW_TYPE = "process-sharing-roots-overview";

/** Saves while typing change the index every few seconds; the whole-vault overview redraws once they settle. */
const REDRAW_DELAY_MS = 300;

export class RootsView extends ItemView {
  constructor(
    leaf: WorkspaceLeaf,
    private readonly context: PluginContext,
    private readonly index: VaultIndex,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return ROOTS_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return this.context.t("roots.overview.title");
  }

  override getIcon(): string {
    return "git-fork";
  }

  private readonly scheduleRender = debounce(() => this.render(), REDRAW_DELAY_MS, true);
  /** What is drawn, as the signature of its model ("" when nothing is). */
  private drawn = "";

  override async onOpen(): Promise<void> {
    this.registerEvent(this.context.events.on("index-changed", () => this.scheduleRender()));
    this.render();
    await Promise.resolve();
  }

  override async onClose(): Promise<void> {
    this.scheduleRender.cancel();
    await Promise.resolve();
  }

  /**
   * Draws the overview, unless what it would show is what it shows: while a note is being written
   * the index changes with every save, but the overview's content seldom does, and drawing every
   * root, orphan and broken link again is the costly part in a large vault.
   */
  render(): void {
    const { t, language } = this.context;
    const graph = this.index.graph;
    const model = graph ? rootsOverviewModel(graph, Date.now(), language, this.context.dates) : null;
    // The empty state spells out the settings that recognise roots, so they are part of what is shown.
    const signature = model === null ? "" : JSON.stringify(model) + classifierSettingsKey(this.context.settings);
    if (signature !== "" && signature === this.drawn) return;
    this.drawn = signature;

    const root = this.contentEl;
    root.empty();
    root.addClass("process-sharing-roots-overview");
    root.createDiv({ cls: "process-sharing-roots-overview-title", text: t("roots.overview.title") });
    if (!model) return;

    if (model.roots.length === 0) this.renderEmptyState(root);
    const list = root.createDiv({ cls: "process-sharing-roots-overview-list" });
    for (const entry of model.roots) this.renderRoot(list, entry);

    const orphans = root.createDiv({ cls: "process-sharing-roots-overview-section process-sharing-roots-orphans" });
    orphans.createDiv({ cls: "process-sharing-roots-group-title", text: t("roots.overview.orphans") });
    if (model.orphans.length === 0) orphans.createDiv({ cls: "process-sharing-roots-empty", text: t("roots.overview.noOrphans") });
    const orphanList = orphans.createEl("ul");
    for (const orphan of model.orphans) this.link(orphanList.createEl("li"), orphan.path, orphan.name);

    const unresolved = root.createDiv({ cls: "process-sharing-roots-overview-section process-sharing-roots-unresolved" });
    unresolved.createDiv({ cls: "process-sharing-roots-group-title", text: t("roots.overview.unresolved") });
    if (model.unresolved.length === 0) unresolved.createDiv({ cls: "process-sharing-roots-empty", text: t("roots.overview.noUnresolved") });
    const unresolvedList = unresolved.createEl("ul");
    for (const link of model.unresolved) {
      const item = unresolvedList.createEl("li");
      this.link(item, link.from, link.fromName);
      item.createSpan({ cls: "process-sharing-roots-missing-link", text: ` → [[${link.link}]]` });
    }
  }

  private renderRoot(parent: HTMLElement, entry: OverviewRoot): void {
    const { t } = this.context;
    const row = parent.createDiv({ cls: "process-sharing-roots-overview-root" });
    row.dataset.path = entry.path;
    const head = row.createDiv({ cls: "process-sharing-roots-overview-head" });
    head.createSpan({ cls: "process-sharing-roots-number", text: entry.number === null ? "·" : String(entry.number).padStart(2, "0") });
    this.link(head, entry.path, entry.title);
    const count = entry.postCount === 1 ? t("roots.overview.postCountOne") : t("roots.overview.postCount", { count: entry.postCount });
    head.createSpan({ cls: "process-sharing-roots-count", text: count });

    const latest = row.createDiv({ cls: "process-sharing-roots-latest" });
    if (entry.latest) {
      // {name} is left unfilled so the link can go where the language puts the name.
      const [before, after] = t("roots.overview.latest", { when: entry.latest.when }).split("{name}");
      latest.appendText(before ?? "");
      this.link(latest, entry.latest.path, entry.latest.name);
      latest.appendText(after ?? "");
    } else latest.setText(t("roots.overview.noPosts"));

    this.relation(row, t("roots.overview.requires"), entry.prerequisites, "process-sharing-roots-prerequisites");
    this.relation(row, t("roots.overview.reinforcedBy"), entry.reinforcedBy, "process-sharing-roots-reinforcing");
  }

  private relation(row: HTMLElement, label: string, roots: readonly RootSummary[], cls: string): void {
    if (roots.length === 0) return;
    const line = row.createDiv({ cls: `process-sharing-roots-relation ${cls}` });
    line.createSpan({ cls: "process-sharing-roots-relation-label", text: `${label}: ` });
    roots.forEach((root, position) => {
      if (position > 0) line.appendText(", ");
      this.link(line, root.path, root.linktext);
    });
  }

  private renderEmptyState(parent: HTMLElement): void {
    const { t, settings } = this.context;
    const empty = parent.createDiv({ cls: "process-sharing-roots-empty process-sharing-roots-empty-state" });
    empty.createDiv({ text: t("roots.overview.empty") });
    const rules: string[] = [];
    const tag = settings.rootTag.trim().replace(/^#/u, "");
    if (tag !== "") rules.push(t("roots.overview.ruleTag", { tag }));
    if (settings.rootCategoryKey.trim() !== "" && settings.rootCategoryValue.trim() !== "") {
      rules.push(t("roots.overview.ruleCategory", { key: settings.rootCategoryKey.trim(), value: settings.rootCategoryValue.trim() }));
    }
    if (settings.rootFileNamePattern.trim() !== "") rules.push(t("roots.overview.rulePattern", { pattern: settings.rootFileNamePattern }));
    const folder = normaliseFolder(settings.rootsFolder);
    if (folder !== "") rules.push(t("roots.overview.ruleFolder", { folder }));
    if (rules.length === 0) rules.push(t("roots.overview.ruleNone"));
    const list = empty.createEl("ul");
    for (const rule of rules) list.createEl("li", { text: rule });
  }

  private link(parent: HTMLElement, path: string, text: string): void {
    const link = parent.createEl("a", { cls: "process-sharing-roots-link", text, href: "#" });
    link.dataset.path = path;
    // The element is redrawn with the view; its listener goes with it.
    link.addEventListener("click", (event) => {
      event.preventDefault();
      void this.app.workspace.openLinkText(path, "", Keymap.isModEvent(event));
    });
  }
}
