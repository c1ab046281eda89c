// A fuzzy search over the vault's roots, for "Link a root to this note".
import { FuzzySuggestModal, type App } from "obsidian";
import type { RootEntry } from "../plugin-context";

export class RootSuggestModal extends FuzzySuggestModal<RootEntry> {
  constructor(
    app: App,
    private readonly roots: readonly RootEntry[],
    placeholder: string,
    private readonly onChoose: (root: RootEntry) => void,
  ) {
    super(app);
    this.setPlaceholder(placeholder);
  }

  override getItems(): RootEntry[] {
    return [...this.roots];
  }

  /** Both the title and the file name are searchable: "Root 04 - 과정 공유 (root-04-프로세스-공유)". */
  override getItemText(root: RootEntry): string {
    return root.title === root.linktext ? root.title : `${root.title} (${root.linktext})`;
  }

  override onChooseItem(root: RootEntry): void {
    this.onChoose(root);
  }
}
