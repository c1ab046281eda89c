import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { addRootLinks, addRootLinksInText } from "../../../src/core/roots/frontmatter-roots";

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

describe("addRootLinksInText", () => {
  const R07 = "root-07-아카이브-사고";

  it("appends to a block list in its own indentation, keeping comments, other keys and the body", () => {
    const text = "---\n# 발행 전에 다시 읽기\ntitle: 로스팅 일지 # 가제\nroots:\n    - \"[[root-04-프로세스-공유|과정 공유]]\" # 첫 루트\ntags: [커피]\n---\n# 본문\n[[root-07-아카이브-사고]]\n";
    expect(addRootLinksInText(text, "roots", [R07])).toBe(
      "---\n# 발행 전에 다시 읽기\ntitle: 로스팅 일지 # 가제\nroots:\n    - \"[[root-04-프로세스-공유|과정 공유]]\" # 첫 루트\n    - \"[[root-07-아카이브-사고]]\"\ntags: [커피]\n---\n# 본문\n[[root-07-아카이브-사고]]\n",
    );
  });

  it("appends to a list written at the key's own level", () => {
    const text = "---\nroots:\n- \"[[root-02]]\"\n\ntype: process-post\n---\nBody";
    expect(addRootLinksInText(text, "roots", ["root-05"])).toBe("---\nroots:\n- \"[[root-02]]\"\n- \"[[root-05]]\"\n\ntype: process-post\n---\nBody");
  });

  it("adds entries before the ] of a one-line flow list, keeping its comment", () => {
    expect(addRootLinksInText("---\nroots: [\"[[a]]\"] # keep\n---\n", "roots", ["b", "c"])).toBe('---\nroots: ["[[a]]", "[[b]]", "[[c]]"] # keep\n---\n');
    expect(addRootLinksInText("---\nroots: []\n---\n", "roots", ["b"])).toBe('---\nroots: ["[[b]]"]\n---\n');
  });

  it("turns a single value into a list that keeps it first", () => {
    expect(addRootLinksInText('---\nroots: "[[root-02]]" # 처음\nz: 1\n---\n', "roots", ["root-05"])).toBe(
      '---\nroots: # 처음\n  - "[[root-02]]"\n  - "[[root-05]]"\nz: 1\n---\n',
    );
  });

  it("fills an empty key, adds a missing key before the closing fence, or frontmatter to a note without it", () => {
    expect(addRootLinksInText("---\nroots:\ntitle: A\n---\n", "roots", ["x"])).toBe('---\nroots:\n  - "[[x]]"\ntitle: A\n---\n');
    expect(addRootLinksInText("---\nroots: ~\n---\n", "roots", ["x"])).toBe('---\nroots:\n  - "[[x]]"\n---\n');
    expect(addRootLinksInText("---\ntitle: A\n---\nBody\n", "related roots", ["x"])).toBe('---\ntitle: A\nrelated roots:\n  - "[[x]]"\n---\nBody\n');
    expect(addRootLinksInText("# Just a body\n", "roots", [R07])).toBe(`---\nroots:\n  - "[[${R07}]]"\n---\n# Just a body\n`);
  });

  it("keeps CRLF line endings and a BOM, and finds a quoted key", () => {
    expect(addRootLinksInText('\uFEFF---\r\n"roots":\r\n  - "[[a]]"\r\n---\r\nBody', "roots", ["b"])).toBe('\uFEFF---\r\n"roots":\r\n  - "[[a]]"\r\n  - "[[b]]"\r\n---\r\nBody');
  });

  it("does not mistake a key that only starts like it", () => {
    expect(addRootLinksInText("---\nroots-old:\n  - a\n---\n", "roots", ["b"])).toBe('---\nroots-old:\n  - a\nroots:\n  - "[[b]]"\n---\n');
  });

  it("gives up (null) on a flow list spread over several lines, and changes nothing for no links", () => {
    expect(addRootLinksInText("---\nroots: [a,\n  b]\n---\n", "roots", ["c"])).toBeNull();
    expect(addRootLinksInText("---\nroots: [a]\n---\n", "roots", [])).toBe("---\nroots: [a]\n---\n");
  });
});

describe("addRootLinksInText agrees with addRootLinks on the parsed frontmatter", () => {
  const rootsValue = fc.oneof(
    fc.constant(""),
    fc.constant(' "[[root-02-의미가치]]"'),
    fc.constant(' ["[[root-04-프로세스-공유]]"]'),
    fc.constant(" []"),
    fc.constant('\n  - "[[Root 04|과정 공유]]"\n  # 메모\n  - plain text'),
    fc.constant('\n- "[[root-02-의미가치]]"'),
  );
  const note = fc.record({
    before: fc.subarray(["title: 유리컵 # 가제", "# 주석", "tags: [a, b]", "created: 2026-03-02"]),
    roots: fc.option(rootsValue, { nil: undefined }),
    after: fc.subarray(["type: process-post", "status: draft"]),
    body: fc.constantFrom("", "# 본문\n[[root-02-의미가치]]\n", "---\nnot frontmatter\n"),
    crlf: fc.boolean(),
  });

  it("for every shape of the list, keeping the other keys and the body", () => {
    fc.assert(
      fc.property(note, fc.subarray([ROOT_02, ROOT_04], { minLength: 1 }), (shape, roots) => {
        const yamlLines = [...shape.before, ...(shape.roots === undefined ? [] : [`roots:${shape.roots}`]), ...shape.after];
        const lf = `---\n${yamlLines.join("\n")}\n---\n${shape.body}`;
        const text = shape.crlf ? lf.replace(/\n/gu, "\r\n") : lf;
        const frontmatter = parseYaml(yamlLines.join("\n") || "{}") as Record<string, unknown>;
        const expected = { ...frontmatter };
        const decision = addRootLinks(expected, "roots", roots, resolve);
        if (!("added" in decision)) return;
        const linktexts = roots.filter((root) => decision.added.includes(root.path)).map((root) => root.linktext);
        const edited = addRootLinksInText(text, "roots", linktexts);
        if (edited === null) throw new Error("a one-line shape was not edited");
        const normalised = edited.replace(/\r\n/gu, "\n");
        if (shape.crlf) expect(edited.split("\r\n").length).toBe(normalised.split("\n").length);
        const end = normalised.indexOf("\n---\n", 4);
        expect(parseYaml(normalised.slice(4, end))).toEqual(expected);
        expect(normalised.slice(end + 5)).toBe(shape.body);
        for (const line of shape.before) expect(normalised).toContain(line);
      }),
      { numRuns: 300 },
    );
  });
});
