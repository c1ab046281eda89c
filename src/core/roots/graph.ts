// The root graph: which notes are roots, what each root requires and is reinforced by, which notes
// link which roots. Built from per-note inputs and kept current one note at a time; every update,
// removal and rename leaves the graph exactly as a full build from the same inputs would.
//
// A note's links carry their resolved target. A target that is not (or no longer) a note of the
// graph counts as unresolved, so the answer never depends on the order notes arrived in; the
// adapter re-feeds notes whose links resolve differently after a create, rename or delete.
//
// Who counts as what: a root is what the settings recognise (detect.ts). A post is any note that is
// not a root and either is marked as a process post (frontmatter marker or posts folder) or links
// at least one root — a writer who links a root from an unmarked note is practising it all the
// same, so that note is listed under the root's linkedFrom and among the posts. An orphan is a
// marked process post that links no root. Roots linking roots are relations, not posts.
import type { DateTools } from "../dates/date-tools";
import { createNoteClassifier, rootTitle, type ClassifierSettings, type NoteClassifier } from "./detect";
import { isAttachmentLink, noteBasename, toNfc } from "./links";
import type { RootNoteInput } from "./note-input";
import { relationOfHeading, rootRelations, type RelationKind, type RootRelations } from "./relations";
import { pushDistinct, SCAN_LIMIT } from "./distinct-list";

export interface RootSummary {
  path: string;
  title: string;
  /** The number that orders roots, or null (those come last). */
  number: number | null;
  /** What to write between [[ ]]: the file name, or the path when another note shares the name. */
  linktext: string;
}

export interface RootDetails extends RootSummary {
  prerequisites: RootSummary[];
  reinforcedBy: RootSummary[];
}

export interface LinkingNote {
  path: string;
  /** Milliseconds: frontmatter `created` or `date` when readable, else the note's modification time. */
  date: number;
}

export interface MissingPrerequisite extends RootSummary {
  /** The linked roots that require it. */
  requiredBy: string[];
}

export interface UnresolvedRootLink {
  from: string;
  link: string;
}

/** The `process-sharing roots --json` contract (paths as the graph holds them). */
export interface RootsSnapshot {
  roots: { path: string; title: string; prerequisites: string[]; reinforcedBy: string[]; linkedFrom: string[] }[];
  posts: { path: string; roots: string[]; missingPrerequisites: string[] }[];
  orphans: string[];
  unresolvedRootLinks: UnresolvedRootLink[];
}

interface NoteRecord {
  input: RootNoteInput;
  isRoot: boolean;
  isMarkedPost: boolean;
  number: number | null;
  relations: RootRelations;
  /** Resolved link targets, without duplicates and without the note itself. */
  targets: readonly string[];
  /** nameKey of the note's own path. */
  name: string;
  /** noteDate of the input, computed when first asked (only the notes linking a root are ever asked). */
  date: number | null;
}

const NO_RELATIONS: RootRelations = { prerequisites: [], reinforcedBy: [] };
const NO_PATHS: readonly string[] = [];

// Paths compare by UTF-16 code units. A list of paths alone is sorted with `.sort()`, which uses
// that same order natively, without a call per comparison (a vault has tens of thousands of paths).
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Number order: numbered roots by number, then the rest; ties by path. */
export function compareRoots(a: RootSummary, b: RootSummary): number {
  if (a.number !== b.number) {
    if (a.number === null) return 1;
    if (b.number === null) return -1;
    return a.number - b.number;
  }
  return compareText(a.path, b.path);
}

/** Bound of the graph's memos (link text → name, heading → relationship), which typing fills with drafts. */
const MAX_MEMOISED = 100_000;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Reads a date-time text other than a plain "2026-03-02" (DateTools.parse); without one, only those are read. */
export type ParseDate = DateTools["parse"];

const PLAIN_DATES_ONLY: ParseDate = () => null;

/** The date a note was written: frontmatter `created` or `date` (text or a date), else its modification time. */
export function noteDate(input: Pick<RootNoteInput, "frontmatter" | "mtime">, parseDate: ParseDate = PLAIN_DATES_ONLY): number {
  return frontmatterDate(input.frontmatter, parseDate) ?? input.mtime;
}

