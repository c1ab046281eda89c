// "New process post": the title, the roots the post practises, and the folder. Usable from the
// keyboard alone: Enter in the title or folder creates the post; in the roots field, typing
// suggests roots, Enter adds one (the highlighted suggestion, or the name as typed), Backspace on
// an empty field removes the last one, and each chosen root is a chip with its own remove button.
import { AbstractInputSuggest, Modal, Notice, Setting, type App } from "obsidian";
import type { PluginContext, RootEntry } from "../plugin-context";
import { createProcessPost } from "../commands/create-post";
import { FolderSuggest } from "./folder-suggest";

const MAX_SUGGESTIONS = 30;

const comparable = (text: string): string => text.normalize("NFC").toLowerCase().trim();

/** Suggests the vault's roots that are not chosen yet, by title or link text. */
class RootSuggest extends AbstractInputSuggest<RootEntry> {
  private shown = 0;

  constructor(
    app: App,
    private readonly inputEl: HTMLInputElement,
    private readonly context: PluginContext,
    private readonly chosen: () => readonly string[],
    private readonly onChoose: (root: RootEntry) => void,
  ) {
    super(app, inputEl);
  }

  /** Whether the last query had suggestions, i.e. Enter belongs to the popover. */
  isShowing(): boolean {
    return this.shown > 0;
  }

  protected getSuggestions(query: string): RootEntry[] {
    const wanted = comparable(query);
    // Nothing on an empty field, so Enter there still creates the post.
    const taken = new Set(this.chosen().map(comparable));
    const roots =
      wanted === ""
        ? []
        : this.context.rootCatalog
            .listRoots()
            .filter((root) => !taken.has(comparable(root.linktext)))
            .filter((root) => comparable(root.title).includes(wanted) || comparable(root.linktext).includes(wanted))
            .slice(0, MAX_SUGGESTIONS);
    this.shown = roots.length;
    return roots;
  }

  renderSuggestion(root: RootEntry, el: HTMLElement): void {
    el.createDiv({ text: root.title });
    el.createEl("small", { text: root.linktext, cls: "process-sharing-root-suggestion-link" });
  }

  override selectSuggestion(root: RootEntry): void {
    this.shown = 0;
    this.onChoose(root);
    this.close();
  }

  override close(): void {
    this.shown = 0;
    super.close();
  }
}

export class NewPostModal extends Modal {
  private readonly roots: string[] = [];
  private titleInputEl: HTMLInputElement | null = null;
  private folderInputEl: HTMLInputElement | null = null;
  private rootInputEl: HTMLInputElement | null = null;
  private chipsEl: HTMLElement | null = null;
  private rootSuggest: RootSuggest | null = null;
  private folderSuggest: FolderSuggest | null = null;
  private creating = false;

  constructor(private readonly context: PluginContext) {
    super(context.app);
    for (const root of context.settings.defaultRoots) this.addRoot(root);
  }

  /** The link texts chosen so far, in order. */
  chosenRoots(): readonly string[] {
    return this.roots;
  }

  override onOpen(): void {
    const { contentEl } = this;
    const { t } = this.context;
    this.setTitle(t("scaffold.modal.title"));
    contentEl.addClass("process-sharing-new-post");

    new Setting(contentEl).setName(t("scaffold.modal.titleName")).addText((text) => {
      text.setPlaceholder(t("scaffold.modal.titlePlaceholder"));
      text.inputEl.addClass("process-sharing-new-post-title");
      this.titleInputEl = text.inputEl;
      text.inputEl.addEventListener("keydown", (event) => this.onFieldKeydown(event, () => false));
    });

    const rootsSetting = new Setting(contentEl).setName(t("scaffold.modal.roots")).setDesc(t("scaffold.modal.rootsDesc"));
    rootsSetting.settingEl.addClass("process-sharing-new-post-roots");
    this.chipsEl = rootsSetting.controlEl.createDiv({ cls: "process-sharing-root-chips" });
    const rootInputEl = rootsSetting.controlEl.createEl("input", {
      type: "text",
      cls: "process-sharing-root-input",
      attr: { placeholder: t("scaffold.modal.rootsPlaceholder"), "aria-label": t("scaffold.modal.roots") },
    });
    this.rootInputEl = rootInputEl;
    this.rootSuggest = new RootSuggest(this.app, rootInputEl, this.context, () => this.roots, (root) => {
      this.addRoot(root.linktext);
      rootInputEl.value = "";
      this.renderChips();
      rootInputEl.focus();
    });
    rootInputEl.addEventListener("keydown", (event) => this.onRootKeydown(event, rootInputEl));

    new Setting(contentEl)
      .setName(t("scaffold.modal.folder"))
      .setDesc(t("scaffold.modal.folderDesc"))
      .addText((text) => {
        text.setPlaceholder(t("scaffold.modal.folderPlaceholder")).setValue(this.context.settings.postsFolder);
        text.inputEl.addClass("process-sharing-new-post-folder");
        this.folderInputEl = text.inputEl;
        const suggest = new FolderSuggest(this.app, text.inputEl);
        this.folderSuggest = suggest;
        text.inputEl.addEventListener("keydown", (event) => this.onFieldKeydown(event, () => suggest.isShowing()));
      });

    new Setting(contentEl).addButton((button) =>
      button
        .setButtonText(t("scaffold.modal.create"))
        .setCta()
        .onClick(() => void this.submit()),
    );
    this.renderChips();
    this.titleInputEl?.focus();
  }

