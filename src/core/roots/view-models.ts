// What the plugin's views show, computed from the graph: the sidebar's "Linked roots" section for
// one note, and the roots overview for the vault. Plain data; the views only draw it.
import type { DateTools } from "../dates/date-tools";
import type { Language } from "../i18n";
import type { RootGraph, RootSummary, MissingPrerequisite, UnresolvedRootLink } from "./graph";
import { noteBasename } from "./links";

export interface DatedNote {
  path: string;
  /** The file name without .md. */
  name: string;
  date: number;
  /** "3일 전" / "3 days ago". */
  when: string;
}

export type LinkedRootsModel =
  | { kind: "not-indexed" }
  | { kind: "note"; linked: RootSummary[]; missing: MissingPrerequisite[]; suggestions: RootSummary[] }
  | { kind: "root"; root: RootSummary; posts: DatedNote[]; prerequisites: RootSummary[]; reinforcedBy: RootSummary[] };

function dated(path: string, date: number, now: number, language: Language, dates: DateTools): DatedNote {
  return { path, name: noteBasename(path), date, when: dates.relative(date, now, language) };
}

export function linkedRootsModel(graph: RootGraph, path: string, now: number, language: Language, dates: DateTools): LinkedRootsModel {
  if (!graph.has(path)) return { kind: "not-indexed" };
  const root = graph.root(path);
  if (root) {
    return {
      kind: "root",
      root,
      posts: graph.postsLinking(path).map((post) => dated(post.path, post.date, now, language, dates)),
      prerequisites: root.prerequisites,
      reinforcedBy: root.reinforcedBy,
    };
  }
  return {
    kind: "note",
    linked: graph.rootsOf(path),
    missing: graph.missingPrerequisites(path),
    suggestions: graph.suggestions(path),
  };
}

export interface OverviewRoot extends RootSummary {
  postCount: number;
  latest: DatedNote | null;
  prerequisites: RootSummary[];
  reinforcedBy: RootSummary[];
}

export interface RootsOverviewModel {
  roots: OverviewRoot[];
  orphans: { path: string; name: string }[];
  unresolved: (UnresolvedRootLink & { fromName: string })[];
}

export function rootsOverviewModel(graph: RootGraph, now: number, language: Language, dates: DateTools): RootsOverviewModel {
  return {
    roots: graph.roots().map((summary) => {
      const { count, latest } = graph.linkingSummary(summary.path);
      const details = graph.root(summary.path);
      return {
        ...summary,
        postCount: count,
        latest: latest ? dated(latest.path, latest.date, now, language, dates) : null,
        prerequisites: details?.prerequisites ?? [],
        reinforcedBy: details?.reinforcedBy ?? [],
      };
    }),
    orphans: graph.orphans().map((path) => ({ path, name: noteBasename(path) })),
    unresolved: graph.unresolvedRootLinks().map((link) => ({ ...link, fromName: noteBasename(link.from) })),
  };
}
