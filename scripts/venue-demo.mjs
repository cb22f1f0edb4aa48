// Serves the demo venue page (docs/demo/, a fictional médiathèque) on its own
// origin, so that the widget it embeds is truly cross-origin. Used by
// scripts/run.sh (127.0.0.1:8081 → widget at 127.0.0.1:8080) and by the
// end-to-end tests (tests/e2e/embed.test.mjs).
//
// In the HTML files, {{WIDGET_URL}} becomes the widget's URL and
// {{RESULT_ORIGIN}} this page's own origin, or the request's ?result-origin=
// (the tests use it to try an undeclared host); a request's ?data-<name>=
// sets that attribute of the embed.js script tag (the tests use it for
// data-mode="aidant" and data-host-name). The pages are sent with the
// Content-Security-Policy a venue needs (docs/embed.md): frame-src and
// script-src allow the widget's origin, and nothing else from elsewhere.
//
//   node scripts/venue-demo.mjs [--port 8081] [--widget http://127.0.0.1:8080/]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const demoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/demo');
const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Set the embed.js script tag's `data-*` attributes from ?data-<name>= parameters. */
function withScriptData(body, params) {
  return body.replace(/<script src="[^"]*embed\.js"[^>]*>/, (tag) => {
    for (const [key, value] of params) {
      if (!/^data-[a-z-]+$/.test(key)) continue;
      const attr = `${key}="${escapeHtml(value)}"`;
      tag = tag.includes(` ${key}="`) ? tag.replace(new RegExp(` ${key}="[^"]*"`), ` ${attr}`) : tag.replace('<script ', `<script ${attr} `);
    }
    return tag;
  });
}

/** Serve docs/demo on 127.0.0.1:`port` (0: a free port), embedding the widget at `widgetUrl`. */
export async function serveVenueDemo({ widgetUrl, port = 0 }) {
  const widgetOrigin = new URL(widgetUrl).origin;
  const csp = `default-src 'self'; script-src 'self' ${widgetOrigin}; frame-src ${widgetOrigin}; style-src 'self'; `
    + "img-src 'self'; connect-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'";
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, `http://${req.headers.host}`);
      let file = normalize(join(demoDir, decodeURIComponent(url.pathname)));
      if (!file.startsWith(demoDir)) { res.writeHead(403).end(); return; }
      if (file === demoDir || file === `${demoDir}/`) file = join(demoDir, 'mediatheque.html');
      let body = await readFile(file, 'utf8');
      const headers = { 'content-type': MIME[extname(file)] ?? 'text/plain', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
      if (extname(file) === '.html') {
        const resultOrigin = url.searchParams.get('result-origin') ?? url.origin;
        body = body.replaceAll('{{WIDGET_URL}}', escapeHtml(widgetUrl)).replaceAll('{{RESULT_ORIGIN}}', escapeHtml(resultOrigin));
        body = withScriptData(body, url.searchParams);
        headers['content-security-policy'] = csp;
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { port: server.address().port, close: () => new Promise((ok) => server.close(ok)) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
  const widgetUrl = arg('--widget', 'http://127.0.0.1:8080/');
  const { port } = await serveVenueDemo({ widgetUrl, port: Number(arg('--port', '8081')) });
  console.log(`Demo venue page (fictional médiathèque): http://127.0.0.1:${port}/  (widget: ${widgetUrl})`);
}
