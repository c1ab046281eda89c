import { it } from "vitest";
import { parseNote } from "../../src/core/markdown/parse";
import { checkNote } from "../../src/core/checklist/registry";
import { defaultSettings } from "../../src/core/settings";
import { adversarialNotes, realisticNote } from "../../scripts/bench/notes";
import { createRandom } from "../../scripts/bench/prng";
import { readFileSync } from "node:fs";
const settings = defaultSettings();
const time = (text: string) => { const runs: number[] = []; for (let i = 0; i < 5; i++) { const t = performance.now(); checkNote(parseNote(text), null, settings, "en"); runs.push(performance.now() - t); } runs.sort((a,b)=>a-b); return runs[2]!; };
it("perf", () => {
  for (const bytes of [100_000, 1_000_000]) {
    const text = realisticNote(createRandom(0xc0ffee + bytes), bytes, "mixed");
    console.log(`realistic ${bytes}: ${time(text).toFixed(1)} ms (${text.length} chars)`);
  }
  const seed = readFileSync("/work/shared/seed/000_498f0af725f64dbc.txt", "utf8");
  const big = seed.repeat(Math.ceil(1_000_000 / Buffer.byteLength(seed)));
  console.log(`seed x${Math.ceil(1_000_000 / Buffer.byteLength(seed))} (${Buffer.byteLength(big)} bytes): ${time(big).toFixed(1)} ms`);
  for (const note of adversarialNotes(createRandom(0xbad), 1)) {
    const text = note.make();
    console.log(`adversarial ${note.id}: ${time(text).toFixed(1)} ms`);
  }
}, 300_000);
