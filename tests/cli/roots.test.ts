import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { displayWidth } from "../../src/cli/roots";
import type { CliIO } from "../../src/cli/io";
import { DRAFT, OSMU, R02, R03, R04, R05, R07, ROASTING, STUDY, WAITING, NFD_NOTE, ROOTS_VAULT } from "../fixtures/roots-vault/vault";

const NOW = new Date(2026, 2, 13, 9, 0);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], options: { cwd?: string; colour?: boolean } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    colour: options.colour ?? false,
    cwd: options.cwd ?? process.cwd(),
    now: () => NOW,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Writes notes under `root`; the fixture's NFD note gets its file name decomposed, as macOS stores it. */
async function writeVault(root: string, files: Readonly<Record<string, string>>): Promise<void> {
  for (const [vaultPath, text] of Object.entries(files)) {
    const onDisk = vaultPath === NFD_NOTE ? vaultPath.normalize("NFD") : vaultPath;
    await mkdir(path.join(root, path.dirname(onDisk)), { recursive: true });
    await writeFile(path.join(root, onDisk), text);
  }
}

async function listing(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const described = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return `${full} ${(await stat(full)).mtimeMs}`;
    }),
  );
  return described.sort();
}


let vault = "";

beforeEach(async () => {
  vault = await mkdtemp(path.join(tmpdir(), "process-sharing-roots-"));
});

afterEach(async () => {
  await rm(vault, { recursive: true, force: true });
});

describe("process-sharing roots --json", () => {
  it("prints the contract for a vault shaped like the user's, the decomposed file name in NFC", async () => {
    await writeVault(vault, ROOTS_VAULT);
    const names = await readdir(path.join(vault, "30-roots"));
    expect(names).toContain("root-07-아카이브-사고.md".normalize("NFD"));
    expect(names).not.toContain("root-07-아카이브-사고.md");

    const result = await run(["roots", "--json", vault]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      roots: [
        { path: R02, title: "Root 02 - Meaning as value", prerequisites: [R05], reinforcedBy: [R04], linkedFrom: [OSMU] },
        { path: R03, title: "Root 03 - 과도함", prerequisites: [], reinforcedBy: [], linkedFrom: [] },
        {
          path: R04,
          title: "Root 04 - 과정을 나누는 일",
          prerequisites: [R02, R05],
          reinforcedBy: [R03, R07],
          linkedFrom: [STUDY, ROASTING, OSMU],
        },
        { path: R05, title: "Root 05 - 인사이드 아웃", prerequisites: [R02], reinforcedBy: [R07], linkedFrom: [OSMU] },
        { path: R07, title: "Root 07 - 아카이브 사고", prerequisites: [], reinforcedBy: [], linkedFrom: [ROASTING] },
      ],
      posts: [
        { path: STUDY, roots: [R04], missingPrerequisites: [R02, R05] },
        { path: ROASTING, roots: [R04, R07], missingPrerequisites: [R02, R05] },
        { path: DRAFT, roots: [], missingPrerequisites: [] },
        { path: OSMU, roots: [R02, R04, R05], missingPrerequisites: [] },
        { path: WAITING, roots: [], missingPrerequisites: [] },
      ],
      orphans: [DRAFT, WAITING],
      unresolvedRootLinks: [
        { from: R04, link: "root-06-현장감" },
        { from: WAITING, link: "root-09-미정" },
      ],
    });
  });

  it("gives empty lists for an empty vault, and reads a vault given relative to the working folder", async () => {
    const result = await run(["roots", "--json", path.basename(vault)], { cwd: path.dirname(vault) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ roots: [], posts: [], orphans: [], unresolvedRootLinks: [] });
  });

  it("recognises roots the way the vault's plugin settings say, skipping dot-folders", async () => {
    await writeVault(vault, {
      "Philosophy/Inside out.md": "# Inside out\n",
      "posts/log.md": "---\ntype: process-post\n---\nSee [[Inside out]].\n",
      ".trash/root-01-old.md": "#root\n",
    });
    await mkdir(path.join(vault, ".obsidian/plugins/process-sharing"), { recursive: true });
    await writeFile(path.join(vault, ".obsidian/plugins/process-sharing/data.json"), JSON.stringify({ rootsFolder: "Philosophy" }));
    const result = await run(["roots", "--json", vault]);
    const snapshot = JSON.parse(result.stdout) as { roots: { path: string; linkedFrom: string[] }[] };
    expect(snapshot.roots).toEqual([expect.objectContaining({ path: "Philosophy/Inside out.md", linkedFrom: ["posts/log.md"] })]);
  });

  it("warns about malformed frontmatter and unusable settings, and goes on", async () => {
    await writeVault(vault, {
      "root-01-의미.md": "#root\n",
      "broken.md": "---\ntype: [process-post\n---\n[[root-01-의미]]\n",
    });
    await mkdir(path.join(vault, ".obsidian/plugins/process-sharing"), { recursive: true });
    await writeFile(path.join(vault, ".obsidian/plugins/process-sharing/data.json"), "{ not json");
    const result = await run(["roots", "--json", vault]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("broken.md: malformed frontmatter");
    expect(result.stderr).toContain("data.json is not valid JSON");
    const snapshot = JSON.parse(result.stdout) as { roots: { linkedFrom: string[] }[] };
    expect(snapshot.roots[0]?.linkedFrom).toEqual(["broken.md"]);
  });

  it("never writes to the vault", async () => {
    await writeVault(vault, ROOTS_VAULT);
    const before = await listing(vault);
    await run(["roots", vault]);
    await run(["roots", "--json", vault]);
    expect(await listing(vault)).toEqual(before);
  });
});

