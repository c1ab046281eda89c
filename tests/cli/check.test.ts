import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], cwd: string, colour = false): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    colour,
    cwd,
    now: () => new Date(2026, 10, 27),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

interface JsonReport {
  files: {
    path: string;
    score: number;
    max: number;
    items: { id: string; status: string; evidence: { line: number; text: string }[]; hint: string }[];
    warnings: { id: string; evidence: { line: number; text: string }[] }[];
    frontmatterError?: string;
  }[];
}

const FULL_POST_KO = `---
type: process-post
---
# 도자기 컵 만들기

## 나의 이야기
매일 쓰는 컵을 내 손으로 만들고 싶었다. 공방에 다니기 시작한 이유다.

## 과정
- 3월 2일: 첫 컵을 빚었는데 바닥이 갈라져서 실패했다.
- 3월 9일: 흙을 바꿔 다시 빚었다.
- 3월 16일: 유약 테스트.

## 우리
여러분도 손으로 뭔가 만들고 싶었던 적이 있지 않나요?

## 지금 함께
다음 달 첫 토요일에 공방에서 같이 빚어요. 댓글로 신청해 주세요.

지난 기록은 [[도자기 일지 2월]]에 있다.
`;

const MENU_EN = `# Winter menu

- Spiced pear latte, $5
- Chestnut cake, $6

Available from 1 December in every shop.
`;

const BAD_YAML = `---
title: [unclosed
---
# A note with broken frontmatter
I tried three glazes and two failed, so I switched to a cone 6 recipe.
`;

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "ps-check-"));
  const files: Record<string, string> = {
    "vault/posts/도자기.md": FULL_POST_KO,
    "vault/posts/menu.md": MENU_EN,
    "vault/posts/broken.md": BAD_YAML,
    "vault/.obsidian/hidden.md": MENU_EN,
    "vault/notes/readme.txt": "not a note",
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.join(root, path.dirname(file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function snapshotTree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isFile()) out.push(`${path.relative(folder, full)} ${(await stat(full)).mtimeMs} ${(await readFile(full, "utf8")).length}`);
  }
  return out.sort();
}

