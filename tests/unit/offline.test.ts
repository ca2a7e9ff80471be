/** The offline kit's pure parts: what a page needs, and the service worker's source. */
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  pageAssets,
  scriptImports,
  serviceWorkerBudget,
  serviceWorkerSource,
  urgentLinks,
} from '../../src/lib/offline.ts';

describe('urgentLinks', () => {
  it('reads the links of the urgent box list only', () => {
    const html = `<a href="/en/x/">x</a><section class="urgent-box astro-1" aria-labelledby="u"><ul><li><a href="/en/a/b/">A</a></li>
      <li class="y"><a class="z" href="/en/c/d/">C</a></li></ul><p><a href="/en/what-happened/">W</a></p></section><li><a href="/en/e/">e</a></li>`;
    expect(urgentLinks(html)).toEqual(['/en/a/b/', '/en/c/d/']);
  });
});

describe('pageAssets', () => {
  it('keeps the files of the site a page loads, not pages, other sites or other bases', () => {
    const html = `<link rel="stylesheet" href="/help/_astro/a.css"><script type="module" src="/help/_astro/b.js"></script>
      <link rel="icon" href="/help/favicon.svg"><a href="/help/en/contact/">c</a><script src="https://cdn.example/x.js"></script>
      <link href="/other/_astro/c.css"><link rel="sitemap" href="/help/sitemap-index.xml">`;
    expect(pageAssets(html, '/help/')).toEqual(['/help/_astro/a.css', '/help/_astro/b.js', '/help/favicon.svg']);
  });
});

describe('scriptImports', () => {
  it('finds static and dynamic imports beside the script, in any quotes', () => {
    const js =
      'import{t as e}from"./preload-helper.A.js";e(()=>import(`./engine.B.js`),[]);import "./c.C.js";x.from("y")';
    expect(scriptImports(js, '/_astro/page.js')).toEqual([
      '/_astro/preload-helper.A.js',
      '/_astro/engine.B.js',
      '/_astro/c.C.js',
    ]);
  });
});

describe('serviceWorkerSource', () => {
  const kits = { en: ['/en/', '/en/offline/', '/_astro/a.css'], 'zh-cn': ['/zh-cn/', '/zh-cn/offline/'] };
  const source = serviceWorkerSource('abc123', '/', kits);

  it(`is valid JavaScript within ${serviceWorkerBudget} B gzip, naming caches by version and locale`, () => {
    expect(() => new Script(source)).not.toThrow();
    expect(gzipSync(source).length).toBeLessThanOrEqual(serviceWorkerBudget);
    expect(source).toContain('"signpost-abc123-"');
    expect(source).toContain(JSON.stringify(kits));
  });

  it('asks nothing of another origin', () => {
    expect(source).not.toMatch(/https?:\/\//);
    expect(source).toContain('self.location.origin');
  });
});
