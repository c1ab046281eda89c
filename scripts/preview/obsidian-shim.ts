// What `import ... from "obsidian"` gives the plugin in the browser preview: the in-memory Obsidian
// of obsidian-test-mocks, plus what a person looking at the page needs and the mocks leave out —
// the UI language from the page's ?lang=, notices that appear on screen, settings, toggles and icons
// with Obsidian's own class names so styles.css and the theme stylesheet apply as in the app.
import "moment/locale/ko";
import * as mocks from "obsidian-test-mocks/obsidian";
import { iconSvg } from "./icons";

export * from "obsidian-test-mocks/obsidian";

interface PreviewGlobals {
  __processSharingLanguage?: string;
  __processSharingNotices?: string[];
}
const previewGlobals = globalThis as unknown as PreviewGlobals;
previewGlobals.__processSharingNotices ??= [];
// Obsidian's moment carries every locale; the mocks' has English only until Korean is loaded, which
// also makes Korean moment's global locale: English is set back, as Obsidian sets its own.
mocks.moment.locale("en");

export function getLanguage(): string {
  return previewGlobals.__processSharingLanguage ?? "en";
}

const NOTICE_MS = 4000;

export class Notice extends mocks.Notice {
  constructor(message: string | DocumentFragment, duration?: number) {
    super(message, duration);
    const text = typeof message === "string" ? message : (message.textContent ?? "");
    (previewGlobals.__processSharingNotices ??= []).push(text);
    const container = document.body.querySelector(".notice-container") ?? document.body.createDiv("notice-container");
    const noticeEl = container.createDiv({ cls: "notice", text });
    window.setTimeout(() => noticeEl.remove(), duration && duration > 0 ? duration : NOTICE_MS);
  }
}

export class Setting extends mocks.Setting {
  constructor(containerEl: HTMLElement) {
    super(containerEl);
    // Obsidian's order and class names: the name and description first, the controls after.
    this.settingEl.addClass("setting-item");
    this.infoEl.addClass("setting-item-info");
    this.nameEl.addClass("setting-item-name");
    this.descEl.addClass("setting-item-description");
    this.controlEl.addClass("setting-item-control");
    this.settingEl.prepend(this.infoEl);
  }

  override setHeading(): this {
    this.settingEl.addClass("setting-item-heading");
    return super.setHeading();
  }
}

export class ToggleComponent extends mocks.ToggleComponent {
  constructor(containerEl: HTMLElement) {
    super(containerEl);
    this.toggleEl.addClass("checkbox-container");
    this.toggleEl.setAttr("role", "switch");
    this.toggleEl.setAttr("tabindex", "0");
    this.toggleEl.addEventListener("click", () => this.onClick());
  }

  override setValue(value: boolean): this {
    super.setValue(value);
    this.toggleEl.toggleClass("is-enabled", value);
    this.toggleEl.setAttr("aria-checked", String(value));
    return this;
  }

  override onClick(): void {
    super.onClick();
    this.toggleEl.toggleClass("is-enabled", this.getValue());
    this.toggleEl.setAttr("aria-checked", String(this.getValue()));
  }
}

/** Lucide icons the preview knows (Obsidian ships all of Lucide; the mocks ship none). */
export function setIcon(parent: HTMLElement, iconId: string): void {
  const svg = iconSvg(iconId);
  parent.empty();
  if (svg) parent.appendChild(svg);
}

export function getIcon(iconId: string): SVGSVGElement | null {
  return iconSvg(iconId);
}

// ————— suggestions under a text input, as Obsidian draws them —————

const openSuggests = new Set<AbstractInputSuggest<unknown>>();

/** Closes an open suggestion list (Escape closes it before it closes the modal); true when one was open. */
export function closeOpenSuggestion(): boolean {
  const open = [...openSuggests];
  for (const suggest of open) suggest.close();
  return open.length > 0;
}

interface InputSuggestHooks<T> {
  getSuggestions(query: string): T[] | Promise<T[]>;
  renderSuggestion(value: T, el: HTMLElement): void;
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends mocks.AbstractInputSuggest<T> {
  private popoverEl: HTMLElement | null = null;
  private values: T[] = [];
  private selected = 0;
  private readonly hooks = this as unknown as InputSuggestHooks<T>;

  constructor(app: mocks.App, private readonly anchorEl: HTMLInputElement | HTMLDivElement) {
    super(app, anchorEl);
    const el: HTMLElement = anchorEl;
    el.addEventListener("input", () => void this.refresh());
    el.addEventListener("focus", () => void this.refresh());
    el.addEventListener("blur", () => window.setTimeout(() => this.close(), 150));
    el.addEventListener("keydown", (evt) => this.onKeydown(evt));
  }

  private async refresh(): Promise<void> {
    const values = await this.hooks.getSuggestions(this.getValue());
    this.values = values.slice(0, this.limit);
    this.selected = 0;
    if (this.values.length === 0) {
      this.close();
      return;
    }
    this.render();
  }

  private render(): void {
    if (!this.popoverEl) {
      this.popoverEl = document.body.createDiv("suggestion-container");
      this.popoverEl.createDiv("suggestion");
    }
    const rect = this.anchorEl.getBoundingClientRect();
    this.popoverEl.setCssStyles({ left: `${rect.left}px`, top: `${rect.bottom + 4}px`, minWidth: `${rect.width}px` });
    const list = this.popoverEl.querySelector<HTMLElement>(".suggestion");
    if (!list) return;
    list.empty();
    this.values.forEach((value, index) => {
      const item = list.createDiv("suggestion-item");
      item.toggleClass("is-selected", index === this.selected);
      this.hooks.renderSuggestion(value, item);
      item.addEventListener("mousedown", (evt) => {
        evt.preventDefault();
        this.choose(index, evt);
      });
    });
    super.open();
    openSuggests.add(this as AbstractInputSuggest<unknown>);
  }

  private choose(index: number, evt: MouseEvent | KeyboardEvent): void {
    const value = this.values[index];
    if (value === undefined) return;
    this.hooks.selectSuggestion(value, evt);
  }

  private onKeydown(evt: KeyboardEvent): void {
    if (!this.popoverEl || this.values.length === 0 || evt.isComposing) return;
    if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
      evt.preventDefault();
      const step = evt.key === "ArrowDown" ? 1 : -1;
      this.selected = (this.selected + step + this.values.length) % this.values.length;
      this.render();
    } else if (evt.key === "Enter") {
      evt.preventDefault();
      this.choose(this.selected, evt);
    }
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    (this as unknown as { onSelectCallback__?: (value: T, evt: MouseEvent | KeyboardEvent) => void }).onSelectCallback__?.(value, evt);
  }

  override close(): void {
    super.close();
    this.popoverEl?.remove();
    this.popoverEl = null;
    this.values = [];
    openSuggests.delete(this as AbstractInputSuggest<unknown>);
  }
}
