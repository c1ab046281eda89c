// What a root declares about other roots: its prerequisites and the roots that reinforce it, read
// from links under headings that name the relationship (Korean or English) and from frontmatter keys.
import type { RootHeadingInput, RootNoteInput } from "./note-input";
import { pushDistinct } from "./distinct-list";

export type RelationKind = "prerequisites" | "reinforcedBy";

export interface RootRelations {
  /** Resolved paths, without duplicates, frontmatter first, then in the order of the body. */
  prerequisites: string[];
  reinforcedBy: string[];
}

// Korean stems match inside a word (전제 조건, 전제가); English words match whole, with inflections.
const HEADING_WORDS: readonly { kind: RelationKind; pattern: RegExp }[] = [
  { kind: "prerequisites", pattern: /전제|\b(?:prerequisites?|requires?|required|requiring|builds?\s+on|built\s+on)\b/iu },
  { kind: "reinforcedBy", pattern: /강화|\b(?:reinforc(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|supported\s+by)\b/iu },
];

/** The relationship a heading names, or null. When it names both, the word written first decides. */
export function relationOfHeading(text: string): RelationKind | null {
  let best: { kind: RelationKind; at: number } | null = null;
  for (const { kind, pattern } of HEADING_WORDS) {
    const at = pattern.exec(text)?.index;
    if (at !== undefined && (best === null || at < best.at)) best = { kind, at };
  }
  return best?.kind ?? null;
}

/** "reinforced-by", "reinforcedBy", "Reinforced_by" → the same key. */
function relationOfKey(key: string): RelationKind | null {
  const plain = key.toLowerCase().replace(/[-_\s]/gu, "");
  if (plain === "prerequisites" || plain === "prerequisite") return "prerequisites";
  if (plain === "reinforcedby") return "reinforcedBy";
  return null;
}

/** How a heading's text maps to a relationship: relationOfHeading, or a memo of it. */
export type HeadingRelation = (text: string) => RelationKind | null;

/** Headings as a metadata cache or a parser lists them are in line order already: no copy to sort. */
function inLineOrder(headings: readonly RootHeadingInput[]): boolean {
  for (let index = 1; index < headings.length; index++) {
    if ((headings[index - 1]?.line ?? 0) > (headings[index]?.line ?? 0)) return false;
  }
  return true;
}

interface Segment {
  /** First line of the segment (a heading's line). */
  from: number;
  kind: RelationKind | null;
}

/**
 * Splits the note at its headings. Each segment takes the relationship of the innermost enclosing
 * heading that names one: a heading's scope runs to the next heading of the same or a higher level,
 * so `## 관계` › `### 전제 조건` › `#### 예` still counts as prerequisites.
 */
function headingSegments(headings: readonly RootHeadingInput[], relationOf: HeadingRelation): Segment[] {
  const sorted = inLineOrder(headings) ? headings : [...headings].sort((a, b) => a.line - b.line);
  const stack: { level: number; active: RelationKind | null }[] = [];
  const segments: Segment[] = [];
  for (const heading of sorted) {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= heading.level) stack.pop();
    const active = relationOf(heading.text) ?? stack[stack.length - 1]?.active ?? null;
    stack.push({ level: heading.level, active });
    segments.push({ from: heading.line, kind: active });
  }
  return segments;
}

/** The relationship a body link on `line` sits under (null outside any relation heading). */
function relationAt(segments: readonly Segment[], line: number): RelationKind | null {
  // Binary search: the last segment starting at or before the link's line.
  let low = 0;
  let high = segments.length - 1;
  let found: Segment | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle];
    if (segment !== undefined && segment.from <= line) {
      found = segment;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found !== undefined && found.from < line ? found.kind : null;
}

export function rootRelations(note: Pick<RootNoteInput, "path" | "headings" | "links">, relationOf: HeadingRelation = relationOfHeading): RootRelations {
  const relations: RootRelations = { prerequisites: [], reinforcedBy: [] };
  let seenPrerequisites: Set<string> | null = null;
  let seenReinforcing: Set<string> | null = null;
  const add = (kind: RelationKind | null, target: string | null): void => {
    if (kind === null || target === null || target === note.path) return;
    if (kind === "prerequisites") seenPrerequisites = pushDistinct(relations.prerequisites, target, seenPrerequisites);
    else seenReinforcing = pushDistinct(relations.reinforcedBy, target, seenReinforcing);
  };
  for (const link of note.links) {
    if (link.kind === "frontmatter") add(relationOfKey(link.key ?? ""), link.target);
  }
  const segments = headingSegments(note.headings, relationOf);
  for (const link of note.links) {
    if (link.kind !== "frontmatter") add(relationAt(segments, link.line), link.target);
  }
  return relations;
}
