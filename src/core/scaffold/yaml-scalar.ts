// Writes frontmatter values that read back exactly as given. The core may not use the yaml package,
// and a title such as `Why: "half" done #2` must survive a round trip, so values that are not
// obviously plain go out as YAML double-quoted strings with every special character escaped.

const NAMED_ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  '"': '\\"',
  "\0": "\\0",
  "\u0007": "\\a",
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\u000b": "\\v",
  "\f": "\\f",
  "\r": "\\r",
  "\u001b": "\\e",
  "\u0085": "\\N",
  "\u00a0": "\\_",
  "\u2028": "\\L",
  "\u2029": "\\P",
};

function escapeCharacter(character: string): string {
  const named = NAMED_ESCAPES[character];
  if (named !== undefined) return named;
  const code = character.codePointAt(0) ?? 0;
  // C0/C1 controls, DEL, the BOM and lone surrogates are not printable in YAML.
  const printable =
    !(code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfeff || (code >= 0xd800 && code <= 0xdfff));
  if (printable) return character;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** `value` as a YAML double-quoted scalar. */
export function yamlQuoted(value: string): string {
  let body = "";
  // for…of walks code points, so a surrogate pair stays whole and a lone half gets escaped.
  for (const character of value) body += escapeCharacter(character);
  return `"${body}"`;
}

// Words YAML 1.1 or 1.2 would read as something other than text.
const RESERVED = new Set(["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]);
const PLAIN = /^[\p{L}_][\p{L}\p{N}_-]*$/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/;

/** `value` plain when it is a simple word (or an ISO date, kept a date for Obsidian), else double-quoted. */
export function yamlScalar(value: string): string {
  if (ISO_DATE.test(value)) return value;
  if (PLAIN.test(value) && !RESERVED.has(value.toLowerCase())) return value;
  return yamlQuoted(value);
}

/** A mapping key: plain when simple, else double-quoted. */
export function yamlKey(key: string): string {
  return PLAIN.test(key) && !RESERVED.has(key.toLowerCase()) ? key : yamlQuoted(key);
}

/** A block sequence of double-quoted items below `key`, or `key: []` when there are none. */
export function yamlList(key: string, items: readonly string[], indent = "  "): string {
  if (items.length === 0) return `${yamlKey(key)}: []`;
  return [`${yamlKey(key)}:`, ...items.map((item) => `${indent}- ${yamlQuoted(item)}`)].join("\n");
}
