// Builds the preview page into tmp/preview/: the plugin and the in-memory Obsidian bundled for the
// browser (`obsidian` resolved to obsidian-test-mocks through obsidian-shim.ts), the example vault
// embedded as a files map, Obsidian's theme variables (theme.css) and the plugin's styles.css.
import esbuild from "esbuild";
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const PREVIEW_DIR = path.join(root, "tmp/preview");
const VAULT_DIR = path.join(root, "examples/vault");

/** Every file of the vault below `dir`, skipping dot-folders such as .obsidian. */
async function readVault(dir, prefix = "") {
  const files = {};
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(files, await readVault(full, relative));
    else if (entry.name.endsWith(".md")) files[relative.normalize("NFC")] = await readFile(full, "utf8");
  }
  return files;
}

const previewModules = {
  name: "preview-modules",
  setup(build) {
    const shim = path.join(root, "scripts/preview/obsidian-shim.ts");
    build.onResolve({ filter: /^obsidian$/ }, () => ({ path: shim }));
    build.onResolve({ filter: /^virtual:preview-vault$/ }, () => ({ path: "vault", namespace: "preview-vault" }));
    build.onLoad({ filter: /.*/, namespace: "preview-vault" }, async () => ({
      contents: JSON.stringify(await readVault(VAULT_DIR)),
      loader: "json",
    }));
  },
};

const PAGE = `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Process Sharing — preview</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="theme.css">
<link rel="stylesheet" href="styles.css">
</head>
<body>
<script src="page.js"></script>
</body>
</html>
`;

export async function buildPreview() {
  await mkdir(PREVIEW_DIR, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(root, "scripts/preview/page.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    outfile: path.join(PREVIEW_DIR, "page.js"),
    plugins: [previewModules],
    sourcemap: "inline",
    logLevel: "warning",
  });
  await copyFile(path.join(root, "scripts/preview/theme.css"), path.join(PREVIEW_DIR, "theme.css"));
  await copyFile(path.join(root, "styles.css"), path.join(PREVIEW_DIR, "styles.css"));
  await writeFile(path.join(PREVIEW_DIR, "index.html"), PAGE);
  return PREVIEW_DIR;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildPreview();
  console.log(`Built the preview into ${path.relative(root, PREVIEW_DIR)}/`);
}
