// The release files agree with each other and with Obsidian's rules for community plugins.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(root, file), "utf8")) as Record<string, unknown>;

describe("manifest.json, package.json and versions.json", () => {
  const manifest = readJson("manifest.json");
  const packageJson = readJson("package.json");
  const versions = readJson("versions.json");

  it("agree on the version", () => {
    expect(manifest.version).toBe(packageJson.version);
    expect(versions[manifest.version as string]).toBe(manifest.minAppVersion);
  });

  it("follow Obsidian's rules for the id, name and description", () => {
    expect(manifest.id).toBe("process-sharing");
    expect(manifest.id).toMatch(/^[a-z0-9-]+$/);
    expect(String(manifest.id)).not.toMatch(/obsidian|plugin$/);
    expect(manifest.name).toBe("Process Sharing");
    expect(manifest.isDesktopOnly).toBe(false);
    const description = String(manifest.description);
    expect(description.length).toBeLessThan(250);
    expect(description.endsWith(".")).toBe(true);
    expect(description).not.toMatch(/obsidian|this plugin/i);
  });

  it("name the CLI binary", () => {
    expect(packageJson.bin).toEqual({ "process-sharing": "dist/cli.js" });
  });
});

describe("npm version", () => {
  it("keeps manifest.json and versions.json in step with package.json", () => {
    const work = mkdtempSync(path.join(tmpdir(), "ps-version-"));
    try {
      for (const file of ["package.json", "manifest.json", "versions.json", "scripts/version-bump.mjs"]) {
        cpSync(path.join(root, file), path.join(work, file), { recursive: true });
      }
      execFileSync("node", ["scripts/version-bump.mjs"], {
        cwd: work,
        env: { ...process.env, npm_package_version: "9.8.7" },
      });
      const manifest = JSON.parse(readFileSync(path.join(work, "manifest.json"), "utf8")) as Record<string, string>;
      const versions = JSON.parse(readFileSync(path.join(work, "versions.json"), "utf8")) as Record<string, string>;
      expect(manifest.version).toBe("9.8.7");
      expect(versions["9.8.7"]).toBe(manifest.minAppVersion);
      expect(versions["0.1.0"]).toBe("1.8.7");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
