// The root graph of the open vault, fed from Obsidian's metadata cache (never from note text):
// built in slices once the layout is ready, then kept current one note at a time from the cache's
// `changed`, `deleted` and `resolved` events and the vault's `rename`. Views read it and listen
// for "index-changed" on the context instead of scanning the vault.
import { TFile, TFolder, type TAbstractFile } from "obsidian";
import { classifierSettingsKey } from "../core/roots/detect";
import { RootGraph } from "../core/roots/graph";
import { noteInputFromMetadata, type RootNoteInput } from "../core/roots/note-input";
import { vaultRelative } from "../core/roots/resolve";
import type { PluginContext, RootCatalog, RootEntry } from "./plugin-context";

/** How a build shares the main thread: it yields once `sliceMs` have passed, reading the clock every `notesPerClockRead` notes. */
export interface BuildSlicing {
  sliceMs: number;
  notesPerClockRead: number;
}

// Half a frame at a time: reading 50,000 notes' cache entries at once held the main thread for
// about 0.6 s (in the bench's in-memory Obsidian), long enough to freeze the window at start-up.
const DEFAULT_SLICING: BuildSlicing = { sliceMs: 8, notesPerClockRead: 32 };

/** A build in progress. */
interface Build {
  /** The classifier settings it builds for (see classifierSettingsKey). */
  key: string;
  /** Notes that changed, appeared, left or moved while it ran: read again before it is used. */
  touched: Set<string>;
  done: Promise<void>;
}

export class VaultIndex implements RootCatalog {
  private current: RootGraph | null = null;
  /** Notes whose links may resolve differently now (a note appeared, left or moved). */
  private readonly pending = new Set<string>();
  /** The classifier settings the graph was built with: only a change of these needs a rebuild. */
  private builtFor = "";
  private building: Build | null = null;
  /** How builds share the main thread (tests and the bench change it). */
  slicing: BuildSlicing = DEFAULT_SLICING;

  constructor(private readonly context: PluginContext) {}

  /** The graph, or null until the first build has ended. */
  get graph(): RootGraph | null {
    return this.current;
  }

  /** Resolves when no build is running (a build that replaces another is waited for too). */
  async whenBuilt(): Promise<void> {
    while (this.building) await this.building.done;
  }

  /** Builds the graph and starts following the vault. Call once, from onLayoutReady. */
  start(): void {
    const { plugin, app } = this.context;
    // A build still running at unload stops at its next pause.
    plugin.register(() => {
      this.building = null;
    });
    plugin.registerEvent(app.metadataCache.on("changed", (file) => this.noteChanged(file)));
    plugin.registerEvent(app.metadataCache.on("deleted", (file) => this.noteDeleted(file.path)));
    plugin.registerEvent(app.metadataCache.on("resolved", () => this.flushPending()));
    plugin.registerEvent(app.vault.on("rename", (file, oldPath) => this.fileRenamed(file, oldPath)));
    plugin.registerEvent(this.context.events.on("settings-changed", () => this.settingsChanged()));
    void this.rebuild();
  }

  /**
   * Reads every note again into a new graph (at start, or when a setting that recognises roots
   * changed), pausing every few milliseconds so Obsidian keeps drawing and taking input. Until it
   * ends the previous graph, or none, answers and follows events as before; the notes those events
   * touch are read again before the new graph takes over. A newer rebuild replaces a running one.
   */
  rebuild(): Promise<void> {
    const build: Build = { key: classifierSettingsKey(this.context.settings), touched: new Set(), done: Promise.resolve() };
    this.building = build;
    const done = this.run(build).finally(() => {
      // Also after an error: a build that failed must not look as if it were still running.
      if (this.building === build) this.building = null;
    });
    build.done = done;
    return done;
  }

  private async run(build: Build): Promise<void> {
    const { app, settings, dates } = this.context;
    const graph = new RootGraph(settings, dates.parse);
    const files = app.vault.getMarkdownFiles();
    const { sliceMs, notesPerClockRead } = this.slicing;
    let sliceStarted = performance.now();
    for (let index = 0; index < files.length; index++) {
      // A hidden window (Obsidian started minimised) may run timers once a second; nobody sees a
      // freeze there, so the build goes on without pausing.
      if ((index + 1) % notesPerClockRead === 0 && performance.now() - sliceStarted >= sliceMs && !activeDocument.hidden) {
        await sleep(0);
        if (this.building !== build) return;
        sliceStarted = performance.now();
      }
      const file = files[index];
      // Ignored notes never enter the graph: their cache entries are not read.
      if (!file || graph.isIgnored(file.path)) continue;
      // Deleted or moved since the list was taken: read where it is now, at the end.
      if (app.vault.getFileByPath(file.path) !== file) build.touched.add(file.path);
      else graph.update(this.inputOf(file));
    }
    if (this.building !== build) return;
    if (build.touched.size > 0) this.catchUp(graph, build.touched);
    this.building = null;
    this.builtFor = build.key;
    this.current = graph;
    this.pending.clear();
    this.context.events.trigger("index-changed");
  }

