// Repère's service worker: after a first visit, the app starts and runs a
// whole diagnostic with no network. It only ever stores the app's own files
// (the list below, written by scripts/post-build.mjs: every file of the
// build, by its hashed name) and a copy of the venue's offers file the app
// uses (same origin, public, nothing about a person); never a request about
// a person, never a page address with its parameters, never a file from
// another origin.
//
// The page follows the server: a navigation goes to the network first when
// online (NAVIGATION_NETWORK_MS at most), so a changed header (a partner
// removed from frame-ancestors, a new CSP) or a retired deployment applies at
// the next online load; the kept page only serves when the network fails,
// is too slow, or answers with a server error. To retire Repère from the
// browsers that have this worker, serve public/sw-kill.js as sw.js (see
// docs/hosting.md, "Retiring Repère").
//
// Updates: a new build changes VERSION, so the browser installs the new
// worker, which takes over at once (skipWaiting, clients.claim). The page does not reload in
// the middle of a session: it keeps the code it runs, and the files it may
// still ask for (another language, an image) are found in the previous
// version's cache, which is kept until the next update. The app reloads
// itself at its next start (the "Finish" of a kiosk session), see
// src/offline.rs.

const VERSION = 'unbuilt'; // repere:version
const PRECACHE = []; // repere:precache
const CACHE_PREFIX = 'repere-';
const CACHE = CACHE_PREFIX + VERSION;
// The venue files, kept across versions (a venue's offers are not the app's).
const VENUE_CACHE = CACHE_PREFIX + 'venue-files';
// What the app marks its venue-file requests with (src/fetch.rs), and the
// largest file it accepts.
const VENUE_FILE_HEADER = ['X-Repere-Request', 'venue-file'];
const VENUE_FILE_MAX_BYTES = 2 * 1024 * 1024;
// How long the network may take before the kept copy is used instead.
const VENUE_FILE_NETWORK_MS = 5000;
// Venue files kept, one per path, the least recently used forgotten first.
const VENUE_FILES_KEPT = 4;
// How long a navigation waits for the network before the kept page.
const NAVIGATION_NETWORK_MS = 3000;

// Requests for the app's page itself (with any ?mode=…&lang=… parameters).
const PAGE = 'index.html';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(PRECACHE.map(async (path) => {
      // Bypass the HTTP cache: the files must be this version's.
      const response = await fetch(new Request(path, { cache: 'reload' }));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      // A host that redirects (index.html → ./) gives a response a page load
      // may not use: keep its body and headers only.
      const kept = response.redirected
        ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers })
        : response;
      await cache.put(path, kept);
    }));
    await cache.put('created', new Response(String(Date.now())));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE && n !== VENUE_CACHE);
    // Keep the newest previous version (a page still running it may need its
    // files); remove the older ones.
    const previous = await newest(names);
    await Promise.all(names.filter((n) => n !== previous).map((n) => caches.delete(n)));
    // Serve a first visit's page too, so that it works offline from then on.
    await self.clients.claim();
  })());
});

// The most recently created cache among `names` (each remembers when it was
// filled in its own 'created' entry).
async function newest(names) {
  let best = null, bestTime = -1;
  for (const name of names) {
    const stamp = await (await caches.open(name)).match('created');
    const time = stamp ? Number(await stamp.text()) : 0;
    if (time > bestTime) { best = name; bestTime = time; }
  }
  return best;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  // Another origin: the network, untouched.
  if (url.origin !== scope.origin) return;
  // The venue's offers file (anywhere on this origin, as the app allows).
  if (request.headers.get(VENUE_FILE_HEADER[0]) === VENUE_FILE_HEADER[1]) {
    event.respondWith(venueFile(event, url));
    return;
  }
  // Outside the app: the network, untouched.
  if (!url.pathname.startsWith(scope.pathname)) return;
  const isPage = request.mode === 'navigate';
  const path = decodeURIComponent(url.pathname.slice(scope.pathname.length));
  if (isPage && path !== '' && path !== PAGE) return;
  event.respondWith((async () => {
    const key = isPage ? new URL(PAGE, scope).href : url.href;
    // This version's file, else the previous version's (a page still running
    // it asks for its own files), else the network — never stored.
    const kept = async () => (await (await caches.open(CACHE)).match(key, { ignoreSearch: isPage }))
      ?? (await caches.match(key, { ignoreSearch: isPage }));
    if (isPage) return page(request, kept);
    return (await kept()) ?? fetch(request);
  })());
});

