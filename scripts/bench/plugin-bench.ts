// The plugin cases, run in a process of their own (bundled by bundles.ts with `obsidian` resolved
// to obsidian-test-mocks, loaded through the plugin tests' harness): onload with a 10,000-note
// vault, indexing once the layout is ready, the sidebar's refresh for a 20 KB note, and how often
// a burst of typing re-checks the note (with a fake clock), and what typing a word into the
// settings costs (saves, root-index rebuilds). Prints its results as JSON on stdout.
import { performance } from "node:perf_hooks";
import type { Harness } from "../../tests/plugin/harness";
import { createResolver } from "../../src/core/roots/resolve";
import { installDom } from "./dom";
import { median } from "./measure";
import { realisticNote } from "./notes";
import { createRandom } from "./prng";
import { result, type CaseResult } from "./report";
import { generateVault } from "./vault";

const ONLOAD_TARGET_MS = 5;
const FRAME_MS = 16;

type Timer = { at: number; run: () => void; id: number };

/** A clock the test moves by hand: setTimeout/clearTimeout and Date.now on the global object and window. */
function installFakeClock(): { advance(ms: number): void; now(): number; uninstall(): void } {
  const scope = globalThis as unknown as Record<string, unknown>;
  const targets = [scope, scope.window as Record<string, unknown>];
  const saved = targets.map((target) => ({ target, setTimeout: target.setTimeout, clearTimeout: target.clearTimeout }));
  const savedNow = Date.now;
  let now = savedNow();
  let nextId = 1;
  let timers: Timer[] = [];
  const fakeSetTimeout = (run: () => void, delay = 0): number => {
    const id = nextId++;
    timers.push({ at: now + Math.max(0, delay), run, id });
    return id;
  };
  const fakeClearTimeout = (id: number): void => {
    timers = timers.filter((timer) => timer.id !== id);
  };
  for (const target of targets) {
    target.setTimeout = fakeSetTimeout;
    target.clearTimeout = fakeClearTimeout;
  }
  Date.now = () => now;
  return {
    now: () => now,
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.run();
      }
      now = until;
    },
    uninstall() {
      for (const entry of saved) {
        entry.target.setTimeout = entry.setTimeout;
        entry.target.clearTimeout = entry.clearTimeout;
      }
      Date.now = savedNow;
    },
  };
}

interface ResolvingCache {
  app__: { vault: { getFileByPath(path: string): unknown } };
  getFirstLinkpathDest: (this: ResolvingCache, linkpath: string, sourcePath: string) => unknown;
}

function indexedResolution(cache: unknown, resolve: (linkpath: string, sourcePath: string) => string | null): void {
  (cache as ResolvingCache).getFirstLinkpathDest = function (this: ResolvingCache, linkpath: string, sourcePath: string): unknown {
    const path = resolve(linkpath, sourcePath);
    return path === null ? null : this.app__.vault.getFileByPath(path);
  };
}

interface RefreshingView {
  refresh(): Promise<void>;
}

