/** The readers of `content/`: each source parsed purely, read from disk once, every problem with its file, line and fix. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLocale, localeIds } from '../../src/config/locales.ts';
import { parseArticle, splitFrontmatter } from '../../src/readers/docs.ts';
import { readUiStrings } from '../../src/readers/i18n-fs.ts';
import { parsePlan, writtenArticles } from '../../src/readers/plan.ts';
import { readPlan } from '../../src/readers/plan-fs.ts';
import { readCounts } from '../../src/readers/reads.ts';
import { readSearchDictionaries } from '../../src/readers/search-fs.ts';
import { loadSiteContent, siteContent } from '../../src/readers/site-fs.ts';

const temp = mkdtempSync(join(tmpdir(), 'signpost-readers-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

const good = 'title: T\ndescription: D\ncategory: fees\nkeywords: [k1, k2, k3]\nupdated: 2026-01-01';
const other = localeIds.find((id) => id !== defaultLocale) ?? defaultLocale;

describe('splitFrontmatter', () => {
  it('parses the YAML block and returns the body with its first line', () => {
    const { data, body, bodyLine } = splitFrontmatter('---\ntitle: Hi\nkeywords:\n  - a\n---\n\nText\n');
    expect(data).toEqual({ title: 'Hi', keywords: ['a'] });
    expect(body).toBe('\nText\n');
    expect(bodyLine).toBe(6);
  });
  it('reads dates as dates, as Astro does', () => {
    expect(splitFrontmatter('---\nupdated: 2026-11-23\n---\n').data?.['updated']).toEqual(new Date('2026-11-23'));
  });
  it('returns no data for a file without frontmatter, and treats a scalar one as empty', () => {
    expect(splitFrontmatter('# Title\n').data).toBeUndefined();
    expect(splitFrontmatter('---\njust text\n---\n').data).toEqual({});
  });
  it('throws on malformed YAML', () => {
    expect(() => splitFrontmatter('---\ntitle: [unclosed\n---\n')).toThrow();
  });
});

describe('parseArticle', () => {
  it('gives the place, the id, the validated data and the sidebar order of a good article', () => {
    const article = parseArticle(`---\n${good}\nsidebar:\n  order: 3\n---\nBody\n`, `${defaultLocale}/fees/x.mdx`);
    expect(article).toMatchObject({
      id: `${defaultLocale}/fees/x`,
      file: `content/docs/${defaultLocale}/fees/x.mdx`,
      locale: defaultLocale,
      category: 'fees',
      slug: 'x',
      order: 3,
      body: 'Body\n',
      bodyLine: 10,
      problems: [],
    });
    expect(article.data?.keywords).toEqual(['k1', 'k2', 'k3']);
  });

  it('names the line of the field that is wrong, the key rather than its value', () => {
    const text = `---\ntitle: T\ndescription: D\ncategory: fees\nkeywords:\n  - one\nupdated: 2026-01-01\n---\n`;
    const { problems, data } = parseArticle(text, `${defaultLocale}/fees/x.mdx`, 'docs/');
    expect(data).toBeUndefined();
    expect(problems).toEqual([
      {
        file: `docs/${defaultLocale}/fees/x.mdx`,
        line: 5,
        field: 'keywords',
        message: expect.stringContaining('at least 3 phrases') as string,
      },
    ]);
  });

  it.each([
    ['a.mdx', good, 'path', 'move the file there'],
    ['xx-none/fees/a.mdx', good, 'path', '"xx-none" is not a locale'],
    [`${defaultLocale}/feez/a.mdx`, good, 'path', '"feez" is not a category folder'],
    [`${defaultLocale}/safety/a.mdx`, good, 'category', 'in the "safety" folder but says `category: fees`'],
    [`${defaultLocale}/fees/a.mdx`, 'title: [oops', 'frontmatter', 'malformed'],
  ])('reports %s: %s', (path, fields, field, message) => {
    const { problems } = parseArticle(`---\n${fields}\n---\n`, path);
    expect(problems.map((problem) => problem.field)).toContain(field);
    expect(problems.map((problem) => problem.message).join('\n')).toContain(message);
  });

  it('reports a file without frontmatter on its first line', () => {
    expect(parseArticle('No frontmatter', `${defaultLocale}/fees/a.mdx`).problems).toEqual([
      expect.objectContaining({ line: 1, field: 'frontmatter' }),
    ]);
  });
});

describe('readUiStrings', () => {
  it('reports a locale without a file, an invalid one and a file of no locale, and keeps the good ones', () => {
    const dir = join(temp, 'i18n');
    mkdirSync(dir);
    writeFileSync(join(dir, `${defaultLocale}.json`), '{ "site.title": "x" }');
    writeFileSync(join(dir, 'xx-none.json'), '{}');
    const { value, problems } = readUiStrings(pathToFileURL(`${dir}/`));
    expect(value.size).toBe(0);
    const files = problems.map((problem) => problem.file);
    expect(files).toContain(`content/i18n/${defaultLocale}.json`);
    expect(files).toContain('content/i18n/xx-none.json');
    if (other !== defaultLocale) {
      expect(problems.find((problem) => problem.file === `content/i18n/${other}.json`)?.message).toMatch(
        new RegExp(`cannot read the UI strings.*Copy content/i18n/${defaultLocale}\\.json`),
      );
    }
  });
});

describe('readSearchDictionaries', () => {
  it('reports a missing dictionary with what to copy, and the line of a wrong group', () => {
    const dir = join(temp, 'search');
    mkdirSync(dir);
    writeFileSync(join(dir, `synonyms.${defaultLocale}.yaml`), 'groups:\n  - [one]\n');
    const { problems } = readSearchDictionaries(pathToFileURL(`${dir}/`));
    expect(problems[0]).toMatchObject({ file: `content/search/synonyms.${defaultLocale}.yaml`, line: 2 });
    if (other !== defaultLocale) {
      expect(problems.find((problem) => problem.file.includes(`.${other}.`))?.message).toContain(
        `Copy content/search/synonyms.${defaultLocale}.yaml`,
      );
    }
  });
});

describe('the content plan', () => {
  it('lists written articles by category and planned ones apart', () => {
    const plan = parsePlan('fees:\n  - trading-fees\nplanned:\n  - fees/card-fees\n', 'plan.yaml');
    expect(writtenArticles(plan)).toEqual(['fees/trading-fees']);
    expect(plan.planned).toEqual(['fees/card-fees']);
  });
  it('refuses a key that is no category, with the fix', () => {
    expect(() => parsePlan('feez:\n  - x\n', 'plan.yaml')).toThrow(/feez is not a category/);
  });
  it('reads the project’s plan', () => {
    const { value, problems } = readPlan();
    expect(problems).toEqual([]);
    expect(writtenArticles(value ?? parsePlan('{}', 'x')).length).toBeGreaterThan(0);
  });
});

describe('loadSiteContent', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));

  it('reads every source once, and gives the same content to whoever asks next in the process', () => {
    const before = readCounts();
    const content = loadSiteContent(root);
    const after = readCounts();
    for (const source of [
      'docs',
      'i18n',
      'platforms',
      'changes',
      'search',
      'reporting',
      'journeys',
      'checker',
      'plan',
    ]) {
      expect((after.get(source) ?? 0) - (before.get(source) ?? 0), source).toBe(1);
    }
    expect(siteContent(`${root}/`)).toBe(content);
    expect(readCounts()).toEqual(after);
    expect(content.problems).toEqual([]);
    expect(content.ui.size).toBe(localeIds.length);
  });

  it('knows which pages fall back to the default locale', () => {
    const content = siteContent(root);
    const written = new Set(content.docs.map((article) => article.id));
    for (const path of content.fallbacks) {
      const [, locale = '', category = '', slug = ''] = path.split('/');
      expect(written.has(`${locale}/${category}/${slug}`)).toBe(false);
      expect(written.has(`${defaultLocale}/${category}/${slug}`)).toBe(true);
    }
  });
});
