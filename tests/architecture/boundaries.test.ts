// The layers' boundaries, checked on the source and on the real plugin bundle: the core imports
// neither Obsidian nor Node, and main.js carries no CLI-only code (Node modules, the yaml package)
// and no date library (the plugin formats dates with Obsidian's moment).
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { buildPluginBundle } from "./plugin-bundle";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(relative));
    else if (entry.name.endsWith(".ts")) found.push(relative);
  }
  return found;
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const specifiers: string[] = [];
  const pattern = /(?:^|\s)(?:import|export)\s[^"']*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g;
  for (const match of text.matchAll(pattern)) specifiers.push(match[1] ?? match[2] ?? match[3] ?? "");
  return specifiers;
}

const nodeModules = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

describe("src/core", () => {
  const files = sourceFiles("src/core");

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)("%s imports neither obsidian, Node, nor CLI-only packages", (file) => {
    for (const specifier of importsOf(file)) {
      expect(specifier, `${file} imports ${specifier}`).not.toBe("obsidian");
      expect(nodeModules.has(specifier), `${file} imports Node's ${specifier}`).toBe(false);
      expect(specifier, `${file} imports ${specifier}`).not.toBe("yaml");
      expect(specifier.includes("/plugin/") || specifier.includes("/cli/"), `${file} imports ${specifier}`).toBe(false);
    }
  });

  it("detects a forbidden import (the check itself can fail)", () => {
    const specifiers = importsOf("src/cli/vault-files.ts");
    expect(specifiers.some((specifier) => nodeModules.has(specifier))).toBe(true);
    expect(specifiers).toContain("yaml");
  });
});

describe("src/plugin", () => {
  it.each(sourceFiles("src/plugin"))("%s imports no Node module and nothing from the CLI", (file) => {
    for (const specifier of importsOf(file)) {
      expect(nodeModules.has(specifier), `${file} imports Node's ${specifier}`).toBe(false);
      expect(specifier, `${file} imports ${specifier}`).not.toBe("yaml");
      expect(specifier.includes("/cli/"), `${file} imports ${specifier}`).toBe(false);
      expect(specifier.startsWith("date-fns") || specifier.endsWith("/date-fns-dates"), `${file} imports ${specifier}`).toBe(false);
    }
  });
});

describe("date-fns", () => {
  it("is imported in src/core by the date-fns date tools alone (the CLI's and the tests')", () => {
    const importers = sourceFiles("src/core").filter((file) => importsOf(file).some((specifier) => specifier.startsWith("date-fns")));
    expect(importers).toEqual([path.join("src", "core", "dates", "date-fns-dates.ts")]);
  });
});

describe("main.js, the plugin bundle", () => {
  it("contains no CLI-only code: no Node module, no yaml or date-fns package, nothing from src/cli", async () => {
    const { code, metafile } = await buildPluginBundle(true);
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((input) => input.includes("src/plugin/main.ts"))).toBe(true);
    expect(inputs.filter((input) => input.includes("node_modules/yaml/"))).toEqual([]);
    expect(inputs.filter((input) => input.includes("node_modules/date-fns/") || input.includes("date-fns-dates"))).toEqual([]);
    expect(inputs.filter((input) => input.includes("src/cli/"))).toEqual([]);
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(required.filter((name) => name !== "obsidian")).toEqual([]);
    for (const forbidden of ["innerHTML", "outerHTML", "insertAdjacentHTML", "eval(", "new Function"]) {
      expect(code.includes(forbidden), `main.js contains ${forbidden}`).toBe(false);
    }
  });
});
