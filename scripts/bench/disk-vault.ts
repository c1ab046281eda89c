// The on-disk vault for the CLI cases, written under tmp/ from the same generator as the graph
// cases. It is rewritten only when its content would differ (a stamp holds a hash of every path
// and text), so repeated runs reuse it and every run measures the very same files.
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateVault } from "./vault";

const STAMP = ".bench-stamp";

export async function ensureDiskVault(folder: string, count: number, seed: number): Promise<{ notes: number; bytes: number }> {
  const notes = generateVault(count, seed, 3);
  const hash = createHash("sha256");
  let bytes = 0;
  for (const note of notes) {
    hash.update(note.path).update("\0").update(note.text).update("\0");
    bytes += Buffer.byteLength(note.text);
  }
  const stamp = hash.digest("hex");
  const existing = await readFile(path.join(folder, STAMP), "utf8").catch(() => "");
  if (existing === stamp) return { notes: notes.length, bytes };

  await rm(folder, { recursive: true, force: true });
  const folders = new Set(notes.map((note) => path.dirname(path.join(folder, note.path))));
  for (const directory of folders) await mkdir(directory, { recursive: true });
  for (const note of notes) await writeFile(path.join(folder, note.path), note.text);
  await writeFile(path.join(folder, STAMP), stamp);
  return { notes: notes.length, bytes };
}