/** The date in frontmatter `created` or `date`, or null: then a note's date is its modification time. */
export function frontmatterDate(frontmatter: Readonly<Record<string, unknown>>, parseDate: ParseDate = PLAIN_DATES_ONLY): number | null {
  for (const key of ["created", "date"]) {
    const value = frontmatter[key];
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime();
    if (typeof value === "string") {
      // The common "2026-03-02" directly (local midnight, as ISO 8601 reads it); anything else via parseDate.
      const plain = PLAIN_DATE.exec(value.trim());
      if (plain) {
        const date = new Date(Number(plain[1]), Number(plain[2]) - 1, Number(plain[3]));
        if (date.getDate() === Number(plain[3])) return date.getTime();
        continue;
      }
      const parsed = parseDate(value.trim());
      if (parsed !== null) return parsed;
    }
  }
  return null;
}

/** Lower-case NFC file name of a path or link path ("Roots/Root-04.md" → "root-04"). */
function nameKey(path: string): string {
  return toNfc(noteBasename(path)).toLowerCase();
}

/** A membership test for a list: a scan for the few links a note usually holds, a Set past that. */
function membership(list: readonly string[]): (value: string) => boolean {
  if (list.length <= SCAN_LIMIT) return (value) => list.includes(value);
  const set = new Set(list);
  return (value) => set.has(value);
}


/** Two lists hold the same values in the same order (the common case of an update: links unchanged). */
function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * key → paths. Most keys (a note's link target, a link's file name) have a single path, so it is
 * stored bare and only becomes a Set at the second: a 50,000-note vault then allocates few Sets.
 *
 * A key whose last path leaves is kept with an empty value rather than deleted: V8's Map leaves a
 * deleted entry in its hash chain until the table is rebuilt, so a note that drops and regains the
 * same link on every keystroke would make each later lookup of that key slower and slower. Empty
 * keys are swept out once they are half the table.
 */
class PathMultimap {
  private entries = new Map<string, string | Set<string> | null>();
  private emptyKeys = 0;

  add(key: string, path: string): void {
    const current = this.entries.get(key);
    if (current === undefined || current === null) {
      if (current === null) this.emptyKeys--;
      this.entries.set(key, path);
    } else if (typeof current === "string") {
      if (current !== path) this.entries.set(key, new Set<string>().add(current).add(path));
    } else current.add(path);
  }

  delete(key: string, path: string): void {
    const current = this.entries.get(key);
    if (current === path) {
      this.entries.set(key, null);
      this.emptyKeys++;
      if (this.emptyKeys > SCAN_LIMIT && this.emptyKeys * 2 > this.entries.size) this.sweep();
    } else if (current instanceof Set) {
      current.delete(path);
      if (current.size === 1) this.entries.set(key, current.values().next().value as string);
    }
  }

  get(key: string): readonly string[] {
    const current = this.entries.get(key);
    if (current === undefined || current === null) return NO_PATHS;
    return typeof current === "string" ? [current] : [...current];
  }

  private sweep(): void {
    const entries = new Map<string, string | Set<string> | null>();
    for (const [key, value] of this.entries) if (value !== null) entries.set(key, value);
    this.entries = entries;
    this.emptyKeys = 0;
  }
}

export class RootGraph {
  private readonly classifier: NoteClassifier;
  private readonly records = new Map<string, NoteRecord>();
  /** target path → notes linking it (the target need not exist). */
  private readonly backlinks = new PathMultimap();
  private readonly rootPaths = new Set<string>();
  /** lower-case NFC file name → how many notes have it, for link texts (0 kept, like PathMultimap's empty keys). */
  private nameCounts = new Map<string, number>();
  private unusedNames = 0;
  /**
   * lower-case NFC file name a link asks for → notes holding such a link, resolved or not. Only
   * notesToReresolve asks (after a create, delete or rename), so it is built then, not with the graph.
   */
  private linkNames: PathMultimap | null = null;
  /** Link text → its nameKey: the same few root names are linked from thousands of notes. */
  private readonly linkNameKeys = new Map<string, string>();
  /** Heading text → the relationship it names: a root's headings are read again on every update of it. */
  private readonly headingRelations = new Map<string, RelationKind | null>();
  private readonly headingRelation = (text: string): RelationKind | null => {
    let kind = this.headingRelations.get(text);
    if (kind === undefined) {
      if (this.headingRelations.size >= MAX_MEMOISED) this.headingRelations.clear();
      kind = relationOfHeading(text);
      this.headingRelations.set(text, kind);
    }
    return kind;
  };
  /** Where targetsOf collects a note's targets, so a note costs one list of its exact size. */
  private readonly scratch: string[] = [];

