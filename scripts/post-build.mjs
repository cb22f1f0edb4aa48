// Trunk post_build hook: finishes the built app in $TRUNK_STAGING_DIR (or DIR).
//
// 1. `repere web-assets`: the bank and each language's text, as hashed files
//    under content/ (the app fetches them; their names are baked into the
//    wasm by build.rs, from the same function — checked here).
// 2. index.html: the no-script welcome in every language (from each
//    language's `welcome-title` and `welcome-lead`), and preload links for
//    what the first question needs besides the wasm (the bank, and the text
//    of the page's language: `?lang=`, else the reference one), so they
//    download alongside it.
// 3. The Content-Security-Policy (scripts/csp.mjs).
// 4. sw.js: the list of every file to precache and a version that changes
//    whenever any file does (public/sw.js explains the offline design).
//
// Usage: node scripts/post-build.mjs [DIR]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeCsp } from './csp.mjs';

const REFERENCE_LANGUAGE = 'fr';
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build.mjs: give the build directory, or run as a Trunk hook');
  process.exit(2);
}
const contentRoot = process.env.REPERE_CONTENT_ROOT ?? '.';
const fail = (message) => {
  console.error(`post-build.mjs: ${message}`);
  process.exit(1);
};

// 1. Content files.
const run = spawnSync('cargo', ['run', '--quiet', '-p', 'repere-cli', '--', 'web-assets', dir, contentRoot], {
  encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
});
if (run.status !== 0) fail(`repere web-assets failed (exit ${run.status})`);
const assets = run.stdout.split('\n').filter(Boolean).map((line) => line.split(' ')[0]);
const wasmFile = readdirSync(dir).find((f) => f.endsWith('.wasm'));
if (!wasmFile) fail(`no .wasm in ${dir}`);
const wasm = readFileSync(join(dir, wasmFile));
for (const path of assets) {
  if (!wasm.includes(Buffer.from(path))) {
    fail(`${path} is not the file the app asks for: the content changed between the app's build and this step; build again`);
  }
}
const bank = assets.find((p) => p.startsWith('content/bank-'));

// 2. index.html.
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Plain messages (`id = text`, with indented continuation lines; no
 *  placeable) of a language folder; the first definition wins, as in Fluent. */
