import { describe, expect, it } from "vitest";
import { relationOfHeading, rootRelations } from "../../../src/core/roots/relations";
import { parseNote } from "../../../src/core/markdown/parse";
import { noteInputFromParse } from "../../../src/core/roots/note-input";
import { parseFrontmatterYaml } from "../../../src/cli/vault-files";

/** Relations of one root note; every link resolves to "<link>.md" so the test sees what was read. */
function relationsOf(text: string, path = "root-04.md") {
  const parsed = parseNote(text);
  const frontmatter = parsed.frontmatter ? parseFrontmatterYaml(parsed.frontmatter.yaml).values : {};
  return rootRelations(noteInputFromParse(path, parsed, frontmatter, 0, (link) => `${link}.md`));
}

// The shape of the user's root note, in our own words.
const KOREAN_ROOT = `---
tags: [root]
---
# Root 04: 과정 나누기

## 핵심 생각
결과보다 과정을 보여 준다. 참고: [[process-economy]]

## 다른 루트와의 관계

### 과정 나누기의 전제 조건
- **[[root-02-의미가치]]**: 의미를 전하는 방법
- **[[root-05-인사이드-아웃|인사이드 아웃]]**: 안에서 시작한 이유

### 과정 나누기가 만들어내는 것
- 소속감, 그리고 [[커뮤니티-메모]]
- 자신을 겹쳐 보는 독자

### 과정 나누기를 강화하는 루트들
- **[[root-07-아카이브-사고]]**: 기록이 있어야 보여 준다
- **[[root-03-과도함#왜]]**: 지나친 몰입이 이야기를 만든다
- **[[root-06-현장감]]**: 현장의 생생함

## 관련 프로젝트
- [[osmu-system]]
`;

describe("relations of the user's kind of root note", () => {
  it("reads two prerequisites and three reinforcing roots, and nothing from other sections", () => {
    expect(relationsOf(KOREAN_ROOT)).toEqual({
      prerequisites: ["root-02-의미가치.md", "root-05-인사이드-아웃.md"],
      reinforcedBy: ["root-07-아카이브-사고.md", "root-03-과도함.md", "root-06-현장감.md"],
    });
  });

  it("reads the same from an English root", () => {
    const english = `# Root 02: Meaning as value

## What this builds on
- [[root-05-inside-out]]

### Example
- [[root-09-example]] is still under "builds on": a deeper heading stays in scope

## What it leads to
- [[community]]

## Reinforced by
- [[root-07-archive]] and [[root-03-excess|excess]]
`;
    expect(relationsOf(english, "root-02.md")).toEqual({
      prerequisites: ["root-05-inside-out.md", "root-09-example.md"],
      reinforcedBy: ["root-07-archive.md", "root-03-excess.md"],
    });
  });

  it("ends a heading's scope at the next heading of the same or a higher level", () => {
    const text = `## Prerequisites
- [[a]]
### Notes
- [[b]]
## Other
- [[c]]
# Top
- [[d]]
`;
    expect(relationsOf(text)).toEqual({ prerequisites: ["a.md", "b.md"], reinforcedBy: [] });
  });

  it("lets a nested heading that names the other relation take over", () => {
    const text = `## 전제
- [[a]]
### 이를 강화하는 루트
- [[b]]
`;
    expect(relationsOf(text)).toEqual({ prerequisites: ["a.md"], reinforcedBy: ["b.md"] });
  });

  it("reads frontmatter keys prerequisites and reinforced-by", () => {
    const text = `---
prerequisites:
  - "[[root-02-의미가치]]"
reinforced-by: "[[root-07-아카이브-사고]]"
related: "[[root-01-not-a-relation]]"
---
# Root 05
`;
    expect(relationsOf(text)).toEqual({ prerequisites: ["root-02-의미가치.md"], reinforcedBy: ["root-07-아카이브-사고.md"] });
  });

  it("never lists the root itself, and lists a root once", () => {
    const text = `## Requires
- [[root-04]] (itself)
- [[root-02]] and again [[root-02|Root 2]]
`;
    expect(relationsOf(text, "root-04.md")).toEqual({ prerequisites: ["root-02.md"], reinforcedBy: [] });
  });

  it("reads nothing from a note without relation headings", () => {
    expect(relationsOf("# Root 01\n\nSee [[root-02]] and [[root-03]].\n")).toEqual({ prerequisites: [], reinforcedBy: [] });
    expect(relationsOf("")).toEqual({ prerequisites: [], reinforcedBy: [] });
  });
});

describe("relationOfHeading", () => {
  it.each([
    ["프로세스 공유의 전제 조건", "prerequisites"],
    ["전제", "prerequisites"],
    ["Prerequisites", "prerequisites"],
    ["This root requires", "prerequisites"],
    ["Builds on", "prerequisites"],
    ["프로세스 공유를 강화하는 루트들", "reinforcedBy"],
    ["Reinforced by", "reinforcedBy"],
    ["Roots that strengthen it", "reinforcedBy"],
    ["Supported by", "reinforcedBy"],
  ] as const)("%s → %s", (heading, kind) => {
    expect(relationOfHeading(heading)).toBe(kind);
  });

  it.each(["프로세스 공유가 만들어내는 것", "다른 루트와의 관계", "Requirements for the cafe", "Building online", "Reinforcement learning notes"])(
    "%s names no relation",
    (heading) => {
      expect(relationOfHeading(heading)).toBeNull();
    },
  );
});
