// The plugin bundle (main.js, built here the way esbuild.config.mjs builds it, comments and licences
// dropped) is scanned for what a plugin handling years of notes must never do: parse HTML from strings,
// run strings as code, reach the network, or open a browser window. The scanner is checked too: it
// finds each pattern in a bundle that has it.
import { buildPluginBundle } from "./plugin-bundle";
import { beforeAll, describe, expect, it } from "vitest";

/** What main.js must not contain, with why. */
const FORBIDDEN: readonly (readonly [string, RegExp])[] = [
  ["innerHTML (HTML parsed from a string)", /\binnerHTML\b/],
  ["outerHTML", /\bouterHTML\b/],
  ["insertAdjacentHTML", /\binsertAdjacentHTML\b/],
  ["document.write", /\bdocument\.write(?:ln)?\b/],
  ["createContextualFragment / DOMParser (HTML parsing)", /\bcreateContextualFragment\b|\bDOMParser\b/],
  ["eval", /\beval\s*\(|["']eval["']/],
  ["new Function", /\bnew\s+Function\s*\(|\bFunction\s*\(\s*["']/],
  ["setTimeout/setInterval with a string", /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ["fetch", /\bfetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["EventSource", /\bEventSource\b/],
  ["navigator.sendBeacon", /\bsendBeacon\b/],
  ["Obsidian's requestUrl / request", /\brequestUrl\b|\bimport_obsidian\d*\.request\b/],
  ["window.open", /\bwindow\.open\s*\(|\bactiveWindow\.open\s*\(/],
];

const URL = /\bhttps?:\/\/[^\s"'`]+/g;
function findForbidden(code: string): string[] {
  const found = FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
  const urls = [...code.matchAll(URL)].map((match) => match[0]);
  if (urls.length > 0) found.push(`an http(s) URL: ${urls.join(", ")}`);
  return found;
}

async function bundle(minify: boolean): Promise<string> {
  return (await buildPluginBundle(minify)).code;
}

/** Comments are dropped by esbuild when minifying; for the readable bundle strip them here. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/[^\n]*/g, "$1");
}

describe("main.js", () => {
  let minified = "";
  let readable = "";
  beforeAll(async () => {
    [minified, readable] = await Promise.all([bundle(true), bundle(false)]);
  }, 60_000);

  it("is a real bundle of the plugin", () => {
    expect(minified.length).toBeGreaterThan(10_000);
    expect(readable).toContain("process-checklist");
  });

  it("builds no DOM from strings, runs no strings as code, uses no network and opens no windows (minified)", () => {
    expect(findForbidden(minified)).toEqual([]);
  });

  it("the same holds for the readable bundle, comments removed", () => {
    expect(findForbidden(withoutComments(readable))).toEqual([]);
  });

  it("the scanner finds each forbidden pattern (the check can fail)", () => {
    const samples = [
      "el.innerHTML = x",
      "el.outerHTML",
      "el.insertAdjacentHTML('beforeend', x)",
      "document.write(x)",
      "new DOMParser()",
      "eval(code)",
      "new Function('return 1')",
      "setTimeout('alert(1)', 0)",
      "fetch(url)",
      "new XMLHttpRequest()",
      "new WebSocket(u)",
      "new EventSource(u)",
      "navigator.sendBeacon(u)",
      "(0, import_obsidian.requestUrl)({ url })",
      "window.open(u)",
      'const u = "https://example.com/x"',
    ];
    for (const [index, sample] of samples.entries()) {
      const expected = FORBIDDEN[index]?.[0] ?? "an http(s) URL: https://example.com/x";
      expect(findForbidden(sample), sample).toContain(expected);
    }
    expect(findForbidden("el.setText(x); el.createEl('a', { text })")).toEqual([]);
  });
});