  override onClose(): void {
    this.rootSuggest?.close();
    this.folderSuggest?.close();
    this.contentEl.empty();
  }

  /** Enter creates the post, unless an input method is composing (Hangul) or a suggestion list owns it. */
  private onFieldKeydown(event: KeyboardEvent, suggestionsShowing: () => boolean): void {
    if (event.key !== "Enter" || event.isComposing || event.defaultPrevented || suggestionsShowing()) return;
    event.preventDefault();
    void this.submit();
  }

  private onRootKeydown(event: KeyboardEvent, inputEl: HTMLInputElement): void {
    if (event.isComposing || event.defaultPrevented) return;
    if (event.key === "Backspace" && inputEl.value === "" && this.roots.length > 0) {
      event.preventDefault();
      this.roots.pop();
      this.renderChips();
      return;
    }
    if (event.key !== "Enter" || this.rootSuggest?.isShowing()) return;
    event.preventDefault();
    const typed = inputEl.value.trim();
    if (typed === "") {
      void this.submit();
      return;
    }
    // A name that matches a root's title or link text exactly links that root; anything else as typed.
    const match = this.context.rootCatalog
      .listRoots()
      .find((root) => comparable(root.linktext) === comparable(typed) || comparable(root.title) === comparable(typed));
    this.addRoot(match ? match.linktext : typed);
    inputEl.value = "";
    this.renderChips();
  }

  private addRoot(linktext: string): void {
    const cleaned = linktext.trim().replace(/^\[\[(.*)\]\]$/u, "$1").trim();
    if (cleaned === "" || this.roots.some((root) => comparable(root) === comparable(cleaned))) return;
    this.roots.push(cleaned);
  }

  private renderChips(): void {
    const chipsEl = this.chipsEl;
    if (!chipsEl) return;
    chipsEl.empty();
    const titles = new Map(this.context.rootCatalog.listRoots().map((root) => [root.linktext, root.title]));
    this.roots.forEach((root, index) => {
      const chip = chipsEl.createSpan({ cls: "process-sharing-root-chip" });
      chip.createSpan({ text: titles.get(root) ?? root, cls: "process-sharing-root-chip-label" });
      const remove = chip.createEl("button", {
        text: "×",
        cls: "process-sharing-root-chip-remove",
        attr: { type: "button", "aria-label": this.context.t("scaffold.modal.removeRoot", { root }) },
      });
      remove.addEventListener("click", () => {
        this.roots.splice(index, 1);
        this.renderChips();
        this.rootInputEl?.focus();
      });
    });
  }

  private async submit(): Promise<void> {
    if (this.creating) return;
    const title = this.titleInputEl?.value.trim() ?? "";
    if (title === "") {
      new Notice(this.context.t("scaffold.modal.titleRequired"));
      this.titleInputEl?.focus();
      return;
    }
    this.creating = true;
    // The new note takes the focus; the modal must not hand it back to where it was opened.
    this.shouldRestoreSelection = false;
    const file = await createProcessPost(this.context, {
      title,
      roots: [...this.roots],
      folder: this.folderInputEl?.value ?? this.context.settings.postsFolder,
    });
    this.creating = false;
    if (file) this.close();
  }
}
