// readNoteText reads synchronously and decodes strictly: a byte order mark dropped, a real U+FFFD
// kept, invalid bytes and NUL reported, a missing note a problem — in Korean and English notes alike.
// walkNotes builds relative paths name by name: they must be what toVaultPath gives, in NFC.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modifiedTime, readNoteText, toVaultPath, walkNotes } from "../../src/cli/vault-files";

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "ps-read-note-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function note(name: string, bytes: Buffer): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, bytes);
  return file;
}

describe("readNoteText", () => {
  it("reads Korean and English notes as written", async () => {
    const text = "# 과정\n왜 시작했는지 적는다. Why I started.\n";
    expect(readNoteText(await note("plain.md", Buffer.from(text)))).toEqual({ text });
  });

  it("drops one leading byte order mark, as TextDecoder does", async () => {
    const file = await note("bom.md", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("# 제목\n")]));
    expect(readNoteText(file)).toEqual({ text: "# 제목\n" });
  });

  it("keeps a real U+FFFD in valid UTF-8", async () => {
    const text = "replacement � 문자\n";
    expect(readNoteText(await note("fffd.md", Buffer.from(text)))).toEqual({ text });
  });

  it("reports invalid UTF-8 (Latin-1, a cut Hangul syllable) and NUL bytes", async () => {
    expect(readNoteText(await note("latin1.md", Buffer.from("caf\xe9\n", "latin1")))).toEqual({ problem: "is not valid UTF-8 text" });
    expect(readNoteText(await note("cut.md", Buffer.from("과정").subarray(0, 4)))).toEqual({ problem: "is not valid UTF-8 text" });
    expect(readNoteText(await note("nul.md", Buffer.from("a\u0000b")))).toEqual({ problem: "is a binary file, not a note" });
  });

  it("reports a missing note, and its modification time is 0", () => {
    const missing = path.join(folder, "없음.md");
    expect(readNoteText(missing)).toEqual({ problem: "no such file or folder" });
    expect(modifiedTime(missing)).toBe(0);
  });
});

describe("walkNotes", () => {
  it("gives each note the path toVaultPath gives: '/'-separated, NFC, sorted (decomposed Korean names too)", async () => {
    const vault = path.join(folder, "vault");
    const nested = path.join(vault, "과정".normalize("NFD"), "2026", "posts");
    await mkdir(nested, { recursive: true });
    await mkdir(path.join(vault, ".obsidian"), { recursive: true });
    await writeFile(path.join(nested, "첫 글.md".normalize("NFD")), "# 첫 글\n");
    await writeFile(path.join(vault, "Root 01.MD"), "# Root\n");
    await writeFile(path.join(vault, ".obsidian", "hidden.md"), "x");
    await writeFile(path.join(vault, "image.png"), "x");
    const walk = walkNotes(`${vault}${path.sep}`);
    expect(walk.problems).toEqual([]);
    expect(walk.notes.map((note) => note.relativePath)).toEqual(["Root 01.MD", "과정/2026/posts/첫 글.md"]);
    for (const note of walk.notes) expect(note.relativePath).toBe(toVaultPath(vault, note.absolutePath));
  });
});
