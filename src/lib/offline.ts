/**
 * The offline emergency kit (pure): which files each locale keeps, found in the built pages, and the
 * service worker that keeps them. After a first visit in a locale, its kit is cached: the home, the
 * urgent articles, the contact page, the checker (engine and data), report-a-scam, "What happened?"
 * and the offline page, with the styles and scripts they load. Offline, those open from the cache
 * and any other page of the locale shows its offline page. A new build is a new cache version; the
 * old caches are removed and the locales they held are cached again.
 */

/** Pages of every locale's kit besides the home and its urgent articles (site paths under the locale). */
export const kitPages = ['contact/', 'verify/', 'report-a-scam/', 'what-happened/', 'offline/'] as const;

/** Files a page needs that are not pages: the checker's strings beside it, the checker data at the root. */
export const kitData = (base: string, locale: string): string[] => [
  `${base}${locale}/verify/strings.json`,
  `${base}verify-data.json`,
];

/**
 * Pages that do not register the service worker themselves: their page-weight budgets (contact
 * 29 kB, checker 28 kB in zh-cn) had no room left for its line. They are in the kit all the same,
 * and a reader who opens any other page, or one of them after another, gets the kit.
 */
export const noKitRegistration = ['contact/', 'verify/'] as const;

/** The most the service worker's script may weigh, gzip. */
export const serviceWorkerBudget = 5 * 1024;

/** Site paths a page links in its urgent box (the home page's `.urgent-box` list). */
export function urgentLinks(homeHtml: string): string[] {
  const box = /<section[^>]*class="urgent-box[" ][\s\S]*?<\/section>/.exec(homeHtml)?.[0] ?? '';
  return [...box.matchAll(/<li[^>]*>\s*<a[^>]*href="([^"]+)"/g)].flatMap((match) => match[1] ?? []);
}

/** Same-site files (not pages) a page loads or links by `href`/`src`: styles, scripts, icons, fonts. */
export function pageAssets(html: string, base: string): string[] {
  const found = [...html.matchAll(/\s(?:href|src)="([^"#?]+)"/g)].flatMap((match) => match[1] ?? []);
  return found.filter(
    (url) => url.startsWith(base) && !url.startsWith('//') && /\.(?:css|js|svg|png|ico|webp|woff2?)$/i.test(url),
  );
}

/** Scripts a built script imports (`./chunk.js`, statically or dynamically), as paths beside `file`. */
export function scriptImports(js: string, file: string): string[] {
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  return [...js.matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].flatMap((match) =>
    match[1] ? [`${folder}${match[1].slice(2)}`] : [],
  );
}

/**
 * The service worker's source. `version` names this build's caches (`signpost-<version>-<locale>`);
 * `kits` lists each locale's files. Every request is answered from the network first, so online
 * readers always get the current site; offline, from the cache, and a page not in the kit gets the
 * locale's offline page.
 */
export function serviceWorkerSource(version: string, base: string, kits: Readonly<Record<string, string[]>>): string {
  return `/* Signpost's offline emergency kit (src/lib/offline.ts). Same origin only. */
const PREFIX = 'signpost-';
const VERSION = ${JSON.stringify(`signpost-${version}-`)};
const BASE = ${JSON.stringify(base)};
const KITS = ${JSON.stringify(kits)};

const localeOf = (url) => {
  const path = new URL(url).pathname;
  const first = path.startsWith(BASE) ? path.slice(BASE.length).split('/')[0] : '';
  return Object.prototype.hasOwnProperty.call(KITS, first) ? first : undefined;
};

// Caches a locale's kit once per build; a partial cache is filled again.
const keep = async (locale) => {
  if (!locale) return;
  const cache = await caches.open(VERSION + locale);
  if ((await cache.keys()).length >= KITS[locale].length) return;
  await cache.addAll(KITS[locale]);
};

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const locales = new Set();
      for (const name of await caches.keys()) {
        if (!name.startsWith(PREFIX) || name.startsWith(VERSION)) continue;
        for (const locale of Object.keys(KITS)) if (name.endsWith('-' + locale)) locales.add(locale);
        await caches.delete(name);
      }
      await self.clients.claim();
      for (const client of await self.clients.matchAll()) locales.add(localeOf(client.url));
      await Promise.all([...locales].filter((locale) => KITS[locale]).map(keep));
    })(),
  );
});

const fromCache = async (request) => {
  const hit = await caches.match(request, { ignoreSearch: true });
  if (hit || request.mode !== 'navigate') return hit || Response.error();
  const locale = localeOf(request.url);
  const names = (await caches.keys()).filter((name) => name.startsWith(VERSION));
  for (const name of names.sort((a) => (a === VERSION + locale ? -1 : 1))) {
    const page = await (await caches.open(name)).match(BASE + name.slice(VERSION.length) + '/offline/');
    if (page) return page;
  }
  return Response.error();
};

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.waitUntil(keep(localeOf(request.url)).catch(() => undefined));
  event.respondWith(fetch(request).catch(() => fromCache(request)));
});
`;
}
