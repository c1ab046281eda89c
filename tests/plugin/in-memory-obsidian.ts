// The in-memory Obsidian the plugin runs in outside Obsidian — under Vitest (tests/plugin/harness.ts)
// and in the browser preview (scripts/preview/): obsidian-test-mocks' App, Vault and MetadataCache,
// plus the few behaviours of the real app the mocks leave out and our features rely on —
// views created from registered view types, notes opened in a MarkdownView with an Editor,
// side leaves kept apart from the main area (getLeaf never hands out a sidebar leaf),
// `create` refusing an existing path, the metadata cache following deletes and renames and firing
// `deleted` and `resolved`, link resolution by basename (case-insensitive, NFC, nearest first),
// modals that stay open until closed. Callers then act as a user does: open a note, type, run a
// command, click what the view shows. No test-runner import here: the browser bundle uses it too.
import {
  App,
  FileView,
  MarkdownView,
  MetadataCache,
  Modal,
  Plugin as MockPlugin,
  TFile,
  Vault,
  Workspace,
  WorkspaceLeaf,
} from "obsidian-test-mocks/obsidian";
import type {
  App as ObsidianApp,
  CachedMetadata,
  Command,
  Editor as ObsidianEditor,
  MarkdownView as ObsidianMarkdownView,
  TFile as ObsidianTFile,
  View as ObsidianView,
  ViewCreator,
} from "obsidian";
import ProcessSharingPlugin from "../../src/plugin/main";
import { VaultIndex } from "../../src/plugin/vault-index";
import manifestJson from "../../manifest.json";

interface TestGlobals {
  __processSharingLanguage: string;
  __processSharingNotices: string[];
}
const testGlobals = globalThis as unknown as TestGlobals;

/** Obsidian's UI language for plugins loaded after this call ("ko", "en", …). */
export function setLanguage(code: string): void {
  testGlobals.__processSharingLanguage = code;
}

/** Messages of every Notice shown since the last clearNotices(). */
export function notices(): string[] {
  return [...testGlobals.__processSharingNotices];
}

export function clearNotices(): void {
  testGlobals.__processSharingNotices.length = 0;
}

/** Lets pending promises, microtasks and zero-delay timers run. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) {
    await new Promise<void>((resolve) => {
      setTimeout(resolve, 0);
    });
  }
}

// ————— the vault and the metadata cache, made to behave like Obsidian's —————

interface MockCacheInternals {
  cache__: Map<string, CachedMetadata>;
  fileCache__: Record<string, unknown>;
  updateLinks(sourcePath: string, cache: CachedMetadata): void;
}

function nfcLower(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

/** Obsidian's resolution: exact path, path + .md, else the basename (case-insensitive), nearest first. */
function resolveLinkpath(vault: Vault, linkpath: string, sourcePath: string): TFile | null {
  const hash = linkpath.indexOf("#");
  const path = (hash === -1 ? linkpath : linkpath.slice(0, hash)).trim();
  if (path === "") return vault.getFileByPath(sourcePath);
  const exact = vault.getFileByPath(path) ?? vault.getFileByPath(`${path}.md`);
  if (exact) return exact;
  const wanted = nfcLower(path.includes("/") ? path : path);
  const wantedHasFolder = wanted.includes("/");
  const candidates = vault.getFiles().filter((file) => {
    const full = nfcLower(file.path);
    const withoutMd = full.endsWith(".md") ? full.slice(0, -3) : full;
    if (wantedHasFolder) return withoutMd === wanted || withoutMd.endsWith(`/${wanted}`) || full === wanted;
    return nfcLower(file.basename) === wanted || nfcLower(file.name) === wanted;
  });
  if (candidates.length === 0) return null;
  const sourceFolder = folderOf(sourcePath);
  const distance = (file: TFile): number => {
    const a = sourceFolder === "" ? [] : sourceFolder.split("/");
    const b = folderOf(file.path) === "" ? [] : folderOf(file.path).split("/");
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    return a.length - common + (b.length - common);
  };
  candidates.sort((x, y) => distance(x) - distance(y) || x.path.localeCompare(y.path));
  return candidates[0] ?? null;
}

