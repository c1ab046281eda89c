// A fast path for the frontmatter most notes have: flat `key: value` lines, flow lists
// `key: [a, "b"]` and block lists (`key:` then `- item` lines). Parsing these with the `yaml`
// package costs about as much as the rest of `roots` together, so the CLI reads them here and hands
// anything else — comments, nesting, escapes, anchors, multi-line scalars, odd keys — to `yaml`.
// The contract: whenever this returns values, `yaml`'s parse (core schema) gives the same values;
// null means "not sure, ask `yaml`". tests/cli/frontmatter-fast.test.ts checks it against `yaml`.

type Scalar = string | number | boolean | null;
type Value = Scalar | Scalar[];

// Keys start with a letter and hold letters, digits, "_" and "-": never a number, a bool, null,
// "<<" or "__proto__", which `yaml` would turn into something else. Short: `yaml` limits keys to 1024.
const KEY_LINE = /^(\p{L}[\p{L}\p{N}_-]{0,99}):(?: (.*))?$/u;
const RESERVED_KEYS = new Set(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"]);
const BLOCK_ITEM = /^( *)- (.*)$/;
/**
 * Characters left to `yaml`: "#" (comments), "\\" (escapes), tabs and other controls (newlines
 * excepted, they split the lines), and what YAML may read as line breaks, byte order marks or
 * non-characters.
 */
function hasUnsafeCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) continue;
    if (code < 0x20 || code === 0x23 || code === 0x5c || (code >= 0x7f && code <= 0x9f)) return true;
    if (code === 0x2028 || code === 0x2029 || code === 0xfeff || code === 0xfffe || code === 0xffff) return true;
  }
  return false;
}
// A plain scalar may not start with an indicator character.
const INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@`]/;

// The core schema's plain scalar tags, in `yaml`'s order (null, bool, int, float), with its resolvers.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

function resolvePlain(text: string): Scalar {
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === "t" || text[0] === "T";
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) {
    if (text.slice(-3).toLowerCase() === "nan") return NaN;
    return text[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

/** A plain scalar in block context (a value or a list item), or undefined when it is not a simple one. */
function blockPlain(text: string): Scalar | undefined {
  if (text === "" || INDICATOR_FIRST.test(text) || text.includes(": ") || text.endsWith(":")) return undefined;
  // Other Unicode spaces at the ends are content to YAML; leave such values to it.
  if (text !== text.trim()) return undefined;
  return resolvePlain(text);
}

/** A quoted scalar without escapes or inner quotes of its kind, or undefined. */
function quoted(text: string): string | undefined {
  const quote = text[0];
  if ((quote !== '"' && quote !== "'") || text.length < 2 || text[text.length - 1] !== quote) return undefined;
  const inner = text.slice(1, -1);
  return inner.includes(quote) ? undefined : inner;
}

function blockScalar(text: string): Scalar | undefined {
  return quoted(text) ?? blockPlain(text);
}

/** `[a, "b", 'c']` on one line, items plain or quoted, none empty; undefined for anything else. */
function flowList(text: string): Scalar[] | undefined {
  if (text[0] !== "[" || text[text.length - 1] !== "]") return undefined;
  const inner = text.slice(1, -1);
  if (trimSpaces(inner) === "") return [];
  const items: Scalar[] = [];
  for (const raw of inner.split(",")) {
    const item = trimSpaces(raw);
    const isQuoted = item[0] === '"' || item[0] === "'";
    // In a flow list a plain item ends at a bracket or brace, and ":" may start a pair.
    const value = isQuoted ? quoted(item) : /[[\]{}:]/.test(item) ? undefined : blockPlain(item);
    if (value === undefined) return undefined;
    items.push(value);
  }
  return items;
}

/** `text` without the spaces at its ends (only spaces: YAML does not count other Unicode spaces). */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(start, end);
}

/**
 * The values of a flat frontmatter block, as `yaml` would give them, or null when the block uses
 * anything beyond the flat subset (the caller then parses it with `yaml`).
 */
export function parseFlatFrontmatter(yamlText: string): Record<string, Value> | null {
  if (hasUnsafeCharacter(yamlText)) return null;
  const values: Record<string, Value> = {};
  const lines = yamlText.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (trimSpaces(line) === "") continue;
    const match = KEY_LINE.exec(line);
    if (!match) return null;
    const key = match[1] ?? "";
    if (RESERVED_KEYS.has(key) || Object.prototype.hasOwnProperty.call(values, key)) return null;
    const text = trimSpaces(match[2] ?? "");
    if (text !== "") {
      const value = text[0] === "[" ? flowList(text) : blockScalar(text);
      if (value === undefined) return null;
      values[key] = value;
      continue;
    }
    // `key:` alone: null, or a block list on the lines below, every item at one indent.
    const items: Scalar[] = [];
    let indent: number | null = null;
    for (let next = index + 1; next < lines.length; next++) {
      const itemLine = lines[next] ?? "";
      if (trimSpaces(itemLine) === "") continue;
      const item = BLOCK_ITEM.exec(itemLine);
      if (!item) {
        if (itemLine[0] === " ") return null;
        break;
      }
      const itemIndent = (item[1] ?? "").length;
      if (indent !== null && itemIndent !== indent) return null;
      indent = itemIndent;
      const value = blockScalar(trimSpaces(item[2] ?? ""));
      if (value === undefined) return null;
      items.push(value);
      index = next;
    }
    values[key] = indent === null ? null : items;
  }
  // No key at all (blank lines only): `yaml` reads that as no document, not as an empty map.
  return Object.keys(values).length === 0 ? null : values;
}