// The app's page: the network's answer with the server's headers as they are
// now (a 404 of a retired deployment included), unless the network fails,
// takes longer than NAVIGATION_NETWORK_MS or answers 5xx: then the kept page.
async function page(request, kept) {
  const network = fetch(request);
  let response;
  try {
    response = await Promise.race([network, delay(NAVIGATION_NETWORK_MS)]);
  } catch {
    response = undefined;
  }
  if (response !== undefined && response.status < 500) return response;
  network.catch(() => {});
  return (await kept()) ?? network;
}

// A venue's offers file: the network first, so that the venue's latest
// offers are shown; a copy (the file only, no parameters) is kept per path,
// the VENUE_FILES_KEPT most recently used, for when the network is gone or
// too slow — and only an answer that is a venue file (JSON, an array or an
// object), so an HTML fallback page or another venue's file never evicts the
// kiosk's own. A file the server says is gone is forgotten. Redirects are
// never followed (the app refuses them too): a file that now redirects is
// neither served nor kept. Whatever the storage does (full, unavailable), the
// network's answer goes to the page.
async function venueFile(event, url) {
  const key = url.origin + url.pathname;
  const network = fetch(new Request(event.request, { redirect: 'manual' }));
  let response;
  try {
    response = await Promise.race([network, delay(VENUE_FILE_NETWORK_MS)]);
  } catch {
    return (await keptVenueFile(key)) ?? Response.error();
  }
  if (response === undefined) {
    // A slow network: the copy now if there is one (and the network's answer
    // for next time), else go on waiting (the page gives up after 10 s).
    const copy = await keptVenueFile(key);
    if (copy) {
      event.waitUntil(network.then((late) => keepOrForget(late, key), () => {}));
      return copy;
    }
    response = await network;
  }
  event.waitUntil(keepOrForget(response.clone(), key));
  return response.type === 'opaqueredirect' ? Response.error() : response;
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The kept copy of this path (marked as just used), if any.
async function keptVenueFile(key) {
  try {
    const cache = await caches.open(VENUE_CACHE);
    const copy = await cache.match(key);
    if (!copy) return undefined;
    const body = await copy.arrayBuffer();
    const type = copy.headers.get('Content-Type') ?? 'application/json';
    await remember(cache, key, body, type);
    return new Response(body, { headers: { 'Content-Type': type } });
  } catch {
    return undefined;
  }
}

// Put `key` last (most recently used) and forget the oldest beyond the limit
// (the Cache API lists its keys in the order they were put).
async function remember(cache, key, body, type) {
  await cache.delete(key);
  await cache.put(key, new Response(body, { headers: { 'Content-Type': type } }));
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - VENUE_FILES_KEPT))) await cache.delete(old);
}

// Whether a body is a venue file: JSON text of an array (the national list)
// or an object (the venue's configuration).
function isVenueFile(response, body) {
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) return false;
  try {
    const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    return value !== null && typeof value === 'object';
  } catch {
    return false;
  }
}

async function keepOrForget(response, key) {
  try {
    const cache = await caches.open(VENUE_CACHE);
    if (response.type === 'opaqueredirect' || response.status === 404 || response.status === 410) {
      await cache.delete(key);
      return;
    }
    if (!response.ok || response.type !== 'basic') return;
    if (Number(response.headers.get('Content-Length')) > VENUE_FILE_MAX_BYTES) return;
    const body = await response.arrayBuffer();
    if (body.byteLength > VENUE_FILE_MAX_BYTES || !isVenueFile(response, body)) return;
    await remember(cache, key, body, 'application/json');
  } catch {
    // Storage full or unavailable: the file is simply not kept.
  }
}
