/** Translation status: outdated translations from git history, missing articles, untranslated strings and platform texts. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  outdatedTranslations,
  platformTexts,
  statusTable,
  translationStatus,
  type LastChange,
} from '../../src/lib/translation-status.ts';
import { changeSince, readDocsHistory } from '../../src/readers/history-fs.ts';

/** Made-up locales: `aa` the default, `bb` and `cc` translations. */
const article = (locale: string, slug: string) => ({
  id: `${locale}/fees/${slug}`,
  locale,
  category: 'fees',
  slug,
  path: `${locale}/fees/${slug}.mdx`,
});
const at = (order: number): LastChange => ({ order, commit: `c${order}`, date: `2026-01-${10 - order}` });

describe('outdatedTranslations', () => {
  const articles = [article('aa', 'one'), article('bb', 'one'), article('aa', 'two'), article('bb', 'two')];

  it('calls a translation outdated when its original changed in a later commit, not in the same one', () => {
    const last = new Map([
      ['aa/fees/one.mdx', at(0)],
      ['bb/fees/one.mdx', at(3)],
      ['aa/fees/two.mdx', at(2)],
      ['bb/fees/two.mdx', at(2)],
    ]);
    expect(outdatedTranslations(articles, last, 'aa')).toEqual([
      { id: 'bb/fees/one', original: 'aa/fees/one', translated: at(3), changed: at(0) },
    ]);
  });

  it('knows nothing without history, and an uncommitted change is the newest', () => {
    expect(outdatedTranslations(articles, new Map(), 'aa')).toEqual([]);
    const last = new Map([
      ['aa/fees/one.mdx', at(-1)],
      ['bb/fees/one.mdx', at(0)],
    ]);
    expect(outdatedTranslations(articles, last, 'aa').map(({ id }) => id)).toEqual(['bb/fees/one']);
  });
});

describe('platformTexts', () => {
  it('finds every per-locale text, wherever it is in the platform', () => {
    const platform = {
      id: 'acme',
      name: 'Acme',
      channels: [{ kind: 'website', label: { aa: 'Site', bb: 'Sitio' } }, { kind: 'email' }],
      never: [{ text: { aa: 'Never calls.' }, source: 'https://x' }],
      other: { aa: 1 },
    };
    expect(platformTexts(platform, ['aa', 'bb', 'cc'], 'aa')).toEqual([
      { where: 'acme: channels.0.label', locales: ['aa', 'bb'] },
      { where: 'acme: never.0.text', locales: ['aa'] },
    ]);
  });
});

describe('translationStatus', () => {
  const acme = { id: 'acme', never: [{ text: { aa: 'Never calls.', bb: 'Nunca llama.' } }] };
  const status = translationStatus({
    locales: ['aa', 'bb', 'cc'],
    defaultLocale: 'aa',
    articles: [article('aa', 'one'), article('aa', 'two'), article('bb', 'one')],
    ui: new Map([
      ['aa', { 'site.title': 'Signpost', 'home.title': 'Help', 'verify.network.x': 'X' }],
      ['bb', { 'site.title': 'Signpost', 'home.title': 'Ayuda', 'verify.network.x': 'X' }],
      ['cc', { 'site.title': 'Signpost', 'home.title': 'Help', 'verify.network.x': 'X' }],
    ]),
    platforms: [acme],
    outdated: [
      {
        id: 'bb/fees/one',
        original: 'aa/fees/one',
        translated: at(3),
        changed: at(0),
        change: { added: 2, removed: 1 },
      },
    ],
    isName: (key) => key.startsWith('verify.network.'),
  });

  it('reports each locale but the default one', () => {
    expect(status.map(({ locale }) => locale)).toEqual(['bb', 'cc']);
  });
  it('lists the articles missing, the outdated ones, the strings as in the default locale and the platform texts missing', () => {
    const [bb, cc] = status;
    expect(bb).toMatchObject({ missing: ['fees/two'], identical: ['site.title'], platformTexts: [], articles: 2 });
    expect(bb?.outdated.map(({ id }) => id)).toEqual(['bb/fees/one']);
    expect(cc).toMatchObject({
      missing: ['fees/one', 'fees/two'],
      identical: ['site.title', 'home.title'],
      platformTexts: ['acme: never.0.text'],
      outdated: [],
    });
  });
  it('makes one table row per locale, with the counts', () => {
    const table = statusTable(status, { bb: 'Bee', cc: 'Sea' }).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toBe('| Bee (`bb`) | 1 / 2 | 1 | 1 | 1 / 3 | 0 |');
    expect(table[3]).toBe('| Sea (`cc`) | 0 / 2 | 2 | 0 | 2 / 3 | 1 |');
  });
});

describe('the history from git', () => {
  const repo = mkdtempSync(join(tmpdir(), 'signpost-history-'));
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo });
  const write = (path: string, text: string) => {
    const file = join(repo, 'content', 'docs', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  it('gives each article its last commit, newest first, uncommitted changes before all, and the lines changed since', () => {
    git('init', '-q');
    write('aa/fees/one.mdx', 'one\n');
    write('bb/fees/one.mdx', 'uno\n');
    git('add', '.');
    git('commit', '-qm', 'both');
    write('aa/fees/one.mdx', 'one\nmore\n');
    git('commit', '-qam', 'original only');
    write('bb/fees/one.mdx', 'uno!\n');
    const last = readDocsHistory(repo);
    expect(last.get('aa/fees/one.mdx')?.order).toBe(0);
    expect(last.get('bb/fees/one.mdx')?.order).toBe(-1);
    const both = execFileSync('git', ['rev-list', 'HEAD~1'], { cwd: repo, encoding: 'utf8' }).trim();
    expect(changeSince(repo, both, 'aa/fees/one.mdx')).toEqual({ added: 1, removed: 0 });
  });

  it('is empty outside a repository', () => {
    expect(readDocsHistory(mkdtempSync(join(tmpdir(), 'signpost-no-git-'))).size).toBe(0);
  });
});
