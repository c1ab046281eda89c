// The CLI under bad input: a missing path, a folder without notes, a binary or non-UTF-8 file, a
// 50 MB note, a file or folder it may not read, vaults whose roots loop. Each problem is one clear
// line on stderr naming the path, the exit code is the documented one (2 for an unreadable path,
// DESIGN.md), and everything else in the run is still checked and printed.
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { CliIO } from "../../src/cli/io";
import { main } from "../../src/cli/main";

// Paths whose reads fail with EACCES, as a file or folder without read permission does for a normal
// user (the CI runs as root, for whom chmod 000 denies nothing).
const denied = new Set<string>();
vi.mock("node:fs", async () => {
  const actual = await vi.importActual<typeof import("node:fs")>("node:fs");
  const eacces = (target: unknown, syscall: string): Error =>
    Object.assign(new Error(`EACCES: permission denied, ${syscall} '${String(target)}'`), { code: "EACCES", errno: -13, syscall, path: String(target) });
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R, syscall: string) =>
    (...args: A): R => {
      if (denied.has(String(args[0]))) throw eacces(args[0], syscall);
      return fn(...args);
    };
  const readFileSync = guard(actual.readFileSync as (...args: unknown[]) => unknown, "open");
  const readdirSync = guard(actual.readdirSync as (...args: unknown[]) => unknown, "scandir");
  return { ...actual, default: { ...actual, readFileSync, readdirSync }, readFileSync, readdirSync };
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), colour: false, cwd: base, now: () => new Date(2026, 10, 27) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const stderrLines = (result: Run): string[] => result.stderr.split("\n").filter((line) => line !== "");
const jsonPaths = (result: Run): string[] => (JSON.parse(result.stdout) as { files: { path: string }[] }).files.map((file) => file.path);

