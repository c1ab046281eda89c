// The browser side of the end-to-end run: Debian's Chromium driven by playwright-core (never a
// downloaded browser), headless, sandbox off (CI runs as root), no network of its own, a fresh
// profile per run; and the page helpers the flows share.
import { chromium } from "playwright-core";
import { access, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--font-render-hinting=none",
];

/** Starts Chromium with a fresh profile; `close()` ends it and removes the profile. */
export async function launchBrowser() {
  await access(CHROMIUM).catch(() => {
    throw new Error(`No Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  });
  const profile = await mkdtemp(path.join(os.tmpdir(), "process-sharing-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    ignoreDefaultArgs: ["--headless"],
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: "en-US",
  });
  for (const page of context.pages()) await page.close();
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the preview with the given query (theme, lang, note) and waits until the plugin has loaded.
 * Errors thrown in the page are collected on `page.previewErrors`; the runner fails the flow on any.
 */
export async function openPreview(context, baseUrl, query = {}, viewport = { width: 1280, height: 800 }) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.setDefaultTimeout(8000);
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.previewErrors = errors;
  const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== undefined));
  await page.goto(`${baseUrl}?${search.toString()}`);
  await page.waitForFunction(() => window.__preview?.ready === true || window.__preview?.error, null, { timeout: 15_000 });
  const loadError = await page.evaluate(() => window.__preview.error);
  if (loadError) throw new Error(`The preview failed to load: ${loadError}`);
  return page;
}

/** Runs a command through the command palette, as a user does: Ctrl+P, type, Enter. */
export async function runCommand(page, name) {
  await page.keyboard.press("Control+P");
  const input = page.locator(".preview-palette .prompt-input");
  await input.waitFor({ state: "visible" });
  await input.fill(name);
  const first = page.locator(".preview-palette .suggestion-item").first();
  await first.waitFor({ state: "visible" });
  const label = await first.innerText();
  if (!label.toLowerCase().includes(name.toLowerCase())) throw new Error(`The palette offers "${label}" for "${name}"`);
  await page.keyboard.press("Enter");
  await page.locator(".preview-palette").waitFor({ state: "hidden" });
}

/** Opens a note by clicking it in the file list. */
export async function openNoteFromList(page, notePath) {
  await page.locator(`.nav-file-title[data-path="${notePath.replace(/"/g, '\\"')}"]`).click();
  await page.locator(".inline-title").filter({ hasText: path.posix.basename(notePath, ".md") }).waitFor();
}

/** The editor's text and the 1-based lines the selection covers, read from the textarea on screen. */
export async function editorState(page) {
  return page.locator(".preview-textarea").evaluate((textarea) => {
    const lineAt = (offset) => textarea.value.slice(0, offset).split("\n").length;
    return {
      text: textarea.value,
      focused: document.activeElement === textarea,
      fromLine: lineAt(textarea.selectionStart),
      toLine: lineAt(textarea.selectionEnd),
      selected: textarea.value.slice(textarea.selectionStart, textarea.selectionEnd),
    };
  });
}

export async function screenshot(target, file) {
  await mkdir(path.dirname(file), { recursive: true });
  await target.screenshot({ path: file, animations: "disabled" });
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs a command by picking its entry (by id) in the command palette, whatever the UI language. */
export async function runCommandById(page, id) {
  await page.keyboard.press("Control+P");
  const item = page.locator(`.preview-palette .suggestion-item[data-command-id="${id}"]`);
  await item.waitFor({ state: "visible" });
  await item.click();
  await page.locator(".preview-palette").waitFor({ state: "hidden" });
}

/**
 * Every string a person can see in the elements matching `selector`: text nodes of visible elements,
 * input placeholders, and aria-labels (Obsidian shows them as tooltips).
 */
export async function visibleStrings(page, selector) {
  return page.locator(selector).evaluateAll((roots) => {
    const strings = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.currentNode; node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement;
          const text = node.textContent.trim();
          if (text !== "" && parent && parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) strings.push(text);
        } else if (node.checkVisibility({ visibilityProperty: true })) {
          for (const attribute of ["placeholder", "aria-label"]) {
            const value = node.getAttribute(attribute);
            if (value && value.trim() !== "") strings.push(value.trim());
          }
        }
      }
    }
    return strings;
  });
}
