{% autoescape off %}/* Tadamon's service worker (docs/offline.md), shell {{ version }}.
 * Workbox's modules come from our static files (make sw), never from a CDN.
 * - The shell (stylesheet, scripts, icons) is kept at install, each file by its content hash.
 * - Field pages (the day's list, a register, check-in, a visit, a diagnosis) and public pages: the
 *   network first, the kept copy when the network is down or too slow. Only whole pages are kept,
 *   never a redirect to the sign-in page. Other back-office pages are never kept: offline, they show
 *   the offline page of their language.
 * - What was done offline waits in IndexedDB (queue.js); Background Sync sends it when the
 *   connection returns, as the pages do on their own when they are open. */
importScripts(...{{ scripts }});

const {registerRoute, setCatchHandler} = workbox.routing;
const {NetworkFirst, NetworkOnly, StaleWhileRevalidate} = workbox.strategies;
const {ExpirationPlugin} = workbox.expiration;
const {precacheAndRoute, cleanupOutdatedCaches} = workbox.precaching;

const LANGUAGES = {{ languages }};
const STATIC_URL = {{ static_url }};
const LANGUAGE_PREFIX = new RegExp("^/(" + LANGUAGES.join("|") + ")/");
const FIELD_PAGE = /^\/[a-z]{2,3}\/manage\/field\/(?!actions)/;
const PUBLIC_PAGE = /^\/[a-z]{2,3}\/(|organizations\/(\d+\/)?|products\/(\d+\/)?|awards\/.*|events\/(calendar\/|\d+\/)?|dashboard\/.*|open-data\/(pivot\/|catalogue\/)?|certificates\/|offline\/)$/;
const {SHELL, FIELD, PUBLIC} = TadamonQueue.CACHES;

workbox.core.setCacheNameDetails({prefix: "tadamon"});
self.skipWaiting();
workbox.core.clientsClaim();
precacheAndRoute({{ precache }});
cleanupOutdatedCaches();

const wholePages = {
  cacheWillUpdate: async ({response}) => (response && response.status === 200 && !response.redirected ? response : null),
};

registerRoute(({request, url}) => request.mode === "navigate" && FIELD_PAGE.test(url.pathname),
  new NetworkFirst({cacheName: FIELD, networkTimeoutSeconds: 6, plugins: [wholePages]}));
registerRoute(({request, url}) => request.mode === "navigate" && PUBLIC_PAGE.test(url.pathname),
  new NetworkFirst({cacheName: PUBLIC, networkTimeoutSeconds: 6,
                    plugins: [wholePages, new ExpirationPlugin({maxEntries: 80, maxAgeSeconds: 7 * 24 * 3600})]}));
registerRoute(({request}) => request.mode === "navigate", new NetworkOnly());
registerRoute(({url}) => url.origin === self.location.origin && url.pathname.startsWith(STATIC_URL),
  new StaleWhileRevalidate({cacheName: "tadamon-static", plugins: [new ExpirationPlugin({maxEntries: 150})]}));

// A page that was never kept on this device: the offline page of its language.
setCatchHandler(async ({request, url}) => {
  if (request.mode !== "navigate") return Response.error();
  const match = LANGUAGE_PREFIX.exec(url.pathname);
  const page = await caches.match(`/${match ? match[1] : LANGUAGES[0]}/offline/`, {cacheName: SHELL});
  return page || Response.error();
});

self.addEventListener("install", (event) => {
  // The offline page of each language, drawn for nobody in particular (no cookies).
  event.waitUntil(caches.open(SHELL).then((cache) => Promise.all(LANGUAGES.map((language) =>
    cache.add(new Request(`/${language}/offline/`, {cache: "reload", credentials: "omit"})).catch(() => null)))));
});

async function replayOrRetry() {
  const outcome = await TadamonQueue.replay();
  if (outcome.status === "unreachable") throw new Error("offline"); // Background Sync tries again later
}

self.addEventListener("sync", (event) => {
  if (event.tag === TadamonQueue.SYNC_TAG) event.waitUntil(replayOrRetry());
});
{% endautoescape %}
