// The root graph from metadata: a full build of 1,000, 10,000 and 50,000-note vaults, and one
// incremental update (a post gains or loses a root link; a root's relations change) at each size.
import { defaultSettings } from "../../src/core/settings";
import { RootGraph } from "../../src/core/roots/graph";
import type { RootNoteInput } from "../../src/core/roots/note-input";
import { time, type TimingOptions } from "./measure";
import { result, type CaseResult } from "./report";
import { generateVault } from "./vault";

const BUILD_TARGETS: Readonly<Record<number, number>> = { 10_000: 50, 50_000: 250 };
const UPDATE_TARGET_MS = 0.5;

/** Two versions of a note that differ in one link, so each update really changes the graph. */
function alternatives(input: RootNoteInput, extra: RootNoteInput): [RootNoteInput, RootNoteInput] {
  const added = { kind: "wiki" as const, line: 1, link: extra.path.replace(/\.md$/u, ""), target: extra.path };
  return [input, { ...input, links: [...input.links, added], mtime: input.mtime + 1 }];
}

/**
 * `sessionEdits`: updates run before the timing, as a writer's session of typing in one note makes
 * them (each keystroke's metadata change is one update of the same note). Per-update cost that grows
 * with the session — a hash table filling with dead entries — shows only after many.
 */
export function graphCases(sizes: readonly number[], timing: TimingOptions, sessionEdits: number): CaseResult[] {
  const settings = defaultSettings();
  const results: CaseResult[] = [];
  const updates: { size: number; median: number }[] = [];
  for (const size of sizes) {
    const inputs = generateVault(size, 0x5eed + size, 0).map((note) => note.input);
    const build = time(timing, () => inputs, (all) => RootGraph.build(all, settings));
    results.push(result("graph", `build-${size}`, `full build, ${size.toLocaleString("en")} notes`, build.median, "ms", BUILD_TARGETS[size] === undefined ? undefined : { max: BUILD_TARGETS[size] }));

    const graph = RootGraph.build(inputs, settings);
    const post = inputs.find((input) => input.frontmatter.type === "process-post" && input.links.length > 0);
    const root = inputs.find((input) => input.frontmatter.category === "philosophical-root" && input.links.length > 0);
    const plain = inputs[inputs.length - 1];
    if (!post || !root || !plain) throw new Error("the generated vault lacks a post, a root or a plain note");
    const versions = [...alternatives(post, plain), ...alternatives(root, plain)];
    let turn = 0;
    for (let edit = 0; edit < sessionEdits; edit++) graph.update(versions[turn++ % versions.length] ?? post);
    const update = time(
      timing,
      () => versions[turn++ % versions.length] ?? post,
      (input) => graph.update(input),
    );
    updates.push({ size, median: update.median });
    results.push(
      result("graph", `update-${size}`, `one incremental update after ${sessionEdits.toLocaleString("en")} edits, ${size.toLocaleString("en")} notes`, update.median, "ms", { max: UPDATE_TARGET_MS }),
    );
  }
  const smallest = updates[0];
  const largest = updates[updates.length - 1];
  if (smallest && largest && largest !== smallest) {
    results.push(
      result(
        "graph",
        "update-flat",
        `update time ${largest.size.toLocaleString("en")} ÷ ${smallest.size.toLocaleString("en")} notes`,
        largest.median / smallest.median,
        "ratio",
        { max: 2 },
        "\"the same at 1,000 and 50,000\": independent of vault size, within noise",
      ),
    );
  }
  return results;
}
