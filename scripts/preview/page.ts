// The preview page: the real plugin (src/plugin/main.ts) loaded into the in-memory Obsidian the plugin
// tests use (tests/plugin/in-memory-obsidian.ts), against the example vault, inside a workspace drawn
// the way Obsidian draws it — file list on the left, the note in an editor in the middle, plugin views
// in the right sidebar, a command palette, modals and notices. ?theme=dark|light, ?lang=ko|en,
// ?note=PATH and ?sidebar=PIXELS choose the theme, Obsidian's UI language, the note opened first and
// the right sidebar's width; ?autosave=off saves typed text only when the editor loses the focus.
import { setup } from "obsidian-test-mocks/setup";
import { Editor, MarkdownView, Modal, Plugin, Scope, TFile, type WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import type { Command, View as ObsidianView } from "obsidian";
import vaultFiles from "virtual:preview-vault";
import {
  createInMemoryObsidian,
  leafLocation,
  observeModals,
  observeViews,
  openModals,
  type InMemoryObsidian,
} from "../../tests/plugin/in-memory-obsidian";
import { closeOpenSuggestion, setIcon } from "./obsidian-shim";

setup();

const params = new URLSearchParams(location.search);
// ?autosave=off keeps typed text in the editor until the note loses focus, so a test can tell a
// re-check from the editor's text apart from one caused by the saved file.
const AUTOSAVE_MS = params.get("autosave") === "off" ? null : 1000;
const theme = params.get("theme") === "dark" ? "dark" : "light";
const language = params.get("lang") ?? "en";
document.body.addClasses([`theme-${theme}`, "preview"]);
const sidebarWidth = Number(params.get("sidebar"));
if (sidebarWidth > 0) document.body.style.setProperty("--preview-right-width", `${sidebarWidth}px`);
document.documentElement.lang = language;

/** What the end-to-end run reads back (it asserts on the screen; this only says when the page is ready). */
interface PreviewHandle {
  ready: boolean;
  error: string | null;
  obsidian: InMemoryObsidian | null;
}
const handle: PreviewHandle = { ready: false, error: null, obsidian: null };
(window as unknown as { __preview: PreviewHandle }).__preview = handle;

// ————— the mocks' Scope forgets handlers; Obsidian calls them on key presses in a modal —————

interface ScopeHandler {
  key: string | null;
  modifiers: string | null;
  func?: (evt: KeyboardEvent, context: unknown) => boolean | void;
}
const scopeProto = Scope.prototype as unknown as {
  register: (this: Scope, modifiers: string[] | null, key: string | null, func: ScopeHandler["func"]) => ScopeHandler;
};
const originalRegister = scopeProto.register;
scopeProto.register = function (this: Scope, modifiers, key, func) {
  const handler = originalRegister.call(this, modifiers, key, func);
  handler.func = func;
  return handler;
};

// ————— the mocks' ribbon keeps no callback; Obsidian shows the icon and calls it on click —————

interface RibbonAction {
  icon: string;
  title: string;
  callback: (evt: MouseEvent) => unknown;
  el: HTMLElement;
}
const ribbonActions: RibbonAction[] = [];
const pluginProto = Plugin.prototype as unknown as {
  addRibbonIcon: (this: Plugin, icon: string, title: string, callback: RibbonAction["callback"]) => HTMLElement;
};
const originalAddRibbonIcon = pluginProto.addRibbonIcon;
pluginProto.addRibbonIcon = function (this: Plugin, icon, title, callback) {
  const el = originalAddRibbonIcon.call(this, icon, title, callback);
  ribbonActions.push({ icon, title, callback, el });
  return el;
};

// ————— the DOM of the workspace —————

const appEl = document.body.createDiv("preview-app");
const titlebarEl = appEl.createDiv("preview-titlebar");
const workspaceEl = appEl.createDiv("preview-workspace");
const ribbonEl = workspaceEl.createDiv("preview-ribbon side-dock-ribbon mod-left");
const leftEl = workspaceEl.createDiv("preview-left workspace-split mod-left-split");
const mainEl = workspaceEl.createDiv("preview-main workspace-split mod-root");
const rightEl = workspaceEl.createDiv("preview-right workspace-split mod-right-split");
const statusbarEl = appEl.createDiv("preview-statusbar status-bar");
document.body.createDiv("notice-container");

titlebarEl.createSpan({ cls: "preview-brand", text: "Process Sharing · preview" });
const paletteButton = titlebarEl.createEl("button", { cls: "preview-palette-button", text: "Command palette" });
paletteButton.setAttr("aria-keyshortcuts", "Control+P");
const switchesEl = titlebarEl.createDiv("preview-switches");
const switchLink = (label: string, key: string, value: string): void => {
  const next = new URLSearchParams(location.search);
  next.set(key, value);
  const link = switchesEl.createEl("a", { text: label, href: `?${next.toString()}` });
  if ((params.get(key) ?? (key === "theme" ? "light" : "en")) === value) link.addClass("is-active");
};
switchLink("Light", "theme", "light");
switchLink("Dark", "theme", "dark");
switchLink("English", "lang", "en");
switchLink("한국어", "lang", "ko");

const filesHeaderEl = leftEl.createDiv({ cls: "preview-pane-header", text: "Files" });
filesHeaderEl.setAttr("role", "heading");
const fileTreeEl = leftEl.createDiv("preview-file-tree nav-files-container");

const mainTabsEl = mainEl.createDiv("preview-tabs workspace-tab-header-container");
const mainContentEl = mainEl.createDiv("preview-main-content");
const editorPaneEl = mainContentEl.createDiv("preview-editor markdown-source-view");
const inlineTitleEl = editorPaneEl.createDiv("inline-title");
const textarea = editorPaneEl.createEl("textarea", { cls: "preview-textarea" });
textarea.setAttr("spellcheck", "false");
textarea.setAttr("aria-label", "Note");
const emptyMainEl = mainContentEl.createDiv({ cls: "preview-empty", text: "Open a note from the file list." });

const sideTabsEl = rightEl.createDiv("preview-tabs preview-side-tabs workspace-tab-header-container");
const sideContentEl = rightEl.createDiv("preview-side-content");

const cursorStatusEl = statusbarEl.createDiv("status-bar-item preview-cursor");

// ————— the workspace state —————

let obsidian: InMemoryObsidian;
let activeMainLeaf: WorkspaceLeaf | null = null;
let activeSideLeaf: WorkspaceLeaf | null = null;
let boundView: MarkdownView | null = null;

function allLeaves(): WorkspaceLeaf[] {
  const leaves: WorkspaceLeaf[] = [];
  obsidian.app.workspace.iterateAllLeaves((leaf) => leaves.push(leaf));
  return leaves.filter((leaf) => leaf.view !== null);
}

function prepareItemView(leaf: WorkspaceLeaf, view: ObsidianView): void {
  const el = view.containerEl;
  el.addClass("workspace-leaf-content");
  el.setAttr("data-type", view.getViewType());
  const contentEl = (view as unknown as { contentEl?: HTMLElement }).contentEl;
  contentEl?.addClass("view-content");
  el.toggleClass("is-sidebar", leafLocation(leaf) !== "main");
}

function tabButton(container: HTMLElement, leaf: WorkspaceLeaf, active: boolean, onClick: () => void): void {
  const view = leaf.view as unknown as ObsidianView;
  const tab = container.createDiv("workspace-tab-header preview-tab");
  tab.toggleClass("is-active", active);
  tab.setAttr("data-type", view.getViewType());
  tab.setAttr("role", "tab");
  tab.setAttr("aria-selected", String(active));
  const icon = view.getIcon();
  const iconEl = tab.createSpan("workspace-tab-header-inner-icon");
  setIcon(iconEl, icon === "" ? "file-text" : icon);
  tab.createSpan({ cls: "workspace-tab-header-inner-title", text: view.getDisplayText() });
  tab.addEventListener("click", onClick);
}

function renderWorkspace(): void {
  const leaves = allLeaves();
  const mainLeaves = leaves.filter((leaf) => leafLocation(leaf) === "main");
  const sideLeaves = leaves.filter((leaf) => leafLocation(leaf) !== "main");
  if (!activeMainLeaf || !mainLeaves.includes(activeMainLeaf)) activeMainLeaf = mainLeaves.at(-1) ?? null;
  if (!activeSideLeaf || !sideLeaves.includes(activeSideLeaf)) activeSideLeaf = sideLeaves.at(-1) ?? null;

  mainTabsEl.empty();
  for (const leaf of mainLeaves) {
    tabButton(mainTabsEl, leaf, leaf === activeMainLeaf, () => {
      activeMainLeaf = leaf;
      obsidian.app.workspace.setActiveLeaf(leaf);
      renderWorkspace();
    });
  }
  const mainView = activeMainLeaf?.view ?? null;
  for (const child of Array.from(mainContentEl.children)) {
    if (child !== editorPaneEl && child !== emptyMainEl) child.remove();
  }
  if (mainView instanceof MarkdownView) {
    bindEditor(mainView);
  } else {
    bindEditor(null);
    if (mainView) mainContentEl.appendChild(mainView.containerEl);
  }
  editorPaneEl.toggle(mainView instanceof MarkdownView);
  emptyMainEl.toggle(mainView === null);

  sideTabsEl.empty();
  for (const leaf of sideLeaves) {
    tabButton(sideTabsEl, leaf, leaf === activeSideLeaf, () => {
      activeSideLeaf = leaf;
      renderWorkspace();
    });
  }
  sideContentEl.empty();
  const sideView = activeSideLeaf?.view as unknown as ObsidianView | undefined;
  if (sideView) sideContentEl.appendChild(sideView.containerEl);
  rightEl.toggleClass("is-empty", sideLeaves.length === 0);
  workspaceEl.toggleClass("is-right-collapsed", sideLeaves.length === 0);
  renderFileTree();
}

// ————— the file list —————

function renderFileTree(): void {
  fileTreeEl.empty();
  const activePath = boundView?.file?.path ?? null;
  const files = obsidian.app.vault.getFiles().sort((a, b) => a.path.localeCompare(b.path));
  let folder: string | null = null;
  for (const file of files) {
    const slash = file.path.lastIndexOf("/");
    const fileFolder = slash === -1 ? "" : file.path.slice(0, slash);
    if (fileFolder !== folder) {
      folder = fileFolder;
      if (folder !== "") {
        const folderEl = fileTreeEl.createDiv("nav-folder-title tree-item-self");
        setIcon(folderEl.createSpan("preview-tree-icon"), "folder");
        folderEl.createSpan({ text: folder });
      }
    }
    const item = fileTreeEl.createDiv("nav-file-title tree-item-self is-clickable");
    item.toggleClass("mod-nested", folder !== "");
    item.toggleClass("is-active", file.path === activePath);
    item.setAttr("data-path", file.path);
    item.setAttr("title", file.path);
    item.createSpan({ cls: "nav-file-title-content", text: file.basename });
    item.addEventListener("click", () => {
      void openNote(file.path);
    });
  }
}

async function openNote(path: string): Promise<void> {
  await flushSave();
  await obsidian.openNote(path);
  renderWorkspace();
}

// ————— the editor: a textarea bound to the Markdown view's Editor —————

let applyingUserInput = false;
let saveTimer: number | null = null;

function posAt(text: string, offset: number): { line: number; ch: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, ch: offset - (before.lastIndexOf("\n") + 1) };
}

