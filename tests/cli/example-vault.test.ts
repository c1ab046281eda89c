// The example vault is what `npm run demo` opens and what the README points to, so its shape is
// a contract: posts carry the frontmatter the features read, roots carry the relationship headings,
// and `.obsidian/` holds no personal workspace state.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { readNoteText, walkNotes } from "../../src/cli/vault-files";

const vaultDir = fileURLToPath(new URL("../../examples/vault", import.meta.url));
const obsidianDir = path.join(vaultDir, ".obsidian");
const pluginDir = path.join(obsidianDir, "plugins", "process-sharing");

// Files `npm run demo` installs (and git ignores); everything else in .obsidian is committed.
const installedPluginFiles = ["main.js", "manifest.json", "styles.css", "data.json"].map((name) =>
  path.join(pluginDir, name),
);
const FORBIDDEN_IN_FILE_NAMES = /[\\/:*?"<>|#^[\]]/;
const HANGUL = /[\uac00-\ud7a3]/;
const ROOT_NAME = /^root-\d+/;

interface Note {
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

let notes: Note[] = [];

function splitFrontmatter(text: string): { yaml: string | null; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return match ? { yaml: match[1] ?? "", body: text.slice(match[0].length) } : { yaml: null, body: text };
}

/** Wiki-link targets with aliases, headings and block refs stripped. */
function wikiLinkTargets(text: string): string[] {
  return [...text.matchAll(/\[\[([^\]|#^]+)[^\]]*\]\]/g)].map((match) => (match[1] ?? "").trim());
}

/** The lines under the first heading whose text includes `words`, up to the next heading of the same or a higher level. */
function section(body: string, words: string): string | null {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((line) => /^#{1,6}\s/.test(line) && line.includes(words));
  if (start < 0) return null;
  const level = /^#+/.exec(lines[start] ?? "")?.[0].length ?? 1;
  const end = lines.findIndex((line, index) => {
    if (index <= start) return false;
    const hashes = /^(#{1,6})\s/.exec(line)?.[1];
    return hashes !== undefined && hashes.length <= level;
  });
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}

async function allFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

function notesUnder(folder: string): Note[] {
  return notes.filter((note) => note.path.startsWith(`${folder}/`));
}

function noteNamed(relativePath: string): Note {
  const note = notes.find((candidate) => candidate.path === relativePath);
  if (!note) throw new Error(`example vault has no note ${relativePath}`);
  return note;
}

beforeAll(() => {
  const walk = walkNotes(vaultDir);
  expect(walk.problems).toEqual([]);
  notes = [];
  for (const found of walk.notes) {
    const read = readNoteText(found.absolutePath);
    if ("problem" in read) throw new Error(`${found.relativePath} ${read.problem}`);
    const { yaml, body } = splitFrontmatter(read.text);
    let parsed: unknown = {};
    try {
      if (yaml !== null) parsed = parseYaml(yaml);
    } catch (error) {
      throw new Error(`${found.relativePath}: malformed frontmatter: ${String(error)}`);
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new Error(`${found.relativePath}: frontmatter is not a set of key: value pairs`);
    }
    notes.push({ path: found.relativePath, frontmatter: parsed as Record<string, unknown>, body });
  }
});

describe("example vault files", () => {
  it("has root notes, posts in both languages, and plain notes", () => {
    expect(notesUnder("roots").length).toBeGreaterThanOrEqual(4);
    const posts = notesUnder("posts");
    expect(posts.length).toBeGreaterThanOrEqual(5);
    expect(posts.filter((post) => HANGUL.test(post.body)).length).toBeGreaterThanOrEqual(2);
    expect(posts.filter((post) => !HANGUL.test(post.body)).length).toBeGreaterThanOrEqual(2);
    expect(notes.filter((note) => note.frontmatter.type !== "process-post").length).toBeGreaterThanOrEqual(1);
  });

  it("stores every file as valid UTF-8 under an NFC name Obsidian accepts", async () => {
    for (const file of await allFiles(vaultDir)) {
      const name = path.basename(file);
      expect(name, file).toBe(name.normalize("NFC"));
      expect(FORBIDDEN_IN_FILE_NAMES.test(name), file).toBe(false);
      if (installedPluginFiles.includes(file)) continue;
      const bytes = await readFile(file);
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes), file).not.toThrow();
    }
  });

  it("gives every post type, created date and a list of root links in its frontmatter", () => {
    for (const post of notesUnder("posts")) {
      expect(post.frontmatter.type, post.path).toBe("process-post");
      expect(String(post.frontmatter.created), post.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const roots = post.frontmatter.roots;
      expect(Array.isArray(roots), post.path).toBe(true);
      for (const link of roots as unknown[]) expect(link, post.path).toMatch(/^\[\[root-\d+-[^\]]+\]\]$/);
    }
  });

  it("has an orphan post and a plain note that link nothing", () => {
    const orphans = notesUnder("posts").filter(
      (post) => (post.frontmatter.roots as unknown[]).length === 0 && wikiLinkTargets(post.body).length === 0,
    );
    expect(orphans.map((post) => post.path)).toEqual(["posts/Introducing Loaf Club 2.0.md"]);
    const shopping = noteNamed("inbox/장보기 목록.md");
    expect(shopping.frontmatter).toEqual({});
    expect(wikiLinkTargets(shopping.body)).toEqual([]);
  });
});

describe("example vault roots", () => {
  it("marks every root by tag, category and title", () => {
    for (const root of notesUnder("roots")) {
      expect(path.basename(root.path), root.path).toMatch(ROOT_NAME);
      expect(root.frontmatter.category, root.path).toBe("philosophical-root");
      expect(root.frontmatter.tags, root.path).toContain("root");
      expect(typeof root.frontmatter.title, root.path).toBe("string");
      expect(String(root.frontmatter.created), root.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("gives every root the relationship headings, with no root links under what it produces", () => {
    for (const root of notesUnder("roots")) {
      const relations = section(root.body, "## 다른 루트와의 관계");
      expect(relations, root.path).not.toBeNull();
      expect(section(relations ?? "", "전제 조건"), root.path).not.toBeNull();
      expect(section(relations ?? "", "강화하는 루트들"), root.path).not.toBeNull();
      const produces = section(relations ?? "", "만들어내는 것");
      expect(produces, root.path).not.toBeNull();
      expect(wikiLinkTargets(produces ?? "").filter((target) => ROOT_NAME.test(target)), root.path).toEqual([]);
    }
  });

  it("has root-04 require root-02 and root-05 and be reinforced by root-07", () => {
    const root04 = noteNamed("roots/root-04-프로세스-공유.md");
    const prerequisites = section(root04.body, "### 프로세스 공유의 전제 조건") ?? "";
    const reinforcedBy = section(root04.body, "### 프로세스 공유를 강화하는 루트들") ?? "";
    expect(wikiLinkTargets(prerequisites)).toEqual(["root-02-의미가치", "root-05-인사이드-아웃"]);
    expect(wikiLinkTargets(reinforcedBy)).toContain("root-07-아카이브-사고");
  });

  it("leaves exactly one root link unresolved, for the unresolved-root-link view to show", () => {
    const existing = new Set(notes.map((note) => path.basename(note.path, ".md")));
    const rootTargets = notes.flatMap((note) => [
      ...wikiLinkTargets(note.body),
      ...((note.frontmatter.roots as string[] | undefined) ?? []).flatMap(wikiLinkTargets),
    ]);
    const unresolved = new Set(rootTargets.filter((target) => ROOT_NAME.test(target) && !existing.has(target)));
    expect([...unresolved]).toEqual(["root-09-꾸준함"]);
  });
});

describe("example vault .obsidian", () => {
  // Opening the vault in Obsidian writes workspace.json, app.json and more; none of it belongs in the repository.
  it("holds only the community plugin list, with no workspace state", async () => {
    const committed = (await allFiles(obsidianDir)).filter((file) => !installedPluginFiles.includes(file));
    const names = committed.map((file) => path.relative(obsidianDir, file).split(path.sep).join("/"));
    expect(names.filter((name) => /(^|\/)workspace[^/]*\.json$/.test(name))).toEqual([]);
    expect(names).toEqual(["community-plugins.json"]);
    const enabled: unknown = JSON.parse(await readFile(path.join(obsidianDir, "community-plugins.json"), "utf8"));
    expect(enabled).toEqual(["process-sharing"]);
  });
});