  /**
   * Brings a graph built while the vault changed up to date: the touched notes, the notes that
   * appeared or left (a renamed folder moves many), and the links elsewhere that resolve
   * differently because of them.
   */
  private catchUp(graph: RootGraph, touched: Set<string>): void {
    const files = new Map(this.context.app.vault.getMarkdownFiles().map((file) => [file.path, file]));
    for (const path of graph.paths()) if (!files.has(path)) touched.add(path);
    for (const path of files.keys()) if (!graph.has(path) && !graph.isIgnored(path)) touched.add(path);
    for (const path of touched) {
      const file = files.get(path);
      if (file && !graph.isIgnored(path)) graph.update(this.inputOf(file));
      else if (graph.has(path)) graph.remove(path);
    }
    for (const path of touched) for (const linker of graph.notesToReresolve(path)) if (!touched.has(linker)) this.reresolve(graph, linker);
  }

  /**
   * A rebuild reads every note's cache entry (about 0.6 s in all in a vault of 50,000), so it
   * happens only when a setting that recognises roots, posts or ignored notes changed, not when
   * extra words or a date format did.
   */
  private settingsChanged(): void {
    const key = classifierSettingsKey(this.context.settings);
    if (key !== (this.building?.key ?? this.builtFor)) void this.rebuild();
  }

  listRoots(): RootEntry[] {
    return (this.current?.roots() ?? []).map(({ path, title, linktext }) => ({ path, title, linktext }));
  }

  private readonly resolve = (linkpath: string, sourcePath: string): string | null =>
    // Markdown links may be relative to the note ("../roots/x.md"); make them vault paths first.
    this.context.app.metadataCache.getFirstLinkpathDest(vaultRelative(linkpath, sourcePath), sourcePath)?.path ?? null;

  private inputOf(file: TFile): RootNoteInput {
    return noteInputFromMetadata(file.path, file.stat.mtime, this.context.app.metadataCache.getFileCache(file), this.resolve);
  }

  /**
   * Resolves a note's links again from what the graph already holds: its text did not change, only
   * which files its links point to. Reads no cache entry, so it also works for the notes of a
   * renamed folder before Obsidian has re-cached them under their new paths.
   */
  private reresolve(graph: RootGraph, path: string): void {
    const input = graph.input(path);
    if (!input) return;
    graph.update({ ...input, links: input.links.map((link) => ({ ...link, target: this.resolve(link.link, path) })) });
  }

  private noteChanged(file: TFile): void {
    if (file.extension !== "md") return;
    this.building?.touched.add(file.path);
    const graph = this.current;
    if (!graph) return;
    const isNew = !graph.has(file.path);
    graph.update(this.inputOf(file));
    if (isNew) for (const path of graph.notesToReresolve(file.path)) if (path !== file.path) this.pending.add(path);
    this.context.events.trigger("index-changed");
    this.flushPending();
  }

  private noteDeleted(path: string): void {
    this.building?.touched.add(path);
    const graph = this.current;
    if (!graph) return;
    for (const linker of graph.notesToReresolve(path)) this.pending.add(linker);
    graph.remove(path);
    this.pending.delete(path);
    this.context.events.trigger("index-changed");
    this.flushPending();
  }

  private fileRenamed(file: TAbstractFile, oldPath: string): void {
    // A folder's notes are found moved by the path check at the end of a build.
    this.building?.touched.add(oldPath).add(file.path);
    const graph = this.current;
    if (!graph) return;
    // A folder's notes move with it; Obsidian may or may not report each of them as well.
    const moves: [string, string][] =
      file instanceof TFolder
        ? graph
            .paths()
            .filter((path) => path.startsWith(`${oldPath}/`))
            .map((path) => [path, `${file.path}${path.slice(oldPath.length)}`])
        : file instanceof TFile
          ? [[oldPath, file.path]]
          : [];
    for (const [from, to] of moves) {
      graph.rename(from, to);
      // The moved note too: its links resolve from its new folder.
      for (const path of [...graph.notesToReresolve(from), ...graph.notesToReresolve(to), to]) this.pending.add(path);
      this.pending.delete(from);
    }
    if (moves.length > 0) this.context.events.trigger("index-changed");
    this.flushPending();
  }

  /**
   * Re-resolves the notes a create, delete or rename may have changed. Runs at once (Obsidian's file
   * index, which answers getFirstLinkpathDest, already knows the change) and again when the cache
   * reports `resolved`, for anything noted in between.
   */
  private flushPending(): void {
    const graph = this.current;
    if (!graph || this.pending.size === 0) return;
    const paths = [...this.pending];
    this.pending.clear();
    for (const path of paths) this.reresolve(graph, path);
    this.context.events.trigger("index-changed");
  }
}