function bindEditor(view: MarkdownView | null): void {
  if (boundView === view) return;
  boundView = view;
  if (!view) return;
  inlineTitleEl.setText(view.file?.basename ?? "");
  syncTextarea(false);
}

function syncTextarea(reveal: boolean): void {
  const view = boundView;
  if (!view) return;
  const editor = view.editor;
  const text = editor.getValue();
  if (textarea.value !== text) textarea.value = text;
  const from = editor.posToOffset(editor.getCursor("from"));
  const to = editor.posToOffset(editor.getCursor("to"));
  if (textarea.selectionStart !== from || textarea.selectionEnd !== to) textarea.setSelectionRange(from, to);
  if (reveal) {
    textarea.focus({ preventScroll: true });
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 24;
    const line = editor.getCursor("from").line;
    textarea.scrollTop = Math.max(0, line * lineHeight - textarea.clientHeight / 3);
  }
  showCursor();
}

function showCursor(): void {
  const editor = boundView?.editor;
  if (!editor) {
    cursorStatusEl.setText("");
    return;
  }
  const cursor = editor.getCursor("head");
  cursorStatusEl.setText(`Ln ${cursor.line + 1}, Col ${cursor.ch + 1}`);
  cursorStatusEl.setAttr("data-line", String(cursor.line + 1));
}

