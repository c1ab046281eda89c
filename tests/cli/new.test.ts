import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

const NOW = new Date(2026, 10, 27, 14, 5);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let base: string;
let vault: string;

async function run(args: string[], cwd = base): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    colour: false,
    cwd,
    now: () => NOW,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

async function note(relativePath: string): Promise<string> {
  return readFile(path.join(vault, relativePath), "utf8");
}

function frontmatter(text: string): Record<string, unknown> {
  return parseYaml(text.split("---")[1] ?? "") as Record<string, unknown>;
}

async function writeNote(relativePath: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(vault, relativePath)), { recursive: true });
  await writeFile(path.join(vault, relativePath), text);
}

/** Every file below `root`, relative, sorted: to prove nothing else was touched. */
async function files(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), "process-sharing-new-"));
  vault = path.join(base, "vault");
  await mkdir(vault);
  await writeNote("30-roots/root-04-프로세스-공유.md", "---\ncategory: philosophical-root\n---\n# Root 04\n");
  await writeNote("30-roots/root-07-아카이브-사고.md", "---\ntags: [root]\n---\n# Root 07\n");
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe("process-sharing new", () => {
  it("writes a Korean post at the vault root and prints its path", async () => {
    const result = await run(["new", "vault", "--title", "원두 고르기: 왜 이 콩인가?", "--lang", "ko"]);
    expect(result).toEqual({ code: 0, stdout: "원두 고르기 왜 이 콩인가.md\n", stderr: "" });
    const text = await note("원두 고르기 왜 이 콩인가.md");
    expect(frontmatter(text)).toMatchObject({ title: "원두 고르기: 왜 이 콩인가?", created: "2026-11-27", type: "process-post", roots: [] });
    expect(text).toContain("## 나 — 왜 이 일을 하는가");
    expect(text).toContain("- 2026-11-27 14:05 — 초안을 쓰기 시작했다.");
  });

  it("writes an English post into a new folder, with roots resolved against the vault's roots", async () => {
    const result = await run([
      "new", vault, "--title", 'Sourdough: "failed" loaves', "--lang", "en", "--folder", "posts/2026",
      "--root", "root-04", "--root", "[[Root-07-아카이브-사고]]", "--root", "root-99-nothing",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("posts/2026/Sourdough failed loaves.md\n");
    expect(result.stderr).toContain("--root root-99-nothing: no root note of that name");
    const text = await note("posts/2026/Sourdough failed loaves.md");
    expect(frontmatter(text)).toMatchObject({
      title: 'Sourdough: "failed" loaves',
      roots: ["[[root-04-프로세스-공유]]", "[[root-07-아카이브-사고]]", "[[root-99-nothing]]"],
    });
    expect(text).toContain("## Me — why I do this");
  });

  it("never overwrites: a taken name gets ' 1', then ' 2'", async () => {
    await writeNote("Loaf.md", "mine, keep me\n");
    const first = await run(["new", "vault", "--title", "Loaf", "--lang", "en"]);
    const second = await run(["new", "vault", "--title", "Loaf", "--lang", "en"]);
    expect([first.stdout, second.stdout]).toEqual(["Loaf 1.md\n", "Loaf 2.md\n"]);
    expect(await note("Loaf.md")).toBe("mine, keep me\n");
  });

  it("treats a name differing only in Unicode normalisation or case as taken", async () => {
    await writeNote("과정 공유.md".normalize("NFD"), "decomposed\n");
    await writeNote("LOAF.md", "upper\n");
    expect((await run(["new", "vault", "--title", "과정 공유", "--lang", "ko"])).stdout).toBe("과정 공유 1.md\n");
    expect((await run(["new", "vault", "--title", "loaf", "--lang", "en"])).stdout).toBe("loaf 1.md\n");
  });

  it("--date sets the date; a bad one is a usage error", async () => {
    const result = await run(["new", "vault", "--title", "New Year", "--lang", "en", "--date", "2027-01-01"]);
    expect(result.code).toBe(0);
    expect(frontmatter(await note("New Year.md")).created).toBe("2027-01-01");
    for (const bad of ["2026-02-30", "27.11.2026", "2026-1-1"]) {
      const refused = await run(["new", "vault", "--title", "x", "--date", bad]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("--date must be a calendar date");
    }
  });

  it("--template from the working folder or the vault; unknown placeholders are named", async () => {
    await writeFile(path.join(base, "mine.md"), "# {{title}}\nBy {{author}} on {{date:dddd}}\n");
    const result = await run(["new", "vault", "--title", "Kiln", "--lang", "en", "--template", "mine.md"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("{{author}}");
    expect(await note("Kiln.md")).toBe("---\ntype: process-post\n---\n# Kiln\nBy {{author}} on Friday\n");
    await writeNote("templates/post.md", "---\ntitle: {{title}}\n---\n{{roots}}\n");
    const fromVault = await run(["new", "vault", "--title", "Kiln 2", "--template", "templates/post.md", "--root", "root-04"]);
    expect(fromVault.code).toBe(0);
    expect(await note("Kiln 2.md")).toBe('---\ntype: process-post\ntitle: "Kiln 2"\n---\n[[root-04-프로세스-공유]]\n');
  });

  it("a missing template is a clear error, and nothing is written", async () => {
    const before = await files(vault);
    const result = await run(["new", "vault", "--title", "x", "--template", "nope.md"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--template nope.md: no such file");
    expect(await files(vault)).toEqual(before);
  });

  it("uses the plugin's saved settings in the vault: posts folder, formats, marker", async () => {
    await writeNote(
      ".obsidian/plugins/process-sharing/data.json",
      JSON.stringify({ postsFolder: "글", postMarkerValue: "process note", templateLanguage: "ko", defaultRoots: ["root-07"] }),
    );
    const result = await run(["new", "vault", "--title", "기록"]);
    expect(result.stdout).toBe("글/기록.md\n");
    const data = frontmatter(await note("글/기록.md"));
    expect(data).toMatchObject({ type: "process note", roots: ["[[root-07-아카이브-사고]]"] });
  });

  it("refuses a folder outside the vault, by path or through a symbolic link", async () => {
    await mkdir(path.join(base, "outside"));
    await symlink(path.join(base, "outside"), path.join(vault, "escape"));
    for (const folder of ["..", "../outside", "/tmp", "escape", "escape/deeper"]) {
      const result = await run(["new", "vault", "--title", "x", "--folder", folder]);
      expect(result.code, folder).toBe(2);
      expect(result.stderr, folder).toMatch(/outside the vault/u);
    }
    expect(await readdir(path.join(base, "outside"))).toEqual([]);
  });

  it("a folder path blocked by a file is a clear error", async () => {
    await writeNote("posts", "a file, not a folder");
    const result = await run(["new", "vault", "--title", "x", "--folder", "posts/sub"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("a file is in the way");
  });

  it("usage errors: no vault, no title, bad language, unknown flag; a vault that is missing", async () => {
    for (const args of [["new", "--title", "x"], ["new", "vault"], ["new", "vault", "--title", " "], ["new", "vault", "--title", "x", "--lang", "fr"], ["new", "vault", "--title", "x", "--force"]]) {
      const result = await run(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stdout).toBe("");
    }
    const missing = await run(["new", "no-such-vault", "--title", "x"]);
    expect(missing).toMatchObject({ code: 2, stderr: "process-sharing: no-such-vault: no such folder\n" });
  });

  it("forbidden characters and a long title leave the file name, never the title", async () => {
    const title = `${"긴 제목 ".repeat(40)}#끝`;
    const result = await run(["new", "vault", "--title", title, "--lang", "ko"]);
    const relative = result.stdout.trim();
    expect(Buffer.byteLength(path.basename(relative))).toBeLessThanOrEqual(210);
    expect(frontmatter(await note(relative)).title).toBe(title.trim());
  });
});

describe("the built CLI", () => {
  const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

  it.runIf(existsSync(cli))("writes a post from a child process", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [cli, "new", vault, "--title", "Child", "--lang", "en"], { cwd: base });
    expect(stdout).toBe("Child.md\n");
    expect(await note("Child.md")).toContain("# Child");
  });
});