describe("process-sharing roots for people", () => {
  it("shows roots in number order with their counts, latest post and how long ago, then orphans and unresolved links", async () => {
    await writeVault(vault, ROOTS_VAULT);
    const result = await run(["roots", vault]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    const rootLines = lines.filter((line) => /^ {2}\d\d {2}Root/u.test(line));
    expect(rootLines.map((line) => line.slice(2, 4))).toEqual(["02", "03", "04", "05", "07"]);
    expect(result.stdout).toContain("3 posts");
    expect(result.stdout).toContain("latest osmu-build-log, 3 days ago");
    expect(result.stdout).toContain("requires:      root-02-의미가치, root-05-인사이드-아웃");
    expect(result.stdout).toContain("Orphan posts (2)\n  40-posts/draft-without-roots.md\n  40-posts/waiting-for-root-09.md");
    expect(result.stdout).toContain("→ [[root-06-현장감]]");
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("aligns columns by terminal width, Hangul counting two", async () => {
    await writeVault(vault, ROOTS_VAULT);
    const result = await run(["roots", vault]);
    const rootLines = result.stdout.split("\n").filter((line) => /^ {2}\d\d {2}Root/u.test(line));
    const countColumns = rootLines.map((line) => displayWidth(line.slice(0, line.search(/\d+ posts?/u))));
    expect(new Set(countColumns).size).toBe(1);
    expect(displayWidth("Root 04 - 과정")).toBe(14);
  });

  it("colours only when asked", async () => {
    await writeVault(vault, ROOTS_VAULT);
    expect((await run(["roots", vault], { colour: true })).stdout).toContain("\u001b[1mRoots (5)\u001b[0m");
  });

  it("says how roots are recognised when there are none", async () => {
    await writeVault(vault, { "note.md": "Just a note.\n" });
    expect((await run(["roots", vault])).stdout).toContain("No root notes found");
  });
});

describe("process-sharing roots with bad input", () => {
  it("exits 2 with a message for a missing vault or a file", async () => {
    const missing = await run(["roots", path.join(vault, "nope")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file or folder");
    expect(missing.stdout).toBe("");
    await writeFile(path.join(vault, "a.md"), "x");
    const file = await run(["roots", path.join(vault, "a.md")]);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain("not a folder");
  });

  it("exits 2 with the usage for missing or extra arguments and unknown flags", async () => {
    for (const args of [["roots"], ["roots", vault, vault], ["roots", "--jsn", vault]]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("Usage: process-sharing");
    }
  });
});

const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

describe("the built CLI", () => {
  it.skipIf(!existsSync(cli))("runs `roots --json` as a child process", async () => {
    await writeVault(vault, ROOTS_VAULT);
    const { stdout } = await promisify(execFile)(process.execPath, [cli, "roots", "--json", vault]);
    const snapshot = JSON.parse(stdout) as { roots: { path: string }[]; orphans: string[] };
    expect(snapshot.roots.map((root) => root.path)).toEqual([R02, R03, R04, R05, R07]);
    expect(snapshot.orphans).toEqual([DRAFT, WAITING]);
  });
});