// Plugin code moving the cursor or the selection shows it in the textarea, as CodeMirror would.
const editorProto = Editor.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
const REVEALING = new Set(["setCursor", "setSelection", "setSelections", "scrollIntoView", "focus"]);
for (const method of ["setValue", "replaceRange", "replaceSelection", "setLine", "undo", "redo", "transaction", ...REVEALING]) {
  const original = editorProto[method];
  if (!original) continue;
  editorProto[method] = function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    if (!applyingUserInput) queueMicrotask(() => syncTextarea(REVEALING.has(method)));
    return result;
  };
}

function selectionToEditor(): void {
  const editor = boundView?.editor;
  if (!editor) return;
  applyingUserInput = true;
  try {
    editor.setSelection(posAt(textarea.value, textarea.selectionStart), posAt(textarea.value, textarea.selectionEnd));
  } finally {
    applyingUserInput = false;
  }
  showCursor();
}

textarea.addEventListener("input", () => {
  const view = boundView;
  if (!view) return;
  applyingUserInput = true;
  try {
    view.editor.setValue(textarea.value);
  } finally {
    applyingUserInput = false;
  }
  selectionToEditor();
  obsidian.app.workspace.trigger("editor-change", view.editor, view);
  if (saveTimer !== null) window.clearTimeout(saveTimer);
  saveTimer = window.setTimeout(() => void flushSave(), AUTOSAVE_MS ?? 2 ** 31 - 1);
});
for (const event of ["select", "keyup", "click", "focus"]) textarea.addEventListener(event, selectionToEditor);
textarea.addEventListener("blur", () => void flushSave());

