import { describe, expect, it } from "vitest";
import { addRootLinks } from "../../../src/core/roots/frontmatter-roots";

const ROOT_02 = { path: "30-roots/root-02-의미가치.md", linktext: "root-02-의미가치" };
const ROOT_04 = { path: "30-roots/root-04-프로세스-공유.md", linktext: "root-04-프로세스-공유" };
const resolve = (linkpath: string): string | null =>
  ({ "root-02-의미가치": ROOT_02.path, "root-04-프로세스-공유": ROOT_04.path, "Root 04": ROOT_04.path })[linkpath] ?? null;

describe("addRootLinks", () => {
  it("creates the list when the key is missing, after every other key", () => {
    const frontmatter: Record<string, unknown> = { type: "process-post", created: "2026-03-02" };
    expect(addRootLinks(frontmatter, "roots", [ROOT_02], resolve)).toEqual({ added: [ROOT_02.path] });
    expect(frontmatter).toEqual({ type: "process-post", created: "2026-03-02", roots: ["[[root-02-의미가치]]"] });
    expect(Object.keys(frontmatter)).toEqual(["type", "created", "roots"]);
  });

  it("appends to a list and never adds a root twice, whatever alias or name it was written with", () => {
    const frontmatter: Record<string, unknown> = { roots: ["[[Root 04|과정 공유]]", "a note without a link"] };
    expect(addRootLinks(frontmatter, "roots", [ROOT_04, ROOT_02, ROOT_02], resolve)).toEqual({ added: [ROOT_02.path] });
    expect(frontmatter.roots).toEqual(["[[Root 04|과정 공유]]", "a note without a link", "[[root-02-의미가치]]"]);
  });

  it("turns a single link into a list, keeping it", () => {
    const frontmatter: Record<string, unknown> = { roots: "[[root-04-프로세스-공유]]" };
    addRootLinks(frontmatter, "roots", [ROOT_02], resolve);
    expect(frontmatter.roots).toEqual(["[[root-04-프로세스-공유]]", "[[root-02-의미가치]]"]);
  });

  it("changes nothing when everything is listed", () => {
    const frontmatter: Record<string, unknown> = { roots: ["[[root-02-의미가치]]"] };
    const before = structuredClone(frontmatter);
    expect(addRootLinks(frontmatter, "roots", [ROOT_02], resolve)).toEqual({ added: [] });
    expect(frontmatter).toEqual(before);
  });

  it("leaves a key that is not a list of links alone", () => {
    for (const value of [3, { nested: "[[x]]" }, true]) {
      const frontmatter: Record<string, unknown> = { roots: value };
      expect(addRootLinks(frontmatter, "roots", [ROOT_02], resolve)).toEqual({ problem: "roots-key-not-a-list" });
      expect(frontmatter.roots).toBe(value);
    }
  });
});
