/** /<locale>/what-happened/: every answer leads to a step of the page, every outcome to pages that exist, in every locale. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeIds } from '../../src/config/locales.ts';
import { loadWhatHappened } from '../../src/readers/journeys-fs.ts';
import { distDir, readPage, requireBuild } from '../helpers/site.ts';

beforeAll(() => {
  requireBuild();
});

const tree = loadWhatHappened();

/** Where a link of `page` leads: a site path and its fragment, or `undefined` when it leaves the site. */
function target(page: string, href: string): { path: string; hash: string } | undefined {
  const url = new URL(href, `https://site.test${page}`);
  return url.host === 'site.test' ? { path: url.pathname, hash: url.hash.slice(1) } : undefined;
}

describe.each(localeIds)('/%s/what-happened/', (locale) => {
  const path = `/${locale}/what-happened/`;

  it('has a step for every question and outcome, the start first, each answer a link to another step', () => {
    const doc = readPage(path);
    const steps = [...doc.querySelectorAll('.steps > .step')].map((step) => step.id);
    expect(steps[0]).toBe(tree.start);
    expect(steps.sort()).toEqual([...tree.questions, ...tree.outcomes].map(({ id }) => id).sort());
    for (const question of tree.questions) {
      const links = [...doc.querySelectorAll(`#${question.id} .answers a`)].map((a) => a.getAttribute('href'));
      expect(links).toEqual(question.answers.map(({ next }) => `#${next}`));
      for (const { next } of question.answers) expect(doc.getElementById(next)?.matches('.step'), next).toBe(true);
    }
  });

  it('ends every outcome at pages that exist in this locale: the article, the channels, the reporting routes', () => {
    const doc = readPage(path);
    for (const outcome of tree.outcomes) {
      const section = doc.getElementById(outcome.id);
      const links = [...(section?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
      const read = section?.querySelector('.read-now a')?.getAttribute('href');
      expect(read, outcome.id).toBe(`/${locale}/${outcome.article}/`);
      if (outcome.platforms) expect(section?.querySelectorAll('[data-choices="platforms"] a').length).toBeGreaterThan(5);
      else expect(section?.querySelector('[data-choices="platforms"]'), outcome.id).toBeNull();
      if (outcome.report) expect(section?.querySelectorAll('[data-choices="countries"] a').length).toBeGreaterThan(10);
      else expect(section?.querySelector('[data-choices="countries"]'), outcome.id).toBeNull();
      for (const href of links) {
        const to = target(path, href);
        expect(to, `${outcome.id}: ${href} leaves the site`).toBeDefined();
        if (!to) continue;
        expect(to.path.startsWith(`/${locale}/`), `${outcome.id}: ${href} is in another locale`).toBe(true);
        const file = join(distDir, to.path, 'index.html');
        expect(existsSync(file), `${outcome.id}: ${href} is not a built page`).toBe(true);
        if (to.hash) expect(readPage(to.path).getElementById(to.hash), `${outcome.id}: ${href}`).not.toBeNull();
      }
    }
  });

  it('is linked from the home page’s urgent box and the search page’s suggestions', () => {
    expect(readPage(`/${locale}/`).querySelector(`.urgent-box a[href="${path}"]`)).not.toBeNull();
    expect(readPage(`/${locale}/search/`).querySelector(`[data-search-suggestions] a[href="${path}"]`)).not.toBeNull();
  });
});
