// Suggests the vault's Markdown notes under a text input (the template note setting).
import { AbstractInputSuggest, type App, type TFile } from "obsidian";

const LIMIT = 50;

export class MarkdownFileSuggest extends AbstractInputSuggest<TFile> {
  constructor(
    app: App,
    private readonly inputEl: HTMLInputElement,
    private readonly onChoose: (file: TFile) => void,
  ) {
    super(app, inputEl);
  }

  protected getSuggestions(query: string): TFile[] {
    const wanted = query.normalize("NFC").toLowerCase().trim();
    return this.app.vault
      .getMarkdownFiles()
      .filter((file) => file.path.normalize("NFC").toLowerCase().includes(wanted))
      .sort((a, b) => a.path.localeCompare(b.path))
      .slice(0, LIMIT);
  }

  renderSuggestion(file: TFile, el: HTMLElement): void {
    el.setText(file.path);
  }

  override selectSuggestion(file: TFile): void {
    this.inputEl.value = file.path;
    this.inputEl.dispatchEvent(new Event("input"));
    this.onChoose(file);
    this.close();
  }
}
