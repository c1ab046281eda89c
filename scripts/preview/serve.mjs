// A small static server for the built preview (localhost only). `npm run preview` builds the page
// and serves it here; the end-to-end run starts the same server on a free port.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildPreview, PREVIEW_DIR } from "./build.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
};

/** Serves `dir` on 127.0.0.1; port 0 picks a free one. Resolves to the server and its address. */
export function serve(dir = PREVIEW_DIR, port = 0) {
  const server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(dir, urlPath === "/" ? "index.html" : urlPath);
    if (file !== dir && !file.startsWith(`${dir}${path.sep}`)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
        response.end(body);
      },
      () => response.writeHead(404, { "content-type": "text/plain" }).end("Not found"),
    );
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildPreview();
  const port = Number(process.env.PORT ?? 5174);
  const { url } = await serve(PREVIEW_DIR, port);
  console.log(`Process Sharing preview: ${url}`);
  console.log(`  dark theme: ${url}?theme=dark   Korean UI: ${url}?lang=ko`);
  console.log("Press Ctrl+C to stop.");
}