function makeVaultBehaveLikeObsidian(app: App): void {
  const vault = app.vault;
  const cache: MetadataCache = app.metadataCache;
  const internals = cache as unknown as MockCacheInternals;

  cache.getFirstLinkpathDest = (linkpath: string, sourcePath: string) => resolveLinkpath(vault, linkpath, sourcePath);

  const resolveAll = (): void => {
    for (const [path, metadata] of internals.cache__) internals.updateLinks(path, metadata);
  };
  let resolvedPending = false;
  const scheduleResolved = (): void => {
    if (resolvedPending) return;
    resolvedPending = true;
    queueMicrotask(() => {
      resolvedPending = false;
      resolveAll();
      cache.trigger("resolved");
    });
  };
  cache.on("changed", scheduleResolved);

  const originalCreate = vault.create.bind(vault);
  vault.create = async (path: string, data: string, options?: unknown) => {
    if (vault.getAbstractFileByPath(path)) throw new Error("File already exists.");
    return originalCreate(path, data, options as never);
  };

  vault.on("delete", (file: unknown) => {
    if (!(file instanceof TFile)) return;
    const previous = internals.cache__.get(file.path) ?? null;
    internals.cache__.delete(file.path);
    delete internals.fileCache__[file.path];
    delete cache.resolvedLinks[file.path];
    delete cache.unresolvedLinks[file.path];
    cache.trigger("deleted", file, previous);
    scheduleResolved();
  });

  vault.on("rename", (file: unknown, oldPath: unknown) => {
    if (!(file instanceof TFile) || typeof oldPath !== "string") return;
    const metadata = internals.cache__.get(oldPath);
    internals.cache__.delete(oldPath);
    delete cache.resolvedLinks[oldPath];
    delete cache.unresolvedLinks[oldPath];
    if (metadata) internals.cache__.set(file.path, metadata);
    resolveAll();
    scheduleResolved();
  });
}

// ————— the workspace: views from registered types, notes in a MarkdownView —————

const viewCreators = new WeakMap<object, Map<string, ViewCreator>>();
const lastFileLeaf = new WeakMap<object, WorkspaceLeaf>();
const sideOfLeaf = new WeakMap<object, "left" | "right">();

/** Which sidebar a leaf lives in, or "main" for the main area. */
export function leafLocation(leaf: unknown): "left" | "right" | "main" {
  return (typeof leaf === "object" && leaf !== null && sideOfLeaf.get(leaf)) || "main";
}

/** Called whenever a view is shown in a leaf (the browser preview mounts it). */
type ViewListener = (leaf: WorkspaceLeaf, view: ObsidianView) => void;
/** Called when a modal opens or closes. */
type ModalListener = (modal: Modal, event: "open" | "close") => void;
const viewListeners: ViewListener[] = [];
const modalListeners: ModalListener[] = [];

export function observeViews(listener: ViewListener): void {
  viewListeners.push(listener);
}

export function observeModals(listener: ModalListener): void {
  modalListeners.push(listener);
}

function creatorsOf(app: App): Map<string, ViewCreator> {
  let creators = viewCreators.get(app.workspace);
  if (!creators) {
    creators = new Map();
    viewCreators.set(app.workspace, creators);
  }
  return creators;
}

/** View's open/close hooks are protected: Obsidian itself calls them, and so does the harness. */
interface ViewHooks {
  onOpen(): Promise<void>;
  onClose(): Promise<void>;
}

async function showView(leaf: WorkspaceLeaf, view: ObsidianView): Promise<void> {
  const previous = leaf.view as unknown as (ObsidianView & ViewHooks) | null;
  if (previous && previous !== view) {
    await previous.onClose();
    previous.unload();
  }
  leaf.view = view;
  view.load();
  await (view as unknown as ViewHooks).onOpen();
  for (const listener of viewListeners) listener(leaf, view);
}

class BinaryFileView extends FileView {
  constructor(
    leaf: WorkspaceLeaf,
    private readonly type: string,
  ) {
    super(leaf);
  }
  override getViewType(): string {
    return this.type;
  }
  override getDisplayText(): string {
    return this.file?.name ?? "";
  }
}