  /** `parseDate` reads frontmatter dates other than "2026-03-02" (the plugin's and the CLI's DateTools.parse). */
  constructor(settings: ClassifierSettings, private readonly parseDate: ParseDate = PLAIN_DATES_ONLY) {
    this.classifier = createNoteClassifier(settings);
  }

  static build(inputs: Iterable<RootNoteInput>, settings: ClassifierSettings, parseDate?: ParseDate): RootGraph {
    const graph = new RootGraph(settings, parseDate);
    for (const input of inputs) graph.update(input);
    return graph;
  }

  get size(): number {
    return this.records.size;
  }

  paths(): string[] {
    return [...this.records.keys()].sort();
  }

  has(path: string): boolean {
    return this.records.has(path);
  }

  input(path: string): RootNoteInput | null {
    return this.records.get(path)?.input ?? null;
  }

  /**
   * Adds a note or replaces what the graph knew of it. A known note is updated in place: its record
   * is overwritten and only the index entries that differ are touched (see PathMultimap for why).
   */
  update(input: RootNoteInput): void {
    const path = input.path;
    const record = this.records.get(path);
    if (this.classifier.isIgnored(path)) {
      if (record !== undefined) this.remove(path);
      return;
    }
    const isRoot = this.classifier.isRoot(input);
    const isMarkedPost = this.classifier.isPost(input);
    const number = isRoot ? this.classifier.rootNumber(input) : null;
    const relations = isRoot ? rootRelations(input, this.headingRelation) : NO_RELATIONS;
    if (record === undefined) {
      const added: NoteRecord = { input, isRoot, isMarkedPost, number, relations, targets: this.targetsOf(input, null), name: nameKey(path), date: null };
      this.records.set(path, added);
      if (isRoot) this.rootPaths.add(path);
      this.countName(added.name, 1);
      for (const target of added.targets) this.backlinks.add(target, path);
      if (this.linkNames !== null) for (const name of this.linkNamesOf(input)) this.linkNames.add(name, path);
      return;
    }
    // In place: a session of typing updates one note thousands of times, and what V8 allocates for
    // a graph built in one go is often placed straight in the old generation, freed only by a full collection.
    if (isRoot !== record.isRoot) {
      if (isRoot) this.rootPaths.add(path);
      else this.rootPaths.delete(path);
    }
    const targets = this.targetsOf(input, record.targets);
    this.relink(this.backlinks, path, record.targets, targets);
    if (this.linkNames !== null) this.relink(this.linkNames, path, this.linkNamesOf(record.input), this.linkNamesOf(input));
    record.input = input;
    record.isRoot = isRoot;
    record.isMarkedPost = isMarkedPost;
    record.number = number;
    record.relations = relations;
    record.targets = targets;
    record.date = null;
  }

  remove(path: string): void {
    const record = this.records.get(path);
    if (!record) return;
    this.records.delete(path);
    this.rootPaths.delete(path);
    this.countName(record.name, -1);
    for (const target of record.targets) this.backlinks.delete(target, path);
    if (this.linkNames !== null) for (const name of this.linkNamesOf(record.input)) this.linkNames.delete(name, path);
  }

  /**
   * Moves a note to a new path, keeping what it links. Links elsewhere that resolved to the old
   * path now point at no note; the adapter re-feeds those notes once they are resolved again.
   */
  rename(oldPath: string, newPath: string): void {
    const record = this.records.get(oldPath);
    if (!record || oldPath === newPath) return;
    this.update({ ...record.input, path: newPath });
    this.remove(oldPath);
  }

  /** Whether the settings leave the note out (ignored notes and folders): such a note is never in the graph. */
  isIgnored(path: string): boolean {
    return this.classifier.isIgnored(path);
  }

