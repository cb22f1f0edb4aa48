// Repère's service worker: after a first visit, the app starts and runs a
// whole diagnostic with no network. It only ever stores the app's own files
// (the list below, written by scripts/post-build.mjs: every file of the
// build, by its hashed name) and a copy of the venue's offers file the app
// uses (same origin, public, nothing about a person); never a request about
// a person, never a page address with its parameters, never a file from
// another origin.
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
    const cached = (await (await caches.open(CACHE)).match(key, { ignoreSearch: isPage }))
      ?? (await caches.match(key, { ignoreSearch: isPage }));
    return cached ?? fetch(request);
  })());
});

// A venue's offers file: the network first, so that the venue's latest
// offers are shown; a copy (the file only, no parameters; one file, the
// latest used) is kept for when the network is gone or too slow. A file the
// server says is gone is forgotten. Redirects are never followed (the app
// refuses them too): a file that now redirects is neither served nor kept.
// Whatever the storage does (full, unavailable), the network's answer goes
// to the page.
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

async function keptVenueFile(key) {
  try {
    return await (await caches.open(VENUE_CACHE)).match(key);
  } catch {
    return undefined;
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
    if (body.byteLength > VENUE_FILE_MAX_BYTES) return;
    for (const old of await cache.keys()) {
      if (old.url !== key) await cache.delete(old);
    }
    await cache.put(key, new Response(body, { headers: { 'Content-Type': response.headers.get('Content-Type') ?? 'application/json' } }));
  } catch {
    // Storage full or unavailable: the file is simply not kept.
  }
}