function patchWorkspace(app: App): void {
  const workspace = app.workspace;

  const sideLeaf = (side: "left" | "right", leaf: WorkspaceLeaf | null): WorkspaceLeaf => {
    if (!leaf) throw new Error(`No ${side} leaf`);
    sideOfLeaf.set(leaf, side);
    return leaf;
  };
  const allLeaves = (): WorkspaceLeaf[] => {
    const leaves: WorkspaceLeaf[] = [];
    workspace.iterateAllLeaves((leaf) => leaves.push(leaf));
    return leaves;
  };
  const originalGetRightLeaf = workspace.getRightLeaf.bind(workspace);
  const originalGetLeftLeaf = workspace.getLeftLeaf.bind(workspace);
  const originalEnsureSideLeaf = workspace.ensureSideLeaf.bind(workspace);
  workspace.getRightLeaf = (split: boolean) => sideLeaf("right", originalGetRightLeaf(split));
  workspace.getLeftLeaf = (split: boolean) => sideLeaf("left", originalGetLeftLeaf(split));
  workspace.ensureSideLeaf = async (type, side, options) => {
    const existing = workspace.getLeavesOfType(type).find((leaf) => sideOfLeaf.get(leaf) === side);
    const leaf = existing ?? sideLeaf(side, await originalEnsureSideLeaf(type, side, options));
    if (!existing) await leaf.setViewState({ type, active: options?.active ?? false, state: (options?.state ?? {}) as Record<string, unknown> });
    if (options?.reveal !== false) await workspace.revealLeaf(leaf);
    return leaf;
  };

  // Like Obsidian: getLeaf(false) reuses a main-area leaf, never a sidebar one.
  const originalGetLeaf = workspace.getLeaf.bind(workspace);
  workspace.getLeaf = (newLeaf?: boolean | "tab" | "split" | "window") => {
    if (newLeaf) return originalGetLeaf(newLeaf);
    const active = workspace.activeLeaf;
    if (active && !sideOfLeaf.has(active)) return active;
    const recent = lastFileLeaf.get(workspace);
    if (recent && allLeaves().includes(recent)) return recent;
    const main = allLeaves().find((leaf) => !sideOfLeaf.has(leaf));
    return main ?? originalGetLeaf(true);
  };

  workspace.getActiveViewOfType = ((type: new (...args: never[]) => unknown) => {
    const view = workspace.activeLeaf?.view;
    return view instanceof type ? view : null;
  }) as never;

  // Like Obsidian: a focused sidebar view doesn't change which file is "active".
  workspace.getActiveFile = () => {
    const activeFile = workspace.activeLeaf?.file__;
    if (activeFile) return activeFile;
    const leaf = lastFileLeaf.get(workspace);
    return leaf && workspace.getLeavesOfType(leaf.getViewState().type).includes(leaf) ? leaf.file__ : null;
  };
}

let leafPatchesInstalled = false;

function installLeafPatches(): void {
  if (leafPatchesInstalled) return;
  leafPatchesInstalled = true;
  const proto = WorkspaceLeaf.prototype as unknown as {
    setViewState: WorkspaceLeaf["setViewState"];
    openFile: WorkspaceLeaf["openFile"];
    detach: WorkspaceLeaf["detach"];
  };

  const originalSetViewState = proto.setViewState;
  proto.setViewState = async function (this: WorkspaceLeaf, viewState, eState) {
    await originalSetViewState.call(this, viewState, eState);
    const creator = creatorsOf(this.app__).get(viewState.type);
    if (creator) await showView(this, creator(this.asOriginalType3__()));
  };

  proto.openFile = async function (this: WorkspaceLeaf, file, openState) {
    const app = this.app__;
    const workspace = app.workspace;
    let view: ObsidianView;
    if (file.extension === "md") {
      const markdownView = MarkdownView.create2__(this);
      markdownView.file = file;
      markdownView.setViewData(app.vault.readSync__(file), true);
      view = markdownView.asOriginalType7__();
      workspace.activeEditor = { editor: markdownView.editor.asOriginalType__(), file } as never;
    } else {
      const binaryView = new BinaryFileView(this, file.extension);
      binaryView.file = file;
      view = binaryView as unknown as ObsidianView;
      workspace.activeEditor = null;
    }
    await showView(this, view);
    const leafState = this as unknown as { file: unknown; viewState: unknown };
    leafState.file = file;
    leafState.viewState = { type: view.getViewType(), state: { file: file.path } };
    if (openState?.eState) this.setEphemeralState(openState.eState);
    lastFileLeaf.set(workspace, this);
    workspace.setActiveLeaf(this);
    workspace.trigger("file-open", file);
  };

  const originalDetach = proto.detach;
  proto.detach = function (this: WorkspaceLeaf) {
    const view = this.view;
    if (view) {
      void (view as unknown as ViewHooks).onClose();
      view.unload();
    }
    originalDetach.call(this);
  };

  const modalProto = Modal.prototype as unknown as { open(): void; close(): void };
  modalProto.open = function (this: Modal) {
    openModalList.push(this);
    // Obsidian puts the modal on screen first, so onOpen can focus its fields.
    for (const listener of modalListeners) listener(this, "open");
    this.onOpen();
  };
  const closeModal = (modal: Modal): void => {
    const index = openModalList.indexOf(modal);
    if (index !== -1) openModalList.splice(index, 1);
    modal.onClose();
    (modal as unknown as { closeCallback: (() => void) | null }).closeCallback?.();
    for (const listener of modalListeners) listener(modal, "close");
  };
  modalProto.close = function (this: Modal) {
    closeModal(this);
  };
}

