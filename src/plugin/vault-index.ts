// The root graph of the open vault, fed from Obsidian's metadata cache (never from note text):
// built once when the layout is ready, then kept current one note at a time from the cache's
// `changed`, `deleted` and `resolved` events and the vault's `rename`. Views read it and listen
// for "index-changed" on the context instead of scanning the vault.
import { TFile, TFolder, type TAbstractFile } from "obsidian";
import { RootGraph } from "../core/roots/graph";
import { noteInputFromMetadata, type RootNoteInput } from "../core/roots/note-input";
import { vaultRelative } from "../core/roots/resolve";
import type { PluginContext, RootCatalog, RootEntry } from "./plugin-context";

export class VaultIndex implements RootCatalog {
  private current: RootGraph | null = null;
  /** Notes whose links may resolve differently now; re-read when the cache reports `resolved`. */
  private readonly pending = new Set<string>();

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
    plugin.registerEvent(this.context.events.on("settings-changed", () => this.rebuild()));
  }

  /** Every note again, e.g. after the settings that recognise roots changed. */
  rebuild(): void {
    const inputs = this.context.app.vault.getMarkdownFiles().map((file) => this.inputOf(file));
    this.current = RootGraph.build(inputs, this.context.settings);
    this.pending.clear();
    this.context.events.trigger("index-changed");
  }

  listRoots(): RootEntry[] {
    return (this.current?.roots() ?? []).map(({ path, title, linktext }) => ({ path, title, linktext }));
  }

  private inputOf(file: TFile): RootNoteInput {
    const cache = this.context.app.metadataCache;
    return noteInputFromMetadata(file.path, file.stat.mtime, cache.getFileCache(file), (linkpath, sourcePath) => {
      // Markdown links may be relative to the note ("../roots/x.md"); make them vault paths first.
      return cache.getFirstLinkpathDest(vaultRelative(linkpath, sourcePath), sourcePath)?.path ?? null;
    });
  }

  private refresh(path: string): void {
    const file = this.context.app.vault.getFileByPath(path);
    if (file && file.extension === "md") this.current?.update(this.inputOf(file));
    else this.current?.remove(path);
  }

  private noteChanged(file: TFile): void {
    const graph = this.current;
    if (!graph || file.extension !== "md") return;
    const isNew = !graph.has(file.path);
    graph.update(this.inputOf(file));
    if (isNew) for (const path of graph.notesToReresolve(file.path)) this.pending.add(path);
    this.context.events.trigger("index-changed");
  }

  private noteDeleted(path: string): void {
    const graph = this.current;
    if (!graph) return;
    for (const linker of graph.notesToReresolve(path)) this.pending.add(linker);
    graph.remove(path);
    this.pending.delete(path);
    this.context.events.trigger("index-changed");
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
      for (const path of [...graph.notesToReresolve(from), ...graph.notesToReresolve(to), to]) this.pending.add(path);
      this.pending.delete(from);
    }
    // The renamed note itself resolves from its new folder at once; the others once Obsidian has re-resolved.
    for (const [, to] of moves) this.refresh(to);
    if (moves.length > 0) this.context.events.trigger("index-changed");
  }

  private flushPending(): void {
    if (!this.current || this.pending.size === 0) return;
    const paths = [...this.pending];
    this.pending.clear();
    for (const path of paths) this.refresh(path);
    this.context.events.trigger("index-changed");
  }
}
