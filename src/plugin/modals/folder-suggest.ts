// Suggests the vault's folders under a text input (the posts folder, the new post's folder).
import { AbstractInputSuggest, TFolder, type App } from "obsidian";

const LIMIT = 50;

export class FolderSuggest extends AbstractInputSuggest<TFolder> {
  private shown = 0;

  constructor(
    app: App,
    private readonly inputEl: HTMLInputElement,
    private readonly onChoose: (folder: TFolder) => void = () => undefined,
  ) {
    super(app, inputEl);
  }

  /** Whether the last query had suggestions, i.e. Enter belongs to the popover. */
  isShowing(): boolean {
    return this.shown > 0;
  }

  protected getSuggestions(query: string): TFolder[] {
    const wanted = query.normalize("NFC").toLowerCase().trim();
    // Nothing on an empty field, so Enter there still submits the form.
    if (wanted === "") {
      this.shown = 0;
      return [];
    }
    const folders = this.app.vault
      .getAllLoadedFiles()
      .filter((file): file is TFolder => file instanceof TFolder && !file.isRoot())
      .filter((folder) => folder.path.normalize("NFC").toLowerCase().includes(wanted))
      .filter((folder) => folder.path !== query)
      .sort((a, b) => a.path.localeCompare(b.path))
      .slice(0, LIMIT);
    this.shown = folders.length;
    return folders;
  }

  renderSuggestion(folder: TFolder, el: HTMLElement): void {
    el.setText(folder.path);
  }

  override selectSuggestion(folder: TFolder): void {
    this.inputEl.value = folder.path;
    this.inputEl.dispatchEvent(new Event("input"));
    this.shown = 0;
    this.onChoose(folder);
    this.close();
  }

  override close(): void {
    this.shown = 0;
    super.close();
  }
}