async function openChecklist(harness: Harness, viewType: string, notePath: string): Promise<RefreshingView> {
  await harness.openNote(notePath);
  const leaf = harness.app.workspace.getRightLeaf(false);
  if (!leaf) throw new Error("no right sidebar leaf");
  await leaf.setViewState({ type: viewType, active: false });
  const view = harness.views<RefreshingView>(viewType)[0];
  if (!view) throw new Error(`no view of type ${viewType}`);
  await view.refresh();
  return view;
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  await installDom();
  const { createHarness, settle } = await import("../../tests/plugin/harness");
  const { MetadataCache } = await import("obsidian-test-mocks/obsidian");
  const { default: ProcessSharingPlugin } = await import("../../src/plugin/main");
  const { CHECKLIST_VIEW_TYPE } = await import("../../src/plugin/views/checklist-view");
  const results: CaseResult[] = [];

  // ——— onload with a large vault; the index waits for layout ready ———
  // PS_BENCH_PLUGIN_NOTES=50000 tries a larger vault (the mocks take about half a minute to build it).
  const count = Number(process.env.PS_BENCH_PLUGIN_NOTES ?? (quick ? 1_000 : 10_000));
  const files: Record<string, string> = {};
  for (const note of generateVault(count, 0x9106, 2)) files[note.path] = note.text;
  const onloadTimes: number[] = [];
  const layoutTimes: number[] = [];
  const original = Object.getOwnPropertyDescriptor(ProcessSharingPlugin.prototype, "onload")?.value as (this: unknown) => Promise<void>;
  ProcessSharingPlugin.prototype.onload = async function (this: unknown): Promise<void> {
    const started = performance.now();
    await original.call(this);
    onloadTimes.push(performance.now() - started);
  };
  // The mocks (and the harness after them) resolve a link by scanning every file, which makes
  // building a 10,000-note vault take minutes; Obsidian keeps an index. Resolve with the same rules
  // through the core's indexed resolver instead, before the vault is built and after the harness.
  const resolve = createResolver(Object.keys(files));
  const cachePrototype = MetadataCache.prototype as unknown as ResolvingCache;
  const mockResolution = cachePrototype.getFirstLinkpathDest;
  indexedResolution(cachePrototype, resolve);
  const runs = quick ? 2 : 5;
  let settingsTyping: SettingsTyping | null = null;
  let overview: { drawMs: number; unchangedMs: number; elements: number } | null = null;
  const longestSlices: number[] = [];
  const { VaultIndex } = await import("../../src/plugin/vault-index");
  for (let run = 0; run < runs; run++) {
    // The vault and its metadata cache are built before onload, untimed, as Obsidian has them ready.
    const harness = await createHarness({ files, layoutReady: false });
    indexedResolution(harness.app.metadataCache, resolve);
    const index = harness.plugin.context.rootCatalog;
    if (!(index instanceof VaultIndex)) throw new Error("no root index");
    const slices = recordSlices();
    const started = performance.now();
    harness.layoutReady();
    await index.whenBuilt();
    const ended = performance.now();
    layoutTimes.push(ended - started);
    longestSlices.push(slices.stop(started, ended));
    await settle();
    if (run === runs - 1) {
      overview = await timeOverview(harness, settle);
      settingsTyping = await typeIntoSettings(harness, settle);
    }
    harness.unload();
  }
  ProcessSharingPlugin.prototype.onload = original;
  cachePrototype.getFirstLinkpathDest = mockResolution;
  const label = `${count.toLocaleString("en")}-note vault`;
  // The first run warms the JIT up.
  results.push(result("plugin", "onload", `onload, ${label}`, median(onloadTimes.slice(1)), "ms", { max: ONLOAD_TARGET_MS }));
  results.push(
    result("plugin", "layout-ready", `indexing on layout ready, ${label}`, median(layoutTimes.slice(1)), "ms", undefined, "not a target: after onload, in the mocks' metadata cache, pauses included"),
  );
  results.push(
    result("plugin", "layout-ready-slice", `indexing on layout ready, ${label}: longest time the main thread is held`, median(longestSlices.slice(1)), "ms", undefined, "not a target: the index pauses about every 8 ms; the first stretch also lists the vault's files"),
  );

  if (overview) {
    results.push(result("plugin", "overview-draw", `roots overview, drawn, ${label} (${overview.elements.toLocaleString("en")} elements)`, overview.drawMs, "ms", undefined, "not a target: in jsdom, several times slower than a browser at building elements"));
    results.push(result("plugin", "overview-same", `roots overview, after a save that changes nothing it shows, ${label}`, overview.unchangedMs, "ms"));
  }

  if (settingsTyping) {
    for (const field of settingsTyping) {
      results.push(
        result("plugin", `settings-${field.id}`, `settings: type "${field.word}" into ${field.name}, then close, ${label}: root-index rebuilds`, field.rebuilds, "count", undefined, `${field.saves} save(s); ${field.keysMs.toFixed(1)} ms for all the keys, ${field.closeMs.toFixed(0)} ms from closing the tab until all is updated`),
      );
    }
  }

  // ——— the sidebar on a 20 KB note ———
  const notePath = "posts/twenty-kb.md";
  const noteText = realisticNote(createRandom(0x20), 20_000, "mixed");
  const sidebarFiles: Record<string, string> = { [notePath]: noteText };
  for (const note of generateVault(200, 0x51de, 1)) sidebarFiles[note.path] = note.text;
  const harness = await createHarness({ files: sidebarFiles });
  const view = await openChecklist(harness, CHECKLIST_VIEW_TYPE, notePath);
  const forgetDrawn = (): void => {
    // The view redraws only when its model changed; forgetting the last one forces a full redraw.
    (view as unknown as { signature: string }).signature = "";
  };
  const sample = async (redraw: boolean): Promise<number> => {
    const times: number[] = [];
    for (let index = 0; index < (quick ? 5 : 40); index++) {
      if (redraw) forgetDrawn();
      const started = performance.now();
      await view.refresh();
      times.push(performance.now() - started);
    }
    return median(times.slice(quick ? 1 : 5));
  };
  const redraw = await sample(true);
  const unchanged = await sample(false);
  const size = `${(Buffer.byteLength(noteText) / 1000).toFixed(0)} KB note`;
  results.push(result("plugin", "sidebar-redraw", `sidebar refresh and redraw, ${size}`, redraw, "ms", { max: FRAME_MS }));
  results.push(result("plugin", "sidebar-same", `sidebar refresh, model unchanged, ${size}`, unchanged, "ms", { max: FRAME_MS }));

  // ——— a burst of typing, on a fake clock ———
  let checks = 0;
  const realRefresh = view.refresh.bind(view);
  view.refresh = () => {
    checks++;
    return realRefresh();
  };
  const clock = installFakeClock();
  const keys = 60;
  const gapMs = 50;
  try {
    for (let key = 0; key < keys; key++) {
      harness.type(key % 7 === 6 ? " " : "가");
      clock.advance(gapMs);
    }
    const duringBurst = checks;
    const burstEnd = clock.now();
    // After the last key: how long until the check runs (the debounce window), and how many more.
    let waited = 0;
    while (checks === duringBurst && waited < 5_000) {
      clock.advance(10);
      waited += 10;
    }
    clock.advance(5_000);
    const windowMs = checks > duringBurst ? waited + gapMs : null;
    const burstMs = clock.now() - burstEnd + keys * gapMs;
    const allowed = windowMs === null ? 0 : Math.ceil((keys * gapMs + windowMs) / windowMs);
    results.push(
      result(
        "plugin",
        "typing-burst",
        `re-checks for ${keys} keys ${gapMs} ms apart (${((keys * gapMs) / 1000).toFixed(1)} s)`,
        checks,
        "count",
        { max: allowed },
        windowMs === null ? "no re-check after the burst" : `debounce window ${windowMs} ms → at most ${allowed} windows; ${duringBurst} during the burst, ${burstMs > 0 ? checks - duringBurst : 0} after`,
      ),
    );
  } finally {
    clock.uninstall();
  }
  harness.unload();
  process.stdout.write(JSON.stringify(results));
}

