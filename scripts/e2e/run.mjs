// `npm run test:e2e`: builds the preview, serves it on a free localhost port, and walks through the
// plugin in headless Chromium as a writer would — each flow asserts on what is on screen and the
// screenshots for the README are written to docs/screenshots/ on the way. Prints one summary line,
// "N passed, N failed", writes tmp/e2e-report.json for CI, and exits 1 when a flow failed.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildPreview } from "../preview/build.mjs";
import { serve } from "../preview/serve.mjs";
import { launchBrowser } from "./browser.mjs";
import { checklistFlows } from "./flows/checklist.mjs";
import { reportFlows } from "./flows/report.mjs";
import { rootsFlows } from "./flows/roots.mjs";
import { newPostFlows } from "./flows/new-post.mjs";
import { languageFlows } from "./flows/language.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SCREENSHOTS = path.join(root, "docs/screenshots");
const FAILURES = path.join(root, "tmp/e2e-failures");
const REPORT = path.join(root, "tmp/e2e-report.json");
const FLOW_TIMEOUT_MS = 60_000;

const only = process.argv[2];
const flows = [...checklistFlows, ...reportFlows, ...rootsFlows, ...newPostFlows, ...languageFlows].filter(
  (flow) => only === undefined || flow.name.includes(only),
);

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`"${name}" took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function writeReport(results) {
  const passed = results.filter((result) => result.status === "passed").length;
  const failed = results.length - passed;
  await mkdir(path.dirname(REPORT), { recursive: true });
  await writeFile(REPORT, `${JSON.stringify({ passed, failed, flows: results }, null, 2)}\n`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

let browser;
let server;
let url;
try {
  await buildPreview();
  ({ server, url } = await serve());
  browser = await launchBrowser();
} catch (error) {
  // No page, no browser: every flow counts as failed, so CI's summary line shows it.
  console.log(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
  server?.close();
  await writeReport(flows.map((flow) => ({ name: flow.name, status: "failed", ms: 0, message: "not run" })));
  process.exit();
}
await mkdir(SCREENSHOTS, { recursive: true });
console.log(`Preview at ${url} — ${flows.length} flows in Chromium ${browser.context.browser()?.version() ?? ""}`);

const results = [];
const missingIcons = new Set();
try {
  for (const flow of flows) {
    const started = Date.now();
    const pages = [];
    const context = browser.context;
    const onPage = (page) => pages.push(page);
    context.on("page", onPage);
    try {
      await withTimeout(flow.run({ context, url, shot: (name) => path.join(SCREENSHOTS, `${name}.png`) }), FLOW_TIMEOUT_MS, flow.name);
      const pageErrors = pages.flatMap((page) => page.previewErrors ?? []);
      if (pageErrors.length > 0) throw new Error(`errors in the page: ${pageErrors.join(" | ")}`);
      results.push({ name: flow.name, status: "passed", ms: Date.now() - started });
      console.log(`  ✓ ${flow.name} (${Date.now() - started} ms)`);
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      results.push({ name: flow.name, status: "failed", ms: Date.now() - started, message });
      console.log(`  ✗ ${flow.name}\n      ${message}`);
      await mkdir(FAILURES, { recursive: true });
      const last = pages.at(-1);
      if (last && !last.isClosed()) {
        const file = path.join(FAILURES, `${flow.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.png`);
        await last.screenshot({ path: file }).catch(() => undefined);
        console.log(`      screenshot: ${path.relative(root, file)}`);
      }
    } finally {
      for (const page of pages) {
        const missing = await page.evaluate(() => window.__previewMissingIcons ?? []).catch(() => []);
        for (const icon of missing) missingIcons.add(icon);
      }
      context.off("page", onPage);
      for (const page of pages) await page.close().catch(() => undefined);
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (missingIcons.size > 0) console.log(`Icons the preview cannot draw (add them to scripts/preview/icons.ts): ${[...missingIcons].join(", ")}`);
await writeReport(results);