/** Writes the editor's text to the vault, as Obsidian's autosave does. */
async function flushSave(): Promise<void> {
  if (saveTimer !== null) window.clearTimeout(saveTimer);
  saveTimer = null;
  const view = boundView;
  const file = view?.file;
  if (!view || !(file instanceof TFile)) return;
  const text = view.editor.getValue();
  if ((await obsidian.app.vault.read(file)) !== text) await obsidian.app.vault.modify(file, text);
}

/** A note changed outside the editor (the plugin wrote its frontmatter): the editor shows the new text. */
function followFileOnDisk(file: unknown): void {
  const view = boundView;
  if (!view || !(file instanceof TFile) || view.file?.path !== file.path || saveTimer !== null) return;
  void obsidian.app.vault.read(file).then((text) => {
    if (view.editor.getValue() === text) return;
    const cursor = view.editor.getCursor();
    view.editor.setValue(text);
    const line = Math.min(cursor.line, view.editor.lastLine());
    view.editor.setCursor({ line, ch: Math.min(cursor.ch, view.editor.getLine(line).length) });
  });
}

// ————— modals, notices, the command palette —————

interface ModalParts {
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  scope: { handlers: ScopeHandler[] };
}

function mountModal(modal: Modal): void {
  const parts = modal as unknown as ModalParts;
  parts.containerEl.addClass("modal-container", "mod-dim");
  if (!parts.containerEl.querySelector(":scope > .modal-bg")) {
    const bg = createDiv("modal-bg");
    bg.addEventListener("click", () => modal.close());
    parts.containerEl.prepend(bg);
  }
  parts.modalEl.addClass("modal");
  parts.modalEl.setAttr("tabindex", "-1");
  parts.titleEl.addClass("modal-title");
  parts.contentEl.addClass("modal-content");
  if (!parts.modalEl.querySelector(":scope > .modal-header")) {
    const close = createDiv("modal-close-button");
    setIcon(close, "x");
    close.setAttr("aria-label", "Close");
    close.addEventListener("click", () => modal.close());
    const header = createDiv("modal-header");
    header.appendChild(parts.titleEl);
    parts.modalEl.prepend(close, header);
  }
  document.body.appendChild(parts.containerEl);
  window.setTimeout(() => {
    if (!parts.modalEl.contains(document.activeElement)) parts.modalEl.focus();
  }, 0);
}

