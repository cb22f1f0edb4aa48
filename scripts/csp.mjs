// Trunk post_build hook: puts a strict Content-Security-Policy <meta> tag in
// the built index.html, with the sha256 of every inline script Trunk wrote
// (its loader changes with each build's file hashes, so the hash is computed
// here, after the build). Also writes csp-policy.txt next to index.html: the
// same policy, for hosts that send it as an HTTP header (docs/hosting.md adds
// the header-only directives, frame-ancestors among them).
//
// Called by scripts/post-build.mjs (last, once index.html is final), or
// alone: node scripts/csp.mjs DIR.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Put the policy in DIR/index.html and DIR/csp-policy.txt; throws on a misplaced script. */
export function writeCsp(dir) {
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
  if (!charset) throw new Error(`csp.mjs: ${file} has no <meta charset>; cannot place the policy before the scripts`);
  const at = charset.index + charset[0].length;
  html = `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
  const firstScript = html.search(/<script\b/i);
  if (firstScript >= 0 && html.indexOf(meta) > firstScript) throw new Error(`csp.mjs: a script comes before the policy in ${file}`);
  writeFileSync(file, html);
  writeFileSync(join(dir, 'csp-policy.txt'), `${policy}\n`);
  console.log(`csp.mjs: policy with ${hashes.length} inline script hash${hashes.length === 1 ? '' : 'es'} written to ${file}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv[2]) {
    console.error('usage: node scripts/csp.mjs DIR');
    process.exit(2);
  }
  writeCsp(process.argv[2]);
}
