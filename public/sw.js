// Clusnet Explorer's service worker: after the first visit the page opens without a network.
// The build replaces the manifest line below with the hashed files of that build (vite.config.ts,
// offlinePrecache), so each build gets its own cache and old ones are dropped on activation.
// URLs are relative to this file, so the app works offline from any sub-path.
const PRECACHE_MANIFEST = { version: 'development', files: [] };

const CACHE = `clusnet-${PRECACHE_MANIFEST.version}`;
const scope = new URL('./', self.location.href);
const INDEX = new URL('./index.html', scope).href;

self.addEventListener('install', (event) => {
  const urls = ['./', ...PRECACHE_MANIFEST.files].map((file) => new URL(file, scope).href);
  // No skipWaiting: a new version takes over once every tab of the old one is closed, so an open
  // page never loses the cached files it was built with.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith('clusnet-') && key !== CACHE).map((key) => caches.delete(key))),
      ),
  );
});

/** Pages: the network first (so a new version shows when online), the cached page when offline. */
async function page(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = (await caches.match(request, { ignoreSearch: true })) ?? (await caches.match(INDEX));
    if (cached) return cached;
    throw error;
  }
}

/** Built files have content hashes in their names: the cached copy is always the right one. */
async function asset(request) {
  return (await caches.match(request)) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope.href)) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : asset(request));
});