function plainMessages(lang) {
  const messages = new Map();
  const folder = join(contentRoot, 'locales', lang);
  for (const file of listFiles(folder).filter((f) => f.endsWith('.ftl')).sort()) {
    const lines = readFileSync(join(folder, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const m = line.match(/^([a-z][a-z0-9-]*)\s*=\s*(.*)$/);
      if (!m || messages.has(m[1])) return;
      const parts = [m[2].trim()];
      for (let j = i + 1; j < lines.length && /^\s+\S/.test(lines[j]) && !/^\s+[.[*]/.test(lines[j]); j++) {
        parts.push(lines[j].trim());
      }
      const text = parts.filter(Boolean).join(' ');
      if (text && !text.includes('{')) messages.set(m[1], text);
    });
  }
  return messages;
}
const languages = readdirSync(join(contentRoot, 'locales'))
  .filter((l) => statSync(join(contentRoot, 'locales', l)).isDirectory())
  .sort((a, b) => (a !== REFERENCE_LANGUAGE) - (b !== REFERENCE_LANGUAGE) || a.localeCompare(b));
const welcome = languages.map((lang) => {
  const m = plainMessages(lang);
  const [title, lead] = ['welcome-title', 'welcome-lead'].map((id) => m.get(id) ?? fail(`locales/${lang} has no plain '${id}' message`));
  const direction = m.get('language-direction') === 'rtl' ? 'rtl' : 'ltr';
  return `<section class="boot-welcome" lang="${escape(lang)}" dir="${direction}">
          <h1>${escape(title)}</h1>
          <p class="lead">${escape(lead)}</p>
        </section>`;
}).join('\n        ');
// The bank is the same for everyone: a static link. The text is the one the
// app will ask for first (src/app.rs, initial_language; src/state/config.rs reads
// the query): the last `lang=` of the query, trimmed, in any case, if it is
// a language of this build; else, for a fiche (`code=`), the first of the
// browser's languages the build has; else the reference language. A tiny
// inline script picks it (the CSP hashes it).
const texts = Object.fromEntries(assets
  .map((p) => [p.match(/^content\/([a-z][a-z0-9-]*)-[0-9a-f]+\.ftl$/)?.[1], p])
  .filter(([lang]) => lang));
if (!texts[REFERENCE_LANGUAGE]) fail(`repere web-assets wrote no ${REFERENCE_LANGUAGE} text`);
const preloadText = `(function () {
      var texts = ${JSON.stringify(texts).replace(/</g, '\\u003c')};
      var has = function (l) { return Object.prototype.hasOwnProperty.call(texts, l); };
      var last = Object.create(null);
      location.search.replace(/^\\?/, '').split('&').forEach(function (pair) {
        if (!pair) return;
        var at = pair.indexOf('=');
        last[at < 0 ? pair : pair.slice(0, at)] = at < 0 ? '' : pair.slice(at + 1).trim();
      });
      var lang = has(String(last.lang).toLowerCase()) ? String(last.lang).toLowerCase() : null;
      if (!lang && 'code' in last) {
        lang = (navigator.languages || []).map(function (l) { return l.split('-')[0].toLowerCase(); }).filter(has)[0] || null;
      }
      var link = document.createElement('link');
      link.rel = 'preload'; link.as = 'fetch'; link.crossOrigin = 'anonymous';
      link.href = texts[lang || ${JSON.stringify(REFERENCE_LANGUAGE)}];
      document.head.appendChild(link);
    })();`;
const preload = `<link rel="preload" href="${escape(bank)}" as="fetch" crossorigin="anonymous" />
    <script>${preloadText}</script>`;
const indexFile = join(dir, 'index.html');
let html = readFileSync(indexFile, 'utf8');
for (const [marker, text] of [['welcome', welcome], ['preload', preload]]) {
  const re = new RegExp(`<!-- repere:${marker}\\b[\\s\\S]*?-->`);
  if (!re.test(html)) fail(`index.html has no <!-- repere:${marker} --> marker`);
  html = html.replace(re, text);
}
writeFileSync(indexFile, html);

// 3. Content-Security-Policy.
writeCsp(dir);

// 4. sw.js.
function listFiles(root) {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true })
    .filter((f) => statSync(join(root, f)).isFile())
    .map((f) => f.split(sep).join('/'));
}
const NOT_PRECACHED = new Set(['sw.js', 'sw-kill.js', 'csp-policy.txt']);
const files = listFiles(dir).filter((f) => !NOT_PRECACHED.has(f) && !f.startsWith('.')).sort();
const version = createHash('sha256');
for (const f of files) version.update(`${f}\0`).update(readFileSync(join(dir, f)));
const swFile = join(dir, 'sw.js');
let sw = readFileSync(swFile, 'utf8');
const replaced = sw
  .replace(/^const VERSION = .*\/\/ repere:version$/m, `const VERSION = '${version.digest('hex').slice(0, 16)}';`)
  .replace(/^const PRECACHE = .*\/\/ repere:precache$/m, `const PRECACHE = ${JSON.stringify(files)};`);
if (replaced === sw || !replaced.includes('const PRECACHE = [') || /repere:(version|precache)/.test(replaced)) {
  fail('sw.js has lost its "// repere:version" or "// repere:precache" line');
}
writeFileSync(swFile, replaced);
const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
console.log(`post-build.mjs: ${assets.length} content files, welcome in ${languages.join('+')}, service worker precaching ${files.length} files (${Math.round(bytes / 1024)} KB)`);
