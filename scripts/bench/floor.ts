// The floor for the CLI cases: the least any tool that looks at links must do — walk the vault,
// read every note and find its wiki links, in the plainest fast way (synchronous reads: on this
// machine one fs/promises readFile costs about twenty synchronous ones, see docs/performance.md).
// The benchmark bundles it to tmp/bench/floor.mjs (a TypeScript source, so lint and the type
// checker see it) and runs `node tmp/bench/floor.mjs VAULT`, which prints how many notes and
// links it saw. Dot-folders are skipped, as the CLI skips them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const WIKI_LINK = /\[\[([^[\]]+)\]\]/g;

function walk(folder: string, found: string[]): string[] {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else if (entry.isFile() && entry.name.endsWith(".md")) found.push(full);
  }
  return found;
}

const root = process.argv[2];
if (root === undefined) {
  process.stderr.write("usage: node tmp/bench/floor.mjs VAULT\n");
  process.exit(2);
}
let links = 0;
const files = walk(root, []);
for (const file of files) {
  for (const match of readFileSync(file, "utf8").matchAll(WIKI_LINK)) if (match[1] !== undefined) links++;
}
process.stdout.write(`${files.length} notes, ${links} wiki links\n`);