/** Opens the roots overview and times drawing it, and answering a change that alters nothing it shows. */
async function timeOverview(harness: Harness, settle: () => Promise<void>): Promise<{ drawMs: number; unchangedMs: number; elements: number }> {
  const { ROOTS_VIEW_TYPE } = await import("../../src/plugin/views/roots-view");
  await harness.runCommand("open-roots-overview");
  await settle();
  const [view] = harness.views<{ render(): void; contentEl: HTMLElement }>(ROOTS_VIEW_TYPE);
  if (!view) throw new Error("the roots overview did not open");
  const sample = (forget: boolean): number => {
    const times: number[] = [];
    for (let index = 0; index < 9; index++) {
      // Forgetting what is drawn makes the next render draw everything.
      if (forget) (view as unknown as { drawn: string }).drawn = "";
      const started = performance.now();
      view.render();
      times.push(performance.now() - started);
    }
    return median(times.slice(2));
  };
  const drawMs = sample(true);
  const unchangedMs = sample(false);
  return { drawMs, unchangedMs, elements: view.contentEl.querySelectorAll("*").length };
}

/**
 * Records when the plugin pauses (Obsidian's global `sleep`, which the index awaits between
 * slices of a build) and when it resumes; `stop` gives the longest stretch without a pause between
 * `from` and `to`.
 */
function recordSlices(): { stop(from: number, to: number): number } {
  const scope = globalThis as unknown as { sleep: (ms: number) => Promise<void> };
  const original = scope.sleep;
  const marks: { paused: number; resumed: number }[] = [];
  scope.sleep = async (ms) => {
    const paused = performance.now();
    await original(ms);
    marks.push({ paused, resumed: performance.now() });
  };
  return {
    stop(from, to) {
      scope.sleep = original;
      let longest = 0;
      let start = from;
      for (const mark of marks) {
        longest = Math.max(longest, mark.paused - start);
        start = mark.resumed;
      }
      return Math.max(longest, to - start);
    },
  };
}

interface FieldTyping {
  id: string;
  name: string;
  word: string;
  rebuilds: number;
  saves: number;
  keysMs: number;
  closeMs: number;
}
type SettingsTyping = FieldTyping[];

/**
 * Types a word into two settings fields of the open settings tab, key by key, and closes the tab:
 * how many times the root index is rebuilt and the settings saved, and the main thread's time.
 */
async function typeIntoSettings(harness: Harness, settle: () => Promise<void>): Promise<SettingsTyping> {
  const { displaySettings } = await import("../../tests/plugin/harness");
  const { VaultIndex } = await import("../../src/plugin/vault-index");
  const index = harness.plugin.context.rootCatalog;
  if (!(index instanceof VaultIndex)) throw new Error("no root index");
  let rebuilds = 0;
  const rebuild = index.rebuild.bind(index);
  index.rebuild = () => {
    rebuilds++;
    return rebuild();
  };
  let saves = 0;
  const saveData = harness.plugin.saveData.bind(harness.plugin);
  harness.plugin.saveData = (data: unknown) => {
    saves++;
    return saveData(data);
  };
  const tab = harness.mockPlugin.settingTabs__[0];
  if (!tab) throw new Error("no settings tab");
  const fields = [
    { id: "extra-words", name: "Extra words: Why", word: "because of" },
    { id: "roots-folder", name: "Roots folder", word: "philosophy" },
  ];
  const measured: FieldTyping[] = [];
  for (const field of fields) {
    const setting = (await displaySettings(harness)).find((candidate) => candidate.name === field.name);
    const input = setting?.components[0];
    if (!input) throw new Error(`no setting "${field.name}"`);
    rebuilds = 0;
    saves = 0;
    let started = performance.now();
    for (let length = 1; length <= field.word.length; length++) input.setValue(field.word.slice(0, length));
    const keysMs = performance.now() - started;
    started = performance.now();
    tab.hide();
    // Closing saves; the views and the index answer the save once it is written.
    await settle();
    await index.whenBuilt();
    const closeMs = performance.now() - started;
    measured.push({ ...field, name: `"${field.name}"`, rebuilds, saves, keysMs, closeMs });
  }
  index.rebuild = rebuild;
  return measured;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