  isRoot(path: string): boolean {
    return this.rootPaths.has(path);
  }

  /** A process post: marked in frontmatter or in the posts folder, or any note that is not a root and links one. */
  isPost(path: string): boolean {
    const record = this.records.get(path);
    if (!record || record.isRoot) return false;
    return record.isMarkedPost || this.linkedRootPaths(record).length > 0;
  }

  /** Every note whose links resolve to `path` (whether or not `path` exists). */
  linkersOf(path: string): string[] {
    return [...this.backlinks.get(path)].sort();
  }

  /**
   * The notes whose links may resolve differently once a note appears at, or leaves, `path`: those
   * linking it, and those holding a link to its file name (a new note can also be nearer than the
   * one a link resolved to). The adapter re-resolves them after a create, delete or rename (both paths).
   */
  notesToReresolve(path: string): string[] {
    const paths = new Set(this.backlinks.get(path));
    for (const source of this.linkNamesIndex().get(nameKey(path))) paths.add(source);
    return [...paths].sort();
  }

  summary(path: string): RootSummary | null {
    const record = this.records.get(path);
    if (!record) return null;
    const linktext = (this.nameCounts.get(record.name) ?? 0) > 1 ? path.replace(/\.md$/iu, "") : noteBasename(path);
    return { path, title: rootTitle(record.input), number: record.number, linktext };
  }

  /** The roots in number order. */
  roots(): RootSummary[] {
    return this.summaries([...this.rootPaths]);
  }

  root(path: string): RootDetails | null {
    const summary = this.summary(path);
    const record = this.records.get(path);
    if (!summary || !record?.isRoot) return null;
    return {
      ...summary,
      prerequisites: this.summaries(record.relations.prerequisites),
      reinforcedBy: this.summaries(record.relations.reinforcedBy),
    };
  }

  /** The roots a note links, in number order. */
  rootsOf(path: string): RootSummary[] {
    const record = this.records.get(path);
    return record ? this.summaries(this.linkedRootPaths(record)) : [];
  }

  /** The roots a note links from its body (not from frontmatter), in number order. */
  rootsLinkedInBody(path: string): RootSummary[] {
    const record = this.records.get(path);
    if (!record) return [];
    const targets = new Set<string>();
    for (const link of record.input.links) {
      if (link.kind !== "frontmatter" && link.target !== null && link.target !== path && this.rootPaths.has(link.target)) {
        targets.add(link.target);
      }
    }
    return this.summaries(targets);
  }

  /** Notes that are not roots and link the root, newest first. */
  postsLinking(rootPath: string): LinkingNote[] {
    const notes: LinkingNote[] = [];
    for (const source of this.backlinks.get(rootPath)) {
      const record = this.records.get(source);
      if (record && !record.isRoot) notes.push({ path: source, date: this.dateOf(record) });
    }
    return notes.sort((a, b) => b.date - a.date || compareText(a.path, b.path));
  }

  /**
   * How many notes that are not roots link the root, and the newest of them: the count and first
   * entry of postsLinking, without dating and sorting them all (the roots overview asks this of
   * every root each time it is drawn).
   */
  linkingSummary(rootPath: string): { count: number; latest: LinkingNote | null } {
    let count = 0;
    let latest: LinkingNote | null = null;
    for (const source of this.backlinks.get(rootPath)) {
      const record = this.records.get(source);
      if (!record || record.isRoot) continue;
      count++;
      const date = this.dateOf(record);
      if (latest === null || date > latest.date || (date === latest.date && compareText(source, latest.path) < 0)) latest = { path: source, date };
    }
    return { count, latest };
  }

  /** Prerequisites of the roots a note links that the note does not link itself, in number order. */
  missingPrerequisites(path: string): MissingPrerequisite[] {
    const requiredBy = this.missingPrerequisitesOf(path);
    return this.summaries(requiredBy.keys()).map((summary) => ({
      ...summary,
      requiredBy: (requiredBy.get(summary.path) ?? []).sort(),
    }));
  }

