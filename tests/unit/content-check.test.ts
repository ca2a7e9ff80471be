import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeIds } from '../../src/config/locales.ts';
import { checkArticles, type CheckOptions } from '../../src/lib/check/index.ts';
import { siteCheckOptions } from '../../src/lib/check/options.ts';
import { parseArticle } from '../../src/readers/docs.ts';

const run = promisify(execFile);
const fixtures = 'tests/fixtures/content';

/** Runs `npm run check` on a fixture tree; resolves with its exit code and output. */
async function check(fixture: string) {
  try {
    const { stdout } = await run(process.execPath, ['scripts/check.ts', '--content', `${fixtures}/${fixture}`]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

// Each runs the command as a writer does, in its own process: slow on a busy machine.
describe('npm run check on fixtures', { timeout: 60_000 }, () => {
  it('passes valid content', async () => {
    const { code, output } = await check('valid');
    expect(output).toContain('✓ check: 4 articles');
    expect(code).toBe(0);
  });

  it('accepts an original not translated yet: its page falls back to it', async () => {
    expect((await check('missing-translation')).code).toBe(0);
  });

  it.each([
    ['missing-title', 'get-help/no-title.mdx', 'title', 'add a `title:`'],
    ['missing-description', 'get-help/no-description.mdx', 'description', 'add a one-sentence `description:`'],
    [
      'unknown-category',
      'get-help/bad-category.mdx:4',
      'category',
      '"depositz" is not a category; set `category:` to one of: get-help',
    ],
    ['keywords-not-list', 'get-help/keywords.mdx:5', 'keywords', 'write `keywords:` as a YAML list'],
    ['broken-link', 'get-help/links.mdx:12', 'link', '"../no-such-page/" leads to /'],
    ['too-few-keywords', 'get-help/short.mdx:5', 'keywords', 'list at least 3 phrases in `keywords:`'],
    [
      'absolute-link',
      'get-help/rooted.mdx:12',
      'link',
      '/get-help/other/" starts at the site root and breaks under a sub-path',
    ],
    ['english-in-chinese', 'get-help/mixed.mdx:12', 'body', 'English text "withdrawal is still pending" in a '],
  ])('%s fails with the file, the field and the fix', async (fixture, file, field, fix) => {
    const { code, output } = await check(fixture);
    expect(code).toBe(1);
    // Fixture trees are in the default locale's folder and another's; the file is named with its folder.
    expect(output).toMatch(new RegExp(`${fixtures}/${fixture}/[a-z-]+/${file.replace('.', '\\.')}`));
    expect(output).toContain(`✗ ${field}: `);
    expect(output).toContain(fix);
    expect(output).toMatch(/✗ check: 1 problem\(s\)/);
  });
});

/** A locale other than the default one, to write translations in. */
const other = localeIds.find((id) => id !== defaultLocale) ?? defaultLocale;
const options: CheckOptions = {
  locales: localeIds,
  defaultLocale,
  categories: ['get-help', 'safety'],
  pages: localeIds.flatMap((id) => [`/${id}/`, `/${id}/contact/`]),
};
/** The check over article files: what the docs reader finds in each, then the rules across them. */
async function checkContent(files: readonly { path: string; source: string }[], with_: CheckOptions) {
  const articles = files.map(({ path, source }) => parseArticle(source, path));
  return [...articles.flatMap((article) => article.problems), ...(await checkArticles(articles, with_))];
}
const article = (fields: string, body = '') => `---\n${fields}\n---\n${body}`;
const good = 'title: T\ndescription: D\ncategory: get-help\nkeywords: [k1, k2, k3]\nupdated: 2026-01-01';

describe('contact details in an article body', { timeout: 30_000 }, () => {
  it('flags a phone number, an email address, a web address and a domain name, each with its fix', async () => {
    const { code, output } = await check('contact-details');
    expect(code).toBe(1);
    expect(output).toContain(`${fixtures}/contact-details/${defaultLocale}/get-help/contact.mdx:14`);
    expect(output).toContain('✗ body: phone number "+1 (855) 555-0100" written in the text; never print a number');
    expect(output).toContain(
      '✗ body: email address "help@example-exchange.com" written in the text; link the contact page',
    );
    expect(output).toContain('✗ body: web address "https://example-exchange.com/help" written in the text');
    expect(output).toContain(`${fixtures}/contact-details/${defaultLocale}/get-help/contact.mdx:17`);
    expect(output).toContain('✗ body: domain name "support.platform-name.com" written in the text');
    expect(output).not.toContain('lookalike.example');
    expect(output).not.toContain('2026-11-23');
    expect(output).toMatch(/✗ check: 4 problem\(s\)/);
  });
});

describe('siteCheckOptions', () => {
  it('allows each platform name and alias in another script, and as written in place of a domain', () => {
    const site = siteCheckOptions([{ id: 'htx', name: 'HTX', aliases: ['Huobi', '火币'] }]);
    expect(site.allowedLatin).toEqual(expect.arrayContaining(['HTX', 'Huobi']));
    expect(site.platformNames).toEqual(['HTX', 'Huobi', '火币']);
  });
});

describe('checkContent', () => {
  it('reads a platform name written like a domain (Crypto.com) as a name, and the same in lower case as an address', async () => {
    const body = '\nCrypto.com and Gate.io answer in their apps; crypto.com is an address.\n';
    const problems = await checkContent([{ path: `${defaultLocale}/get-help/a.mdx`, source: article(good, body) }], {
      ...options,
      platformNames: ['Crypto.com', 'Gate.io'],
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('domain name "crypto.com" written in the text'),
    ]);
  });

  it('flags a category that does not match the folder', async () => {
    const problems = await checkContent(
      [
        { path: `${defaultLocale}/get-help/a.mdx`, source: article(good.replace('get-help', 'safety')) },
        { path: `${other}/get-help/a.mdx`, source: article(good) },
      ],
      options,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('in the "get-help" folder but says `category: safety`');
  });

  it('flags a translation without an original', async () => {
    const problems = await checkContent([{ path: `${other}/get-help/a.mdx`, source: article(good) }], options);
    expect(problems.map(({ field }) => field)).toEqual(['path']);
    expect(problems[0]?.message).toContain(`no ${defaultLocale} original`);
  });

  it('flags files outside <locale>/<category>/<slug>.mdx and unknown locales', async () => {
    const problems = await checkContent(
      [
        { path: `${defaultLocale}/a.mdx`, source: article(good) },
        { path: 'xx-none/get-help/a.mdx', source: article(good) },
      ],
      options,
    );
    expect(problems.map(({ message }) => message).join('\n')).toMatch(
      /move the file there[\s\S]*"xx-none" is not a locale/,
    );
  });

  it('reports malformed YAML and missing frontmatter', async () => {
    const problems = await checkContent(
      [
        { path: `${defaultLocale}/get-help/a.mdx`, source: '---\ntitle: [oops\n---\n' },
        { path: `${defaultLocale}/get-help/b.mdx`, source: 'No frontmatter' },
      ],
      options,
    );
    expect(problems.map(({ field }) => field)).toEqual(['frontmatter', 'frontmatter']);
  });

  it('rejects links outside the site', async () => {
    const problems = await checkContent(
      [
        { path: `${defaultLocale}/get-help/a.mdx`, source: article(good, '[d](https://example.org/x)') },
        { path: `${other}/get-help/a.mdx`, source: article(good) },
      ],
      options,
    );
    expect(problems.map(({ field, message }) => `${field}: ${message}`)).toEqual([
      'link: "https://example.org/x" links outside the site; articles link only to Signpost pages (platform addresses come from content/platforms/)',
    ]);
  });

  it('ignores code, imports and component tags when linting prose, but not the contact details in code', async () => {
    const body =
      "import { NeverAsks } from '~/components';\n\n<NeverAsks />\n\n```\nCall +1 855 555 0100\n```\n\nUse `https://platform.example/` as the pattern.";
    const problems = await checkContent(
      [
        { path: `${defaultLocale}/get-help/a.mdx`, source: article(good, body) },
        {
          path: `${other}/get-help/a.mdx`,
          source: article(good, '把 UID 和 TxID 发给客服，在 App 里操作：\n\n```\nWithdrawal is still pending\n```'),
        },
      ],
      { ...options, nonLatinLocales: { [other]: 'Chinese' }, allowedLatin: ['UID', 'TxID', 'App'] },
    );
    expect(problems.map(({ line, message }) => `${line}: ${message.split(';')[0] ?? ''}`)).toEqual([
      '13: phone number "+1 855 555 0100" written in the text',
    ]);
  });

  it('accepts relative links that resolve, and fragments', async () => {
    const body = '[a](../b/) [c](../../contact/) [e](#_top) <a href="../../contact/">f</a>';
    const problems = await checkContent(
      [
        { path: `${defaultLocale}/get-help/a.mdx`, source: article(good, body) },
        { path: `${defaultLocale}/get-help/b.mdx`, source: article(good) },
        { path: `${other}/get-help/a.mdx`, source: article(good) },
        { path: `${other}/get-help/b.mdx`, source: article(good) },
      ],
      options,
    );
    expect(problems).toEqual([]);
  });

  it('rejects a description over 160 characters', async () => {
    const long = article(good.replace('description: D', `description: ${'x'.repeat(161)}`));
    const problems = await checkContent(
      [
        { path: `${defaultLocale}/get-help/a.mdx`, source: long },
        { path: `${other}/get-help/a.mdx`, source: article(good) },
      ],
      options,
    );
    expect(problems.map(({ field }) => field)).toEqual(['description']);
    expect(problems[0]?.message).toContain('under 160');
  });
});