function matchesHandler(handler: ScopeHandler, evt: KeyboardEvent): boolean {
  if (handler.key !== null && handler.key.toLowerCase() !== evt.key.toLowerCase()) return false;
  if (handler.modifiers === null) return true;
  const wanted = new Set(handler.modifiers.split(",").filter((m) => m !== ""));
  const pressed = new Set<string>();
  if (evt.ctrlKey) pressed.add("Ctrl");
  if (evt.metaKey) pressed.add("Meta");
  if (evt.altKey) pressed.add("Alt");
  if (evt.shiftKey) pressed.add("Shift");
  if (wanted.has("Mod")) {
    wanted.delete("Mod");
    wanted.add("Ctrl");
  }
  return wanted.size === pressed.size && [...wanted].every((m) => pressed.has(m));
}

document.addEventListener(
  "keydown",
  (evt) => {
    if (evt.key === "Escape" && closeOpenSuggestion()) {
      evt.preventDefault();
      return;
    }
    const modal = openModals().at(-1);
    if (modal) {
      const parts = modal as unknown as ModalParts;
      for (const handler of parts.scope.handlers) {
        if (handler.func && matchesHandler(handler, evt)) {
          if (handler.func(evt, { key: evt.key, modifiers: handler.modifiers, vkey: evt.key }) === false) {
            evt.preventDefault();
            evt.stopPropagation();
          }
          return;
        }
      }
      if (evt.key === "Escape") {
        evt.preventDefault();
        modal.close();
      }
      return;
    }
    if (evt.key === "Escape" && paletteEl.isShown()) {
      closePalette();
    } else if ((evt.ctrlKey || evt.metaKey) && evt.key.toLowerCase() === "p") {
      evt.preventDefault();
      openPalette();
    }
  },
  true,
);

const paletteEl = document.body.createDiv("modal-container mod-dim preview-palette");
paletteEl.createDiv("modal-bg").addEventListener("click", () => closePalette());
const palettePromptEl = paletteEl.createDiv("prompt");
const paletteInput = palettePromptEl.createEl("input", { cls: "prompt-input", type: "text" });
paletteInput.setAttr("placeholder", "Select a command…");
paletteInput.setAttr("aria-label", "Command");
const paletteListEl = palettePromptEl.createDiv("prompt-results");
paletteEl.hide();
let paletteChoices: Command[] = [];
let paletteSelected = 0;

function commandLabel(command: Command): string {
  return `${obsidian.plugin.manifest.name}: ${command.name}`;
}