const GOOD = "---\ntype: process-post\n---\n# 좋은 글\n왜 하는지 적는다. 3월 2일에 실패했다.\n";
let base = "";

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), "ps-bad-input-"));
  await mkdir(path.join(base, "notes"), { recursive: true });
  await mkdir(path.join(base, "empty", "sub"), { recursive: true });
  await writeFile(path.join(base, "empty", "sub", "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(path.join(base, "notes", "good.md"), GOOD);
  await writeFile(path.join(base, "notes", "binary.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  await writeFile(path.join(base, "notes", "nul.md"), Buffer.from("SQLite format 3\u0000\u0000\u0001\u0001 page data", "utf8"));
  await writeFile(path.join(base, "notes", "latin1.md"), Buffer.from("caf\xe9 cr\xe8me br\xfbl\xe9e\n", "latin1"));
  await writeFile(path.join(base, "notes", "z-last.md"), "# Last\nI failed on Day 3 and pivoted.\n");
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

afterEach(() => {
  denied.clear();
});

describe("check with bad paths and files", () => {
  it("a missing path: one line naming it, exit 2, and the other paths are still checked", async () => {
    const result = await run(["check", "--json", "missing.md", "notes/good.md"]);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual(["process-sharing: missing.md: no such file or folder"]);
    expect(jsonPaths(result)).toEqual(["notes/good.md"]);
  });

  it("a folder without notes: exit 0 and a report of no notes", async () => {
    const text = await run(["check", "empty"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("0 notes checked");
    const json = await run(["check", "--json", "empty"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ files: [] });
  });

  it("binary files and a non-UTF-8 file: one line each, exit 2, the good notes still reported", async () => {
    const result = await run(["check", "--json", "notes"]);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual([
      "process-sharing: notes/binary.md: is not valid UTF-8 text",
      "process-sharing: notes/latin1.md: is not valid UTF-8 text",
      "process-sharing: notes/nul.md: is a binary file, not a note",
    ]);
    expect(jsonPaths(result)).toEqual(["notes/good.md", "notes/z-last.md"]);
  });

  it("a file it may not read (EACCES injected): one line, exit 2, the rest checked", async () => {
    denied.add(path.join(base, "notes", "good.md"));
    const result = await run(["check", "--json", "notes/good.md", "notes/z-last.md"]);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual(["process-sharing: notes/good.md: permission denied"]);
    expect(jsonPaths(result)).toEqual(["notes/z-last.md"]);
  });

  it("a folder it may not read (EACCES injected): one line, exit 2, the other folders walked", async () => {
    denied.add(path.join(base, "empty", "sub"));
    const result = await run(["check", "--json", "empty", "notes/good.md"]);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual(["process-sharing: empty/sub: permission denied"]);
    expect(jsonPaths(result)).toEqual(["notes/good.md"]);
  });

  it.skipIf(process.getuid?.() === 0)("a file without read permission (chmod 000; skipped as root, who may read anything)", async () => {
    const file = path.join(base, "notes", "locked.md");
    await writeFile(file, GOOD);
    await chmod(file, 0o000);
    try {
      const result = await run(["check", "--json", "notes/locked.md", "notes/good.md"]);
      expect(result.code).toBe(2);
      expect(stderrLines(result)).toEqual(["process-sharing: notes/locked.md: permission denied"]);
      expect(jsonPaths(result)).toEqual(["notes/good.md"]);
    } finally {
      await chmod(file, 0o644);
      await rm(file);
    }
  });
});

describe("roots with bad paths and files", () => {
  it("a missing vault or a file given as the vault: one line, exit 2", async () => {
    const missing = await run(["roots", "no-such-vault"]);
    expect(missing.code).toBe(2);
    expect(stderrLines(missing)).toEqual(["process-sharing: no-such-vault: no such file or folder"]);
    const file = await run(["roots", "notes/good.md"]);
    expect(file.code).toBe(2);
    expect(stderrLines(file)).toHaveLength(1);
  });

  it("unreadable, binary and non-UTF-8 notes are warned about by name; the graph of the rest is printed", async () => {
    denied.add(path.join(base, "notes", "z-last.md"));
    const result = await run(["roots", "--json", "notes"]);
    expect(result.code).toBe(0);
    const warnings = stderrLines(result);
    expect(warnings).toHaveLength(4);
    for (const name of ["binary.md", "latin1.md", "nul.md", "z-last.md"]) expect(warnings.some((line) => line.includes(name))).toBe(true);
    expect(JSON.parse(result.stdout)).toMatchObject({ roots: [], orphans: ["good.md"] });
  });

  it("a folder without notes: an empty graph, exit 0", async () => {
    const result = await run(["roots", "--json", "empty"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ roots: [], posts: [], orphans: [], unresolvedRootLinks: [] });
  });

  it("roots that require themselves or each other: the run ends, each missing prerequisite named once", async () => {
    const vault = path.join(base, "loops");
    await mkdir(vault, { recursive: true });
    const root = (requires: string): string => `---\ncategory: philosophical-root\n---\n# Root\n## 전제 조건\n- [[${requires}]]\n`;
    await writeFile(path.join(vault, "root-01-self.md"), root("root-01-self"));
    await writeFile(path.join(vault, "root-02-a.md"), root("root-03-b"));
    await writeFile(path.join(vault, "root-03-b.md"), root("root-02-a"));
    await writeFile(path.join(vault, "post.md"), "---\ntype: process-post\n---\n[[root-01-self]] [[root-02-a]]\n");
    const result = await run(["roots", "--json", "loops"]);
    expect(result.code).toBe(0);
    const snapshot = JSON.parse(result.stdout) as { posts: { path: string; missingPrerequisites: string[] }[] };
    expect(snapshot.posts).toEqual([{ path: "post.md", roots: ["root-01-self.md", "root-02-a.md"], missingPrerequisites: ["root-03-b.md"] }]);
    const text = await run(["roots", "loops"]);
    expect(text.code).toBe(0);
  });
});

describe("a 50 MB note", () => {
  it("is checked to completion, with a report and nothing on stderr (no timing asserted here)", async () => {
    const unit = "## 과정 2026-03-02\n- 3월 2일: 첫 시도는 실패했다. We pivoted [[root-04]] #과정 **bold** `code` <!-- c -->\n여러분도 그렇지 않나요?\n";
    const folder = path.join(base, "huge");
    await mkdir(folder, { recursive: true });
    const repeats = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(unit));
    await writeFile(path.join(folder, "big.md"), `---\ntype: process-post\n---\n${unit.repeat(repeats)}`);
    const check = await run(["check", "--json", "huge/big.md"]);
    expect(check.code).toBe(0);
    expect(check.stderr).toBe("");
    const [file] = (JSON.parse(check.stdout) as { files: { path: string; items: { status: string }[] }[] }).files;
    expect(file?.items.find((item) => item.status === "pass")).toBeDefined();
  }, 120_000);
});
