// The root graph of the open vault, fed from Obsidian's metadata cache (never from note text):
// built once when the layout is ready, then kept current one note at a time from the cache's
// `changed`, `deleted` and `resolved` events and the vault's `rename`. Views read it and listen
// for "index-changed" on the context instead of scanning the vault.
import { TFile, TFolder, type TAbstractFile } from "obsidian";
import { classifierSettingsKey } from "../core/roots/detect";
import { RootGraph } from "../core/roots/graph";
import { noteInputFromMetadata, type RootNoteInput } from "../core/roots/note-input";
import { vaultRelative } from "../core/roots/resolve";
import type { PluginContext, RootCatalog, RootEntry } from "./plugin-context";

export class VaultIndex implements RootCatalog {
  private current: RootGraph | null = null;
  /** Notes whose links may resolve differently now (a note appeared, left or moved). */
  private readonly pending = new Set<string>();
  /** The classifier settings the graph was built with: only a change of these needs a rebuild. */
  private builtFor = "";

  constructor(private readonly context: PluginContext) {}

  /** The graph, or null before the layout is ready. */
  get graph(): RootGraph | null {
    return this.current;
  }

  /** Builds the graph and starts following the vault. Call once, from onLayoutReady. */
  start(): void {
    this.rebuild();
    const { plugin, app } = this.context;
    plugin.registerEvent(app.metadataCache.on("changed", (file) => this.noteChanged(file)));
    plugin.registerEvent(app.metadataCache.on("deleted", (file) => this.noteDeleted(file.path)));
    plugin.registerEvent(app.metadataCache.on("resolved", () => this.flushPending()));
    plugin.registerEvent(app.vault.on("rename", (file, oldPath) => this.fileRenamed(file, oldPath)));
    plugin.registerEvent(this.context.events.on("settings-changed", () => this.settingsChanged()));
  }

  /** Every note again, e.g. after the settings that recognise roots changed. */
  rebuild(): void {
    const inputs = this.context.app.vault.getMarkdownFiles().map((file) => this.inputOf(file));
    this.builtFor = classifierSettingsKey(this.context.settings);
    this.current = RootGraph.build(inputs, this.context.settings, this.context.dates.parse);
    this.pending.clear();
    this.context.events.trigger("index-changed");
  }

  /**
   * A rebuild reads every note's cache entry (a few hundred milliseconds in a vault of 50,000), so
   * it happens only when a setting that recognises roots, posts or ignored notes changed, not when
   * extra words or a date format did.
   */
  private settingsChanged(): void {
    if (classifierSettingsKey(this.context.settings) !== this.builtFor) this.rebuild();
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
  private reresolve(path: string): void {
    const graph = this.current;
    const input = graph?.input(path);
    if (!graph || !input) return;
    graph.update({ ...input, links: input.links.map((link) => ({ ...link, target: this.resolve(link.link, path) })) });
  }

  private noteChanged(file: TFile): void {
    const graph = this.current;
    if (!graph || file.extension !== "md") return;
    const isNew = !graph.has(file.path);
    graph.update(this.inputOf(file));
    if (isNew) for (const path of graph.notesToReresolve(file.path)) if (path !== file.path) this.pending.add(path);
    this.context.events.trigger("index-changed");
    this.flushPending();
  }

  private noteDeleted(path: string): void {
    const graph = this.current;
    if (!graph) return;
    for (const linker of graph.notesToReresolve(path)) this.pending.add(linker);
    graph.remove(path);
    this.pending.delete(path);
    this.context.events.trigger("index-changed");
    this.flushPending();
  }

  private fileRenamed(file: TAbstractFile, oldPath: string): void {
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
    if (!this.current || this.pending.size === 0) return;
    const paths = [...this.pending];
    this.pending.clear();
    for (const path of paths) this.reresolve(path);
    this.context.events.trigger("index-changed");
  }
}
