// `node scripts/bench-roots.mjs`-style quick measure of the root graph on a synthetic vault, as the
// plugin builds it: Obsidian-like metadata → noteInputFromMetadata → RootGraph.build, then single
// updates, renames and removals. Prints medians; no assertions (timing belongs here, not in tests).
//   npx esbuild scripts/bench-roots.ts --bundle --platform=node --format=esm --packages=external \
//     --outfile=tmp/bench-roots.mjs && node tmp/bench-roots.mjs [notes]
import { performance } from "node:perf_hooks";
import { RootGraph } from "../src/core/roots/graph";
import { noteInputFromMetadata, type MetadataLike, type RootNoteInput } from "../src/core/roots/note-input";
import { defaultSettings } from "../src/core/settings";
import { generateVault } from "./bench/vault";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

interface Timing {
  /** Wall-clock milliseconds per call (median of the samples). */
  wall: number;
  /** CPU milliseconds per call: what the work costs when other processes share the machine. */
  cpu: number;
}

/** Per-call medians over `samples` samples, each a batch of `batch` calls, after a warm-up. */
function measure(samples: number, batch: number, run: (turn: number) => unknown): Timing {
  for (let index = 0; index < Math.min(batch * 3, 1000); index++) run(index);
  const wall: number[] = [];
  const cpu: number[] = [];
  let turn = 0;
  for (let sample = 0; sample < samples; sample++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    for (let index = 0; index < batch; index++) run(turn++);
    const usedCpu = process.cpuUsage(startCpu);
    wall.push((performance.now() - start) / batch);
    cpu.push((usedCpu.user + usedCpu.system) / 1000 / batch);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** What Obsidian's metadata cache holds for a note, rebuilt from the generated input. */
function metadataOf(input: RootNoteInput): MetadataLike {
  const at = (line: number) => ({ start: { line: line - 1 } });
  return {
    frontmatter: input.frontmatter,
    tags: input.tags.map((tag) => ({ tag: `#${tag}` })),
    headings: input.headings.map((heading) => ({ heading: heading.text, level: heading.level, position: at(heading.line) })),
    links: input.links
      .filter((link) => link.kind !== "frontmatter")
      .map((link) => ({ link: link.link, original: `[[${link.link}]]`, position: at(link.line) })),
    frontmatterLinks: input.links.filter((link) => link.kind === "frontmatter").map((link) => ({ key: link.key ?? "", link: link.link })),
  };
}

const size = Number(process.argv[2] ?? 10_000);
const settings = defaultSettings();
const inputs = generateVault(size, 0x5eed + size, 0).map((note) => note.input);
const targets = new Map<string, string | null>();
for (const input of inputs) for (const link of input.links) targets.set(link.link, link.target);
const cache = inputs.map((input) => ({ path: input.path, mtime: input.mtime, metadata: metadataOf(input) }));
// Obsidian answers getFirstLinkpathDest from its own index; a map lookup stands in for it.
const resolve = (linkpath: string): string | null => targets.get(linkpath) ?? null;

const fromCache = (): RootNoteInput[] => cache.map((note) => noteInputFromMetadata(note.path, note.mtime, note.metadata, resolve));
const links = inputs.reduce((sum, input) => sum + input.links.length, 0);
const buildOnly = measure(15, 1, () => RootGraph.build(inputs, settings));
const buildFromCache = measure(15, 1, () => RootGraph.build(fromCache(), settings));

const graph = RootGraph.build(inputs, settings);
const post = inputs.find((input) => input.frontmatter.type === "process-post" && input.links.length > 0);
const root = inputs.find((input) => graph.isRoot(input.path) && input.links.length > 0);
if (!post || !root) throw new Error("the generated vault lacks a post or a root");
const postMetadata = metadataOf(post);
const editedMetadata: MetadataLike = { ...postMetadata, links: [...(postMetadata.links ?? []), { link: root.path.slice(0, -3), original: "[[x]]", position: { start: { line: 1 } } }] };
const update = measure(21, 2000, (turn) =>
  graph.update(noteInputFromMetadata(post.path, post.mtime + turn, turn % 2 === 0 ? editedMetadata : postMetadata, resolve)),
);
const rename = measure(21, 2000, (turn) => (turn % 2 === 0 ? graph.rename(post.path, "moved/x.md") : graph.rename("moved/x.md", post.path)));
const queries = measure(21, 2000, () => [graph.rootsOf(post.path), graph.missingPrerequisites(post.path), graph.suggestions(post.path)]);
const snapshot = measure(9, 1, () => graph.snapshot());

const ms = (value: number): string => `${value.toFixed(value < 1 ? 4 : 1)} ms`.padStart(11);
const line = (label: string, timing: Timing, target = ""): string => `${label.padEnd(50)} ${ms(timing.wall)} wall ${ms(timing.cpu)} cpu  ${target}`;
console.log(`${size.toLocaleString("en")} notes, ${links.toLocaleString("en")} links, ${graph.roots().length} roots — Node ${process.version}`);
console.log(line("full build from inputs", buildOnly, "(target < 100 ms)"));
console.log(line("full build from metadata (what the plugin does)", buildFromCache, "(target < 100 ms)"));
console.log(line("one note's update from metadata", update, "(target well under 1 ms)"));
console.log(line("one rename", rename));
console.log(line("sidebar queries for one post", queries));
console.log(line("snapshot (CLI JSON / overview)", snapshot));
