// Synthetic vaults: roots that require and reinforce one another, process posts that link them
// (in frontmatter and in the body), plain notes linking each other, Korean and English names.
// One model renders two ways: as the per-note inputs the root graph gets from Obsidian's metadata
// cache (for the graph cases) and as Markdown files on disk (for the CLI cases).
import type { RootHeadingInput, RootLinkInput, RootNoteInput } from "../../src/core/roots/note-input";
import { block, type NoteLanguage } from "./notes";
import { createRandom, type Random } from "./prng";

export interface VaultNote {
  path: string;
  /** The Markdown text, as it would be on disk. */
  text: string;
  /** What Obsidian's metadata cache would hand the root graph for this note. */
  input: RootNoteInput;
}

const KO_ROOT_WORDS = ["프로세스-공유", "자기-이해", "공동체", "실험", "기록", "느린-성장", "함께-만들기", "질문하기", "작은-시작", "공개-학습"];
const EN_ROOT_WORDS = ["process-sharing", "self-knowledge", "community", "experiments", "archives", "slow-growth", "making-together", "asking", "small-starts", "learning-in-public"];
const KO_POST_WORDS = ["과정-기록", "회고", "작업-일지", "실험-노트", "방향-전환", "독자-편지"];
const EN_POST_WORDS = ["process-log", "retrospective", "work-diary", "experiment-note", "pivot", "letter-to-readers"];
const FOLDERS = ["", "posts", "posts/2025", "posts/2026", "notes", "notes/reading", "일지", "일지/2026"];

interface Layout {
  lines: string[];
  headings: RootHeadingInput[];
  links: RootLinkInput[];
}

function addLine(layout: Layout, line: string): void {
  layout.lines.push(line);
}

function addHeading(layout: Layout, level: number, text: string): void {
  layout.lines.push(`${"#".repeat(level)} ${text}`);
  layout.headings.push({ line: layout.lines.length, level, text });
}

function addLinkLine(layout: Layout, prefix: string, linktext: string, target: string | null): void {
  layout.lines.push(`${prefix}[[${linktext}]]`);
  layout.links.push({ kind: "wiki", line: layout.lines.length, link: linktext, target });
}

function addProse(layout: Layout, random: Random, language: NoteLanguage, blocks: number): void {
  for (let index = 0; index < blocks; index++) {
    // Prose without links or headings of its own: the model decides those, so inputs and text agree.
    let lines = block(random, language, false);
    while (lines.some((line) => line.startsWith("#") || line.startsWith("- [") || line.startsWith("1. "))) lines = block(random, language, false);
    for (const line of lines) addLine(layout, line);
  }
}

function yamlList(values: readonly string[]): string {
  return `[${values.map((value) => JSON.stringify(`[[${value}]]`)).join(", ")}]`;
}

/**
 * A vault of `count` notes: about one in a hundred is a root (at least 12), six in ten are process
 * posts, the rest plain notes. `proseBlocks` sets how much prose each note carries (0 for the
 * metadata-only graph cases, where the text is never read).
 */
