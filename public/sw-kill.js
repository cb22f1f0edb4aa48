// Repère's kill switch. To retire Repère (or move it) from every browser that
// installed its service worker, serve THIS file's content at the address of
// sw.js (e.g. copy dist/sw-kill.js over dist/sw.js). At its next online
// start, the browser finds a new sw.js and installs it; it then deletes
// Repère's caches (every cache named repere-…), unregisters itself and
// reloads the open Repère pages, which now come from the server as it is.
// Serving sw.js with a 404 does NOT do this: a browser keeps the installed
// worker when its script is missing. See docs/hosting.md, "Retiring Repère".
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('repere-')).map((n) => caches.delete(n)));
    await self.registration.unregister();
    const pages = await self.clients.matchAll({ type: 'window' });
    await Promise.all(pages.map((page) => page.navigate(page.url).catch(() => {})));
  })());
});

// Until it is gone: never answer from a cache.
self.addEventListener('fetch', () => {});
