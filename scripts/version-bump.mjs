// Run by `npm version`: copies the new package.json version into manifest.json and records
// it in versions.json with the manifest's minAppVersion, so the three files always agree.
import { readFile, writeFile } from "node:fs/promises";

const version = process.env.npm_package_version;
if (!version) {
  console.error("version-bump: run this through `npm version`, which sets npm_package_version.");
  process.exit(2);
}

const manifest = JSON.parse(await readFile("manifest.json", "utf8"));
manifest.version = version;
await writeFile("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);

const versions = JSON.parse(await readFile("versions.json", "utf8"));
versions[version] = manifest.minAppVersion;
await writeFile("versions.json", `${JSON.stringify(versions, null, 2)}\n`);
