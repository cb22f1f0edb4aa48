// Trunk post_build hook: puts a strict Content-Security-Policy <meta> tag in
// the built index.html, with the sha256 of every inline script Trunk wrote
// (its loader changes with each build's file hashes, so the hash is computed
// here, after the build). Also writes csp-policy.txt next to index.html: the
// same policy, for hosts that send it as an HTTP header (docs/hosting.md adds
// the header-only directives, frame-ancestors among them).
//
// Usage: node scripts/csp.mjs [DIR]  (DIR defaults to $TRUNK_STAGING_DIR).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp.mjs: give the build directory, or run as a Trunk hook');
  process.exit(2);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

// Inline scripts: <script …> without src=. The hash covers the exact text
// between the tags, as the browser hashes it.
const hashes = [];
for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (/\bsrc\s*=/i.test(attrs)) continue;
  hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
// The policy only covers what follows it: put it right after <meta charset>.
const charset = html.match(/<meta charset[^>]*>/i);
if (!charset) {
  console.error(`csp.mjs: ${file} has no <meta charset>; cannot place the policy before the scripts`);
  process.exit(1);
}
const at = charset.index + charset[0].length;
html = `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
const firstScript = html.search(/<script\b/i);
if (firstScript >= 0 && html.indexOf(meta) > firstScript) {
  console.error(`csp.mjs: a script comes before the policy in ${file}`);
  process.exit(1);
}
writeFileSync(file, html);
writeFileSync(join(dir, 'csp-policy.txt'), `${policy}\n`);
console.log(`csp.mjs: policy with ${hashes.length} inline script hash${hashes.length === 1 ? '' : 'es'} written to ${file}`);