describe("process-sharing check", () => {
  it("walks a folder recursively, skips dot-folders and non-notes, and prints the JSON contract", async () => {
    const result = await run(["check", "--json", "vault"], root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.files.map((file) => file.path)).toEqual(["vault/posts/broken.md", "vault/posts/menu.md", "vault/posts/도자기.md"]);
    const post = report.files[2]!;
    expect(post.score).toBe(6);
    expect(post.max).toBe(6);
    expect(post.items.map((item) => [item.id, item.status])).toEqual([
      ["why", "pass"],
      ["process", "pass"],
      ["failures", "pass"],
      ["self-us-now", "pass"],
      ["participation", "pass"],
      ["archive", "pass"],
    ]);
    expect(post.items[3]!.evidence.map((entry) => entry.line)).toEqual([6, 14, 17]);
    expect(post.warnings).toEqual([]);
    const menu = report.files[1]!;
    expect(menu.score).toBe(0);
    expect(menu.warnings.map((warning) => warning.id)).toEqual(["what-without-why"]);
    expect(Object.keys(menu.items[0]!)).toEqual(["id", "status", "evidence", "hint"]);
  });

  it("writes the JSON of a large run in pieces that join into one line holding every note in order", async () => {
    // Reports are written as notes are checked, in chunks of about 64 KB: 150 notes take several.
    const many = path.join(root, "many");
    await mkdir(many);
    const names = Array.from({ length: 150 }, (_, index) => `${String(index).padStart(3, "0")}-${index % 2 === 0 ? "도자기" : "menu"}.md`);
    for (const [index, name] of names.entries()) await writeFile(path.join(many, name), index % 2 === 0 ? FULL_POST_KO : MENU_EN);
    const writes: string[] = [];
    const io: CliIO = { stdout: (text) => void writes.push(text), stderr: () => undefined, colour: false, cwd: root, now: () => new Date(2026, 10, 27) };
    expect(await main(["check", "--json", "many"], io)).toBe(0);
    expect(writes.length).toBeGreaterThan(1);
    const stdout = writes.join("");
    expect(stdout.indexOf("\n")).toBe(stdout.length - 1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.files.map((file) => file.path)).toEqual(names.map((name) => `many/${name}`));
    expect(report.files.map((file) => file.score)).toEqual(names.map((_, index) => (index % 2 === 0 ? 6 : 0)));
  });

  it("reports malformed frontmatter per note without stopping the run", async () => {
    const result = await run(["check", "--json", "vault/posts/broken.md", "vault/posts/menu.md"], root);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.files).toHaveLength(2);
    expect(report.files[0]!.frontmatterError).toMatch(/malformed frontmatter/);
    expect(report.files[0]!.items.find((item) => item.id === "failures")?.status).toBe("pass");
    expect(report.files[1]!.frontmatterError).toBeUndefined();
    const text = await run(["check", "vault/posts/broken.md"], root);
    expect(text.stdout).toContain("! malformed frontmatter");
  });

  it("exits 1 when a note scores below --min-score, 0 when all reach it", async () => {
    expect((await run(["check", "--min-score", "5", "vault/posts/도자기.md"], root)).code).toBe(0);
    const below = await run(["check", "--min-score", "5", "vault/posts"], root);
    expect(below.code).toBe(1);
    expect(below.stdout).toContain("(below 5)");
    expect(below.stdout).toContain("3 notes checked, 2 below 5");
  });

  it("reports a missing path on stderr with exit 2 and still checks the rest", async () => {
    const result = await run(["check", "--json", "nowhere", "vault/posts/menu.md"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("nowhere: no such file or folder");
    expect((JSON.parse(result.stdout) as JsonReport).files.map((file) => file.path)).toEqual(["vault/posts/menu.md"]);
  });

  it.skipIf(process.platform === "win32" || process.getuid?.() === 0)("reports an unreadable note with exit 2", async () => {
    const locked = path.join(root, "vault/posts/menu.md");
    await chmod(locked, 0o000);
    const result = await run(["check", "vault/posts"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("menu.md: permission denied");
    expect(result.stdout).toContain("도자기.md");
  });

  it("rejects bad usage with exit 2", async () => {
    expect((await run(["check"], root)).code).toBe(2);
    expect((await run(["check", "--min-score", "lots", "vault"], root)).code).toBe(2);
    expect((await run(["check", "--frobnicate", "vault"], root)).code).toBe(2);
  });

  it("prints aligned text, coloured only when asked, with evidence and hints", async () => {
    const plain = await run(["check", "vault/posts/menu.md"], root);
    expect(plain.stdout).not.toContain("\u001b[");
    const itemLines = plain.stdout.split("\n").filter((line) => /^ {2}[✓~✗!] /.test(line));
    expect(itemLines.length).toBe(7);
    // The id column starts at the same place on every item line.
    const columns = new Set(itemLines.map((line) => line.indexOf(line.trim().split(/\s+/)[2]!)));
    expect(columns.size).toBe(1);
    expect(plain.stdout).toContain("→ ");
    const coloured = await run(["check", "vault/posts/menu.md"], root, true);
    expect(coloured.stdout).toContain("\u001b[31m");
  });

  it("reads the vault's saved settings: disabled items leave the score's maximum", async () => {
    await mkdir(path.join(root, "vault/.obsidian/plugins/process-sharing"), { recursive: true });
    await writeFile(
      path.join(root, "vault/.obsidian/plugins/process-sharing/data.json"),
      JSON.stringify({ enabledItems: { archive: false, "self-us-now": false } }),
    );
    const report = JSON.parse((await run(["check", "--json", "vault/posts/도자기.md"], root)).stdout) as JsonReport;
    expect(report.files[0]!.max).toBe(4);
  });

  it("never writes", async () => {
    const before = await snapshotTree(root);
    await run(["check", "--json", "vault"], root);
    await run(["check", "vault", "--min-score", "6"], root);
    expect(await snapshotTree(root)).toEqual(before);
  });

  const built = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../dist/cli.js");
  it.skipIf(!existsSync(built))("runs as the built dist/cli.js in a child process", async () => {
    const exec = promisify(execFile);
    const { stdout } = await exec(process.execPath, [built, "check", "--json", "vault/posts/도자기.md"], { cwd: root, env: { ...process.env, LANG: "ko_KR.UTF-8" } });
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.files[0]!.score).toBe(6);
    const failed = await exec(process.execPath, [built, "check", "missing-folder"], { cwd: root }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failed && failed.code).toBe(2);
    const menu = await exec(process.execPath, [built, "check", "--json", "vault/posts/menu.md"], { cwd: root, env: { ...process.env, LANG: "ko_KR.UTF-8" } });
    expect((JSON.parse(menu.stdout) as JsonReport).files[0]!.items[0]!.hint).toMatch(/[가-힣]/);
  });

  it.skipIf(!existsSync(built))("stops quietly when the reader of its output leaves (`| head`)", async () => {
    // About 2 KB of JSON per note: far more than a pipe holds, so writes go on after the reader left.
    const notes = path.join(root, "many");
    await mkdir(notes);
    const body = "# 도자기 기록\n\n## 왜\n작업을 공개하는 이유를 적는다.\n\n- 2026-03-02: 첫 시도는 실패했다. 가마 온도를 바꿨다.\n";
    await Promise.all(Array.from({ length: 400 }, (_, index) => writeFile(path.join(notes, `note-${index}.md`), body)));
    const child = spawn(process.execPath, [built, "check", "--json", "many"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