const openModalList: Modal[] = [];

/** Modals the plugin opened and that are not closed yet, oldest first. */
export function openModals(): Modal[] {
  return [...openModalList];
}

// ————— the in-memory Obsidian with the plugin loaded —————

export interface InMemoryObsidianOptions {
  /** Vault-relative path → content. Folders end with "/". */
  files?: Record<string, string>;
  /** What loadData() returns (the saved data.json). */
  data?: unknown;
  /** Obsidian's UI language. */
  language?: string;
  /** Fire onLayoutReady (default true). */
  layoutReady?: boolean;
}

export interface InMemoryObsidian {
  app: App;
  obsidianApp: ObsidianApp;
  plugin: ProcessSharingPlugin;
  mockPlugin: MockPlugin;
  /** Fires the workspace's layout-ready callbacks (when created with layoutReady: false). */
  layoutReady(): void;
  file(path: string): ObsidianTFile;
  /** Opens a note in the main area, as clicking it in the file explorer does; returns its view. */
  openNote(path: string): Promise<ObsidianMarkdownView>;
  /** Opens a non-Markdown file (a PDF, an image) in the main area. */
  openFile(path: string): Promise<void>;
  /** The Markdown view the user last worked in. */
  activeMarkdownView(): ObsidianMarkdownView;
  /** Types text at the end of the editor (or at a position) and fires editor-change. */
  type(text: string, at?: { line: number; ch: number }): void;
  /** Saves the editor's text to the vault, as Obsidian's autosave does. */
  save(): Promise<void>;
  /** Runs a command by its id (without the plugin prefix), as the command palette does. */
  runCommand(id: string): Promise<void>;
  /** Whether the command palette would offer the command now. */
  commandAvailable(id: string): boolean;
  commands(): Command[];
  /** Views of a type currently open, created by the plugin's registered view creators. */
  views<T>(type: string): T[];
  read(path: string): Promise<string>;
  unload(): void;
}

/** Waits for the root index's build, when the roots feature has one running. */
async function whenIndexBuilt(plugin: ProcessSharingPlugin): Promise<void> {
  const index: unknown = plugin.context.rootCatalog;
  if (index instanceof VaultIndex) await index.whenBuilt();
}

