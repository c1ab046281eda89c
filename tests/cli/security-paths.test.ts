// The CLI's reach on disk: `new` writes only inside the vault it was given — a --folder or title that
// tries to leave it (../, an absolute path, a symbolic link to elsewhere, a link planted at the post's
// own name) is refused or defused — `check` and `roots` follow no symbolic link out of the vault, and
// neither of them writes anything (every file's bytes and mtime are the same afterwards).
import { createHash } from "node:crypto";
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io";
import { main } from "../../src/cli/main";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], cwd: string): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), colour: false, cwd, now: () => new Date(2026, 10, 27, 9, 30) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Every entry below `root` (symbolic links as links), with its bytes' hash and mtime. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const stats = await lstat(full);
      const key = path.relative(root, full);
      if (entry.isDirectory()) {
        entries[key] = `dir ${stats.mtimeMs}`;
        await walk(full);
      } else if (entry.isFile()) {
        entries[key] = `file ${stats.mtimeMs} ${createHash("sha256").update(await readFile(full)).digest("hex")}`;
      } else {
        entries[key] = `other ${stats.mtimeMs}`;
      }
    }
  };
  await walk(root);
  return entries;
}

let base = "";
let vault = "";
let outside = "";

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), "ps-security-"));
  vault = path.join(base, "vault");
  outside = path.join(base, "outside");
  await mkdir(path.join(vault, ".obsidian", "plugins", "process-sharing"), { recursive: true });
  await mkdir(path.join(vault, "posts"), { recursive: true });
  await mkdir(path.join(vault, "roots"), { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(vault, "roots", "root-01-기록.md"), "---\ncategory: philosophical-root\n---\n# Root 01\n");
  await writeFile(path.join(vault, "posts", "글.md"), "---\ntype: process-post\n---\n# 글\n[[root-01-기록]]\n");
  await writeFile(path.join(vault, "posts", "broken.md"), "---\ntitle: [unclosed\n---\nbody\n");
  await writeFile(path.join(vault, ".obsidian", "plugins", "process-sharing", "data.json"), "{ not json");
  await writeFile(path.join(outside, "root-99-secret.md"), "---\ncategory: philosophical-root\n---\n# Secret root outside the vault\n");
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe("new writes only inside the vault", () => {
  it.each([
    ["../escaped", "a parent folder"],
    ["posts/../../escaped", "a parent folder further down"],
  ])("refuses --folder %s (%s) and writes nothing", async (folder) => {
    const before = await snapshot(base);
    const result = await run(["new", vault, "--title", "Bench", "--folder", folder], base);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/outside the vault/);
    expect(await snapshot(base)).toEqual(before);
  });

  it("refuses an absolute --folder outside the vault", async () => {
    const before = await snapshot(base);
    const result = await run(["new", vault, "--title", "Bench", "--folder", outside], base);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/outside the vault/);
    expect(await snapshot(base)).toEqual(before);
  });

  it("refuses a --folder below a symbolic link that points outside, and creates nothing there", async () => {
    await symlink(outside, path.join(vault, "linked"));
    const before = await snapshot(base);
    const result = await run(["new", vault, "--title", "Bench", "--folder", "linked/drafts"], base);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/symbolic link|outside the vault/);
    expect(await snapshot(base)).toEqual(before);
  });

  it.each([
    ["../../escaped", "parent folders"],
    ["/tmp/escaped", "an absolute path"],
    ["..\\..\\escaped", "Windows separators"],
    ["posts/../../../x", "a mixed path"],
  ])("a title of %s (%s) stays a file name inside the folder", async (title) => {
    const result = await run(["new", vault, "--title", title, "--folder", "posts"], base);
    expect(result.code).toBe(0);
    const written = result.stdout.trim();
    expect(written.startsWith("posts/")).toBe(true);
    expect(written.slice("posts/".length)).not.toMatch(/[\\/]/);
    expect((await readdir(outside)).sort()).toEqual(["root-99-secret.md"]);
    expect(await readdir(base)).toEqual(["outside", "vault"]);
  });

  it("a symbolic link planted at the post's name is never written through", async () => {
    const target = path.join(outside, "planted.md");
    await symlink(target, path.join(vault, "posts", "Bench.md"));
    const result = await run(["new", vault, "--title", "Bench", "--folder", "posts"], base);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe("posts/Bench 1.md");
    await expect(lstat(target)).rejects.toThrow();
  });
});

describe("check and roots do not leave the vault and never write", () => {
  beforeEach(async () => {
    await symlink(outside, path.join(vault, "linked-folder"));
    await symlink(path.join(outside, "root-99-secret.md"), path.join(vault, "roots", "root-98-link.md"));
  });

  it("roots ignores symbolic links to notes and folders outside", async () => {
    const result = await run(["roots", "--json", vault], base);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("root-99");
    expect(result.stdout).not.toContain("root-98");
    expect(result.stdout).not.toContain("Secret");
  });

  it("check ignores symbolic links inside a folder, and refuses one given as a path", async () => {
    const folder = await run(["check", "--json", vault], base);
    expect(folder.stdout).not.toContain("root-99");
    expect(folder.stdout).not.toContain("linked-folder");
    const given = await run(["check", path.join(vault, "linked-folder")], base);
    expect(given.code).toBe(2);
    expect(given.stderr).toContain("symbolic link");
  });

  it("check, roots and their JSON forms leave every byte and mtime as it was", async () => {
    const before = await snapshot(base);
    for (const args of [["check", vault], ["check", "--json", "--min-score", "3", vault], ["roots", vault], ["roots", "--json", vault]]) {
      await run(args, base);
    }
    expect(await snapshot(base)).toEqual(before);
  });

  it("the snapshot can fail: a write is seen", async () => {
    const before = await snapshot(base);
    await writeFile(path.join(vault, "posts", "글.md"), "changed");
    expect(await snapshot(base)).not.toEqual(before);
  });
});
