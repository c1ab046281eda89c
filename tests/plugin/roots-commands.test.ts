// The roots commands, run as a user would: open a note, run the command from the palette, pick
// a root in the suggester, read the note afterwards.
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { RootSuggestModal } from "../../src/plugin/modals/root-suggest-modal";
import { ROOTS_VIEW_TYPE, RootsView } from "../../src/plugin/views/roots-view";
import { clearNotices, createHarness, notices, openModals, settle, type Harness } from "./harness";
import { ROOTS_VAULT } from "../fixtures/roots-vault/vault";

const ROASTING = "40-posts/2026-03-02 로스팅 일지.md";
const OSMU = "40-posts/osmu-build-log.md";

function frontmatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/u.exec(text);
  return match ? (parseYaml(match[1] ?? "") as Record<string, unknown>) : {};
}

function suggester(): RootSuggestModal {
  const modal: unknown = openModals().at(-1);
  if (!(modal instanceof RootSuggestModal)) throw new Error("The root suggester is not open");
  return modal;
}

/** Types into the suggester and picks the first root whose text contains the query. */
async function pickRoot(query: string): Promise<void> {
  const modal = suggester();
  const item = modal.getItems().find((root) => modal.getItemText(root).includes(query));
  if (!item) throw new Error(`No root matches "${query}"`);
  modal.selectSuggestion({ item, match: { score: 0, matches: [] } }, new MouseEvent("click"));
  await settle();
}

async function vault(language = "en", files: Record<string, string> = { ...ROOTS_VAULT }): Promise<Harness> {
  return createHarness({ files, language });
}

describe("Link a root to this note", () => {
  it("offers every root, adds the chosen one to the roots list, and keeps the rest of the note", async () => {
    const h = await vault();
    await h.openNote(ROASTING);
    await h.runCommand("link-root");
    const modal = suggester();
    expect(modal.getItems().map((root) => root.linktext)).toEqual([
      "root-02-의미가치",
      "root-03-과도함",
      "root-04-프로세스-공유",
      "root-05-인사이드-아웃",
      "root-07-아카이브-사고",
    ]);
    expect(modal.getItemText(modal.getItems()[0]!)).toBe("Root 02 - Meaning as value (root-02-의미가치)");
    await pickRoot("Meaning as value");

    const text = await h.read(ROASTING);
    const frontmatter = frontmatterOf(text);
    expect(frontmatter.roots).toEqual(["[[root-04-프로세스-공유|과정 공유]]", "[[root-02-의미가치]]"]);
    expect(Object.keys(frontmatter)).toEqual(["type", "created", "roots"]);
    expect(text).toContain("오늘은 원두를 두 번 태웠다.");
    expect(notices()).toContain("Linked Root 02 - Meaning as value.");
  });

  it("never adds a root twice, however it is already written", async () => {
    const h = await vault("ko");
    await h.openNote(ROASTING);
    const before = await h.read(ROASTING);
    await h.runCommand("link-root");
    await pickRoot("과정을 나누는 일");
    expect(await h.read(ROASTING)).toBe(before);
    expect(notices()).toContain("Root 04 - 과정을 나누는 일 루트는 이미 연결되어 있습니다.");
  });

  it("leaves a roots key that is not a list alone and says so", async () => {
    const h = await vault("en", { "root-01-의미.md": "#root\n", "post.md": "---\nroots: 3\n---\nBody\n" });
    await h.openNote("post.md");
    await h.runCommand("link-root");
    await pickRoot("root-01");
    expect(await h.read("post.md")).toBe("---\nroots: 3\n---\nBody\n");
    expect(notices()).toContain('The frontmatter key "roots" does not hold a list, so nothing was changed.');
  });

  it("writes to the key the settings name", async () => {
    const h = await createHarness({ files: { "root-01-의미.md": "#root\n", "post.md": "Body\n" }, data: { rootsKey: "related" } });
    await h.openNote("post.md");
    await h.runCommand("link-root");
    await pickRoot("root-01");
    expect(frontmatterOf(await h.read("post.md"))).toEqual({ related: ["[[root-01-의미]]"] });
  });

  it("says so when the vault has no roots, and is not offered without an open note", async () => {
    const h = await vault("en", { "post.md": "Body\n" });
    expect(h.commandAvailable("link-root")).toBe(false);
    await h.openNote("post.md");
    await h.runCommand("link-root");
    expect(openModals()).toEqual([]);
    expect(notices()).toContain("This vault has no root notes yet.");
  });
});

describe("Sync linked roots to frontmatter", () => {
  it("writes the roots the body links into the roots list, keeping every other key and its order", async () => {
    const h = await vault();
    await h.openNote(OSMU);
    await h.runCommand("sync-roots-to-frontmatter");
    const text = await h.read(OSMU);
    const frontmatter = frontmatterOf(text);
    expect(Object.keys(frontmatter)).toEqual(["type", "created", "roots"]);
    expect(frontmatter.roots).toEqual(["[[root-02-의미가치]]", "[[root-04-프로세스-공유]]", "[[root-05-인사이드-아웃]]"]);
    expect(text).toContain("![[root-04-프로세스-공유#^quote]]");

    clearNotices();
    await h.runCommand("sync-roots-to-frontmatter");
    expect(await h.read(OSMU)).toBe(text);
    expect(notices()).toEqual(["Every root linked in the body is already listed under roots."]);
  });

  it("adds only what is missing from the list (Korean)", async () => {
    const h = await vault("ko", {
      ...ROOTS_VAULT,
      "글.md": "---\nroots: \"[[root-02-의미가치]]\"\n---\n[[root-02-의미가치]]와 [[root-03-과도함|과도함]]에 대해.\n",
    });
    await h.openNote("글.md");
    await h.runCommand("sync-roots-to-frontmatter");
    expect(frontmatterOf(await h.read("글.md")).roots).toEqual(["[[root-02-의미가치]]", "[[root-03-과도함]]"]);
    expect(notices()).toContain("roots에 추가했습니다: Root 03 - 과도함.");
  });

  it("says so when the body links no root", async () => {
    const h = await vault();
    await h.openNote("inbox/grocery list.md");
    await h.runCommand("sync-roots-to-frontmatter");
    expect(await h.read("inbox/grocery list.md")).toBe(ROOTS_VAULT["inbox/grocery list.md"]);
    expect(notices()).toContain("The body of this note links no root.");
  });
});

describe("Open roots overview", () => {
  it("opens the overview once, and reveals it when run again", async () => {
    const h = await vault();
    await h.runCommand("open-roots-overview");
    await h.runCommand("open-roots-overview");
    const views = h.views<RootsView>(ROOTS_VIEW_TYPE);
    expect(views).toHaveLength(1);
    expect(views[0]).toBeInstanceOf(RootsView);
  });

  it("has no default hotkeys, and names in the UI language", async () => {
    const h = await vault("ko");
    const ours = h.commands().filter((command) => ["open-roots-overview", "link-root", "sync-roots-to-frontmatter"].some((id) => command.id.endsWith(id)));
    expect(ours.map((command) => command.name).sort()).toEqual(["루트 한눈에 보기 열기", "본문에서 연결한 루트를 frontmatter에 적기", "이 노트에 루트 연결하기"].sort());
    expect(ours.every((command) => command.hotkeys === undefined)).toBe(true);
  });
});