export async function createInMemoryObsidian(options: InMemoryObsidianOptions = {}): Promise<InMemoryObsidian> {
  installLeafPatches();
  clearNotices();
  openModalList.length = 0;
  setLanguage(options.language ?? "en");
  const app = App.createConfigured__({ files: options.files ?? {} });
  makeVaultBehaveLikeObsidian(app);
  patchWorkspace(app);
  await settle();

  const obsidianApp = app.asOriginalType__();
  const plugin = new ProcessSharingPlugin(obsidianApp, manifestJson);
  const mockPlugin = MockPlugin.fromOriginalType2__(plugin);
  if (options.data !== undefined) mockPlugin.data__ = options.data;
  const views = mockPlugin.views__;
  const originalRegisterView = plugin.registerView.bind(plugin);
  plugin.registerView = (type: string, creator: ViewCreator) => {
    originalRegisterView(type, creator);
    creatorsOf(app).set(type, creator);
  };
  // Component.load() would not await an async onload; Obsidian does.
  (mockPlugin as unknown as { loaded__: boolean }).loaded__ = true;
  await plugin.onload();
  void views;
  const workspace: Workspace = app.workspace;
  if (options.layoutReady !== false) workspace.setLayoutReady__();
  await settle();
  // The root index builds in slices once the layout is ready; tests start from a built one.
  await whenIndexBuilt(plugin);

  const fileAt = (path: string): ObsidianTFile => {
    const file = app.vault.getFileByPath(path);
    if (!file) throw new Error(`No file at ${path}`);
    return file.asOriginalType2__();
  };

  const activeMarkdownView = (): ObsidianMarkdownView => {
    const leaf = lastFileLeaf.get(workspace);
    const view = leaf?.view;
    if (!(view instanceof MarkdownView)) throw new Error("No Markdown view is open");
    return view as unknown as ObsidianMarkdownView;
  };

  const findCommand = (id: string): Command => {
    const command = (mockPlugin.commands__).get(id);
    if (!command) throw new Error(`No command "${id}"`);
    return command;
  };

  const editorContext = (): { editor: ObsidianEditor; view: ObsidianMarkdownView } | null => {
    const active: unknown = workspace.activeLeaf?.view;
    if (!(active instanceof MarkdownView)) return null;
    const view = active as unknown as ObsidianMarkdownView;
    return { editor: view.editor, view };
  };

  const harness: InMemoryObsidian = {
    app,
    obsidianApp,
    plugin,
    mockPlugin,
    layoutReady: () => workspace.setLayoutReady__(),
    file: fileAt,
    async openNote(path) {
      const leaf = lastFileLeaf.get(workspace) ?? workspace.getLeaf(false);
      await leaf.openFile(app.vault.getFileByPath(path) ?? fileAt(path) as never);
      await settle();
      return activeMarkdownView();
    },
    async openFile(path) {
      const leaf = lastFileLeaf.get(workspace) ?? workspace.getLeaf(false);
      await leaf.openFile(fileAt(path) as never);
      await settle();
    },
    activeMarkdownView,
    type(text, at) {
      const view = activeMarkdownView();
      const editor = view.editor;
      const position = at ?? editor.offsetToPos(editor.getValue().length);
      editor.replaceRange(text, position);
      workspace.trigger("editor-change", editor, view);
    },
    async save() {
      const view = activeMarkdownView();
      if (!view.file) throw new Error("The view has no file");
      await app.vault.modify(view.file as never, view.editor.getValue());
      await settle();
    },
    async runCommand(id) {
      const command = findCommand(id);
      if (command.callback) {
        await command.callback();
      } else if (command.checkCallback) {
        if (!command.checkCallback(true)) throw new Error(`Command "${id}" is not available now`);
        await Promise.resolve(command.checkCallback(false));
      } else if (command.editorCallback || command.editorCheckCallback) {
        const context = editorContext();
        if (!context) throw new Error(`Command "${id}" needs an open note`);
        if (command.editorCheckCallback) {
          if (!command.editorCheckCallback(true, context.editor, context.view)) {
            throw new Error(`Command "${id}" is not available now`);
          }
          await Promise.resolve(command.editorCheckCallback(false, context.editor, context.view));
        } else {
          await command.editorCallback?.(context.editor, context.view);
        }
      }
      await settle();
    },
    commandAvailable(id) {
      const command = findCommand(id);
      if (command.callback) return true;
      if (command.checkCallback) return Boolean(command.checkCallback(true));
      const context = editorContext();
      if (!context) return false;
      if (command.editorCheckCallback) return Boolean(command.editorCheckCallback(true, context.editor, context.view));
      return Boolean(command.editorCallback);
    },
    commands: () => [...(mockPlugin.commands__).values()],
    views<T>(type: string): T[] {
      return workspace.getLeavesOfType(type).map((leaf) => leaf.view as unknown as T);
    },
    read: (path) => app.vault.read(app.vault.getFileByPath(path) ?? (fileAt(path) as never)),
    unload: () => plugin.unload(),
  };
  return harness;
}