export function generateVault(count: number, seed: number, proseBlocks: number): VaultNote[] {
  const random = createRandom(seed);
  const rootCount = Math.max(12, Math.round(count / 100));
  const notes: VaultNote[] = [];
  const roots: { path: string; linktext: string }[] = [];

  for (let index = 0; index < rootCount; index++) {
    const language: NoteLanguage = index % 2 === 0 ? "ko" : "en";
    const words = language === "ko" ? KO_ROOT_WORDS : EN_ROOT_WORDS;
    const linktext = `root-${String(index + 1).padStart(2, "0")}-${words[index % words.length] ?? "root"}`;
    roots.push({ path: `roots/${linktext}.md`, linktext });
  }

  const postPaths: { path: string; linktext: string }[] = [];
  const plainPaths: { path: string; linktext: string }[] = [];
  for (let index = rootCount; index < count; index++) {
    const language: NoteLanguage = index % 2 === 0 ? "ko" : "en";
    const isPost = random.chance(0.6);
    const words = isPost ? (language === "ko" ? KO_POST_WORDS : EN_POST_WORDS) : language === "ko" ? ["메모", "읽기-노트", "생각"] : ["memo", "reading-note", "thought"];
    const linktext = `${random.pick(words)}-${index}`;
    const folder = random.pick(FOLDERS);
    const entry = { path: folder === "" ? `${linktext}.md` : `${folder}/${linktext}.md`, linktext };
    (isPost ? postPaths : plainPaths).push(entry);
  }

  roots.forEach((root, index) => {
    const language: NoteLanguage = index % 2 === 0 ? "ko" : "en";
    const layout: Layout = { lines: [], headings: [], links: [] };
    const frontmatter = { category: "philosophical-root", tags: ["root"] };
    const fmLines = ["---", "category: philosophical-root", "tags: [root]", "---"];
    layout.lines.push(...fmLines);
    addHeading(layout, 1, root.linktext);
    addProse(layout, random, language, proseBlocks);
    addHeading(layout, 2, language === "ko" ? "다른 루트와의 관계" : "Relations to other roots");
    addHeading(layout, 3, language === "ko" ? "이 루트의 전제 조건" : "Prerequisites");
    for (let step = 1; step <= Math.min(2, index); step++) {
      const other = roots[index - step];
      if (other) addLinkLine(layout, "- ", other.linktext, other.path);
    }
    addHeading(layout, 3, language === "ko" ? "이 루트를 강화하는 루트들" : "Reinforced by");
    const reinforcing = roots[(index + 1 + random.int(roots.length - 1)) % roots.length];
    if (reinforcing && reinforcing !== root) addLinkLine(layout, "- ", reinforcing.linktext, reinforcing.path);
    notes.push(finish(root.path, layout, frontmatter, [], random));
  });

  postPaths.forEach((post, index) => {
    const language: NoteLanguage = index % 2 === 0 ? "ko" : "en";
    const layout: Layout = { lines: [], headings: [], links: [] };
    const linked = random.chance(0.05) ? [] : Array.from({ length: 1 + random.int(3) }, () => random.pick(roots));
    const frontmatter: Record<string, unknown> = { type: "process-post", created: `2026-${String(1 + random.int(12)).padStart(2, "0")}-${String(1 + random.int(28)).padStart(2, "0")}` };
    const fmLines = ["---", "type: process-post", `created: ${String(frontmatter.created)}`];
    const frontmatterRoots = linked.slice(0, 1);
    if (frontmatterRoots.length > 0) {
      frontmatter.roots = frontmatterRoots.map((root) => `[[${root.linktext}]]`);
      fmLines.push(`roots: ${yamlList(frontmatterRoots.map((root) => root.linktext))}`);
      for (const root of frontmatterRoots) layout.links.push({ kind: "frontmatter", line: 0, key: "roots", link: root.linktext, target: root.path });
    }
    fmLines.push("---");
    layout.lines.push(...fmLines);
    addHeading(layout, 1, post.linktext);
    addHeading(layout, 2, language === "ko" ? "나의 이야기" : "My story");
    addProse(layout, random, language, proseBlocks);
    for (const root of linked.slice(1)) addLinkLine(layout, language === "ko" ? "연결된 루트: " : "Linked root: ", root.linktext, root.path);
    addHeading(layout, 2, language === "ko" ? "과정 기록" : "Process log");
    addProse(layout, random, language, proseBlocks);
    for (let link = random.int(3); link > 0 && plainPaths.length > 0; link--) {
      const other = random.pick(plainPaths);
      addLinkLine(layout, "- ", other.linktext, other.path);
    }
    if (random.chance(0.02)) addLinkLine(layout, "- ", "root-999-없는-루트", null);
    notes.push(finish(post.path, layout, frontmatter, [], random));
  });

  plainPaths.forEach((note, index) => {
    const language: NoteLanguage = index % 2 === 0 ? "ko" : "en";
    const layout: Layout = { lines: [], headings: [], links: [] };
    addHeading(layout, 1, note.linktext);
    addProse(layout, random, language, proseBlocks);
    const other = random.pick(plainPaths);
    if (other !== note) addLinkLine(layout, "", other.linktext, other.path);
    const tags = random.chance(0.1) ? [language === "ko" ? "읽기" : "reading"] : [];
    if (tags.length > 0) addLine(layout, `#${tags[0] ?? ""}`);
    notes.push(finish(note.path, layout, {}, tags, random));
  });
  return notes;
}

function finish(path: string, layout: Layout, frontmatter: Record<string, unknown>, tags: string[], random: Random): VaultNote {
  return {
    path,
    text: `${layout.lines.join("\n")}\n`,
    input: {
      path,
      frontmatter,
      tags,
      headings: layout.headings,
      links: layout.links,
      mtime: Date.UTC(2026, 0, 1) + random.int(300) * 86_400_000,
    },
  };
}