  /** Roots that reinforce the ones a note links, not linked yet and not missing prerequisites. */
  suggestions(path: string): RootSummary[] {
    const record = this.records.get(path);
    if (!record) return [];
    const linked = new Set(this.linkedRootPaths(record));
    const missing = new Set(this.missingPrerequisites(path).map((entry) => entry.path));
    const suggested = new Set<string>();
    for (const root of linked) {
      for (const reinforcing of this.records.get(root)?.relations.reinforcedBy ?? []) {
        if (reinforcing !== path && !linked.has(reinforcing) && !missing.has(reinforcing) && this.records.has(reinforcing)) {
          suggested.add(reinforcing);
        }
      }
    }
    return this.summaries([...suggested]);
  }

  /** Process posts that link no root. */
  orphans(): string[] {
    const orphans: string[] = [];
    for (const [path, record] of this.records) {
      if (record.isMarkedPost && !record.isRoot && this.linkedRootPaths(record).length === 0) orphans.push(path);
    }
    return orphans.sort();
  }

  /** Links that resolve to no note but whose file name looks like a root's. */
  unresolvedRootLinks(): UnresolvedRootLink[] {
    const found: UnresolvedRootLink[] = [];
    for (const [path, record] of this.records) {
      const seen = new Set<string>();
      for (const link of record.input.links) {
        if (link.target !== null && this.records.has(link.target)) continue;
        if (seen.has(link.link) || isAttachmentLink(link.link) || !this.classifier.looksLikeRootName(link.link)) continue;
        seen.add(link.link);
        found.push({ from: path, link: link.link });
      }
    }
    return found.sort((a, b) => compareText(a.from, b.from) || compareText(a.link, b.link));
  }

  snapshot(): RootsSnapshot {
    // Paths only: the same orders as rootsOf, missingPrerequisites and postsLinking give, without
    // building their summaries and dates for every post of a large vault.
    const posts: RootsSnapshot["posts"] = [];
    for (const path of this.paths()) {
      const record = this.records.get(path);
      if (!record || record.isRoot) continue;
      const roots = this.linkedRootPaths(record);
      if (!record.isMarkedPost && roots.length === 0) continue;
      posts.push({
        path,
        roots: this.inNumberOrder(roots),
        missingPrerequisites: this.inNumberOrder(this.missingPrerequisitesOf(path).keys()),
      });
    }
    return {
      roots: this.roots().map((summary) => {
        const record = this.records.get(summary.path);
        const linkedFrom: string[] = [];
        for (const source of this.backlinks.get(summary.path)) if (this.records.get(source)?.isRoot === false) linkedFrom.push(source);
        return {
          path: summary.path,
          title: summary.title,
          prerequisites: this.inNumberOrder(record?.relations.prerequisites ?? []),
          reinforcedBy: this.inNumberOrder(record?.relations.reinforcedBy ?? []),
          linkedFrom: linkedFrom.sort(),
        };
      }),
      posts,
      orphans: this.orphans(),
      unresolvedRootLinks: this.unresolvedRootLinks(),
    };
  }

  /**
   * Resolved targets of a note's links, without duplicates and without the note itself, in
   * first-seen order; `previous` itself when the targets did not change (most keystrokes).
   */
  private targetsOf(input: RootNoteInput, previous: readonly string[] | null): readonly string[] {
    const scratch = this.scratch;
    let count = 0;
    let seen: Set<string> | null = null;
    for (const link of input.links) {
      const target = link.target;
      if (target === null || target === input.path) continue;
      if (seen !== null) {
        if (seen.has(target)) continue;
        seen.add(target);
      } else {
        let index = 0;
        while (index < count && scratch[index] !== target) index++;
        if (index < count) continue;
        if (count === SCAN_LIMIT) seen = new Set(scratch.slice(0, count)).add(target);
      }
      scratch[count++] = target;
    }
    let same = previous !== null && previous.length === count;
    for (let index = 0; same && index < count; index++) same = previous?.[index] === scratch[index];
    const targets = same && previous !== null ? previous : count === 0 ? NO_PATHS : scratch.slice(0, count);
    // Don't hold on to the strings of a note with thousands of links.
    if (scratch.length > SCAN_LIMIT) scratch.length = 0;
    return targets;
  }

  private dateOf(record: NoteRecord): number {
    record.date ??= noteDate(record.input, this.parseDate);
    return record.date;
  }