function renderPalette(): void {
  const query = paletteInput.value.trim().toLowerCase();
  paletteChoices = obsidian
    .commands()
    .filter((command) => obsidian.commandAvailable(command.id))
    .filter((command) => query === "" || commandLabel(command).toLowerCase().includes(query));
  paletteSelected = Math.min(paletteSelected, Math.max(0, paletteChoices.length - 1));
  paletteListEl.empty();
  paletteChoices.forEach((command, index) => {
    const item = paletteListEl.createDiv({ cls: "suggestion-item", text: commandLabel(command) });
    item.toggleClass("is-selected", index === paletteSelected);
    item.setAttr("data-command-id", command.id);
    item.addEventListener("click", () => void runCommand(command.id));
  });
  if (paletteChoices.length === 0) paletteListEl.createDiv({ cls: "suggestion-empty", text: "No commands found." });
}

function openPalette(): void {
  void flushSave();
  paletteInput.value = "";
  paletteSelected = 0;
  paletteEl.show();
  renderPalette();
  paletteInput.focus();
}

function closePalette(): void {
  paletteEl.hide();
}

async function runCommand(id: string): Promise<void> {
  closePalette();
  await flushSave();
  try {
    await obsidian.runCommand(id);
  } catch (error) {
    handle.error = String(error);
    throw error;
  }
  renderWorkspace();
}

paletteButton.addEventListener("click", openPalette);
paletteInput.addEventListener("input", () => {
  paletteSelected = 0;
  renderPalette();
});
paletteInput.addEventListener("keydown", (evt) => {
  if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
    evt.preventDefault();
    const step = evt.key === "ArrowDown" ? 1 : -1;
    paletteSelected = (paletteSelected + step + paletteChoices.length) % Math.max(1, paletteChoices.length);
    renderPalette();
  } else if (evt.key === "Enter") {
    evt.preventDefault();
    const choice = paletteChoices[paletteSelected];
    if (choice) void runCommand(choice.id);
  }
});

// ————— start —————

async function start(): Promise<void> {
  observeViews((leaf, view) => {
    prepareItemView(leaf, view);
    if (leafLocation(leaf) === "main") activeMainLeaf = leaf;
    else activeSideLeaf = leaf;
    queueMicrotask(renderWorkspace);
  });
  observeModals((modal, event) => {
    if (event === "open") mountModal(modal);
    else (modal as unknown as ModalParts).containerEl.remove();
  });

  obsidian = await createInMemoryObsidian({ files: vaultFiles, language });
  handle.obsidian = obsidian;
  const workspace = obsidian.app.workspace;
  workspace.on("active-leaf-change", (leaf: unknown) => {
    const found = allLeaves().find((candidate) => candidate === leaf);
    if (found && leafLocation(found) !== "main") activeSideLeaf = found;
    renderWorkspace();
  });
  workspace.on("file-open", () => renderWorkspace());
  obsidian.app.vault.on("modify", followFileOnDisk);
  obsidian.app.vault.on("create", renderFileTree);
  obsidian.app.vault.on("delete", renderFileTree);
  obsidian.app.vault.on("rename", renderFileTree);
  for (const item of obsidian.mockPlugin.statusBarItems__) statusbarEl.prepend(item);
  for (const action of ribbonActions) {
    action.el.addClasses(["side-dock-ribbon-action", "clickable-icon"]);
    action.el.setAttr("aria-label", action.title);
    action.el.setAttr("title", action.title);
    setIcon(action.el, action.icon);
    action.el.addEventListener("click", (evt) => {
      void Promise.resolve(action.callback(evt)).then(() => renderWorkspace());
    });
    ribbonEl.appendChild(action.el);
  }

  const firstNote = params.get("note");
  if (firstNote !== null && obsidian.app.vault.getFileByPath(firstNote)) await openNote(firstNote);
  renderWorkspace();
  handle.ready = true;
  document.body.addClass("is-ready");
}

start().catch((error: unknown) => {
  handle.error = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
  document.body.createDiv({ cls: "preview-error", text: handle.error });
});
