// Lists of distinct values in first-seen order (a root's relations, a note's link names): a few
// entries are checked by a scan, past SCAN_LIMIT a Set mirrors the list, so adding stays linear.

export const SCAN_LIMIT = 16;

/** Appends `value` unless `list` holds it; returns the Set mirroring a long list (made here when the list outgrows a scan). */
export function pushDistinct(list: string[], value: string, seen: Set<string> | null): Set<string> | null {
  if (seen !== null) {
    if (!seen.has(value)) {
      seen.add(value);
      list.push(value);
    }
    return seen;
  }
  if (list.includes(value)) return null;
  list.push(value);
  return list.length > SCAN_LIMIT ? new Set(list) : null;
}