  private countName(name: string, change: 1 | -1): void {
    const before = this.nameCounts.get(name);
    const after = (before ?? 0) + change;
    this.nameCounts.set(name, after);
    if (before === 0) this.unusedNames--;
    if (after !== 0) return;
    this.unusedNames++;
    // Names left at 0 by removals and renames are swept once they are half the table.
    if (this.unusedNames > SCAN_LIMIT && this.unusedNames * 2 > this.nameCounts.size) {
      const counts = new Map<string, number>();
      for (const [key, count] of this.nameCounts) if (count > 0) counts.set(key, count);
      this.nameCounts = counts;
      this.unusedNames = 0;
    }
  }

  /** Moves `path` in `index` from the keys in `before` to those in `after`, touching only the ones that differ. */
  private relink(index: PathMultimap, path: string, before: readonly string[], after: readonly string[]): void {
    if (sameList(before, after)) return;
    const inAfter = membership(after);
    const inBefore = membership(before);
    for (const key of before) if (!inAfter(key)) index.delete(key, path);
    for (const key of after) if (!inBefore(key)) index.add(key, path);
  }

  /** The file names a note's links ask for (nameKey), without duplicates. */
  private linkNamesOf(input: RootNoteInput): readonly string[] {
    let names: string[] | null = null;
    let seen: Set<string> | null = null;
    for (const link of input.links) {
      const name = this.linkNameKey(link.link);
      if (names === null) names = [name];
      else seen = pushDistinct(names, name, seen);
    }
    return names ?? NO_PATHS;
  }

  private linkNamesIndex(): PathMultimap {
    if (this.linkNames === null) {
      const index = new PathMultimap();
      for (const [path, record] of this.records) for (const name of this.linkNamesOf(record.input)) index.add(name, path);
      this.linkNames = index;
    }
    return this.linkNames;
  }

  private linkNameKey(link: string): string {
    let key = this.linkNameKeys.get(link);
    if (key === undefined) {
      // Typing "[[r", "[[ro", … leaves link texts nobody uses again: keep the memo bounded.
      if (this.linkNameKeys.size >= MAX_MEMOISED) this.linkNameKeys.clear();
      key = nameKey(link);
      this.linkNameKeys.set(link, key);
    }
    return key;
  }

  /** Each missing prerequisite of a note (see missingPrerequisites), with the linked roots requiring it. */
  private missingPrerequisitesOf(path: string): Map<string, string[]> {
    const requiredBy = new Map<string, string[]>();
    const record = this.records.get(path);
    if (!record) return requiredBy;
    const linked = this.linkedRootPaths(record);
    const isLinked = membership(linked);
    for (const root of linked) {
      for (const prerequisite of this.records.get(root)?.relations.prerequisites ?? []) {
        if (prerequisite === path || isLinked(prerequisite) || !this.records.has(prerequisite)) continue;
        const roots = requiredBy.get(prerequisite);
        if (roots) roots.push(root);
        else requiredBy.set(prerequisite, [root]);
      }
    }
    return requiredBy;
  }

  /** The paths of notes of the graph, in number order (what summaries() sorts by, without building summaries). */
  private inNumberOrder(paths: Iterable<string>): string[] {
    const known: string[] = [];
    for (const path of paths) if (this.records.has(path)) known.push(path);
    const numberOf = (path: string): number | null => this.records.get(path)?.number ?? null;
    return known.sort((a, b) => {
      const first = numberOf(a);
      const second = numberOf(b);
      if (first !== second) return first === null ? 1 : second === null ? -1 : first - second;
      return compareText(a, b);
    });
  }

  private linkedRootPaths(record: NoteRecord): string[] {
    const roots: string[] = [];
    for (const target of record.targets) if (this.rootPaths.has(target)) roots.push(target);
    return roots;
  }

  /** Summaries of the paths that are notes of the graph, in number order. */
  private summaries(paths: Iterable<string>): RootSummary[] {
    const summaries: RootSummary[] = [];
    for (const path of paths) {
      const summary = this.summary(path);
      if (summary) summaries.push(summary);
    }
    return summaries.sort(compareRoots);
  }
}
