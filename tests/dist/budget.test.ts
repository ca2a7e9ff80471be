/** Page-weight budget: an article ships no more than plain Starlight ships for the same page. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBaseline } from '../../scripts/baseline.ts';
import { measureBudgets } from '../../scripts/size.ts';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { distDir, requireBuild } from '../helpers/site.ts';

const budget = 1;
const pages = ['/en/get-help/support-ladder/', '/zh-cn/get-help/support-ladder/', '/en/accounts/account-compromised/'];
let baselineDir = '';

beforeAll(() => {
  requireBuild();
  baselineDir = buildBaseline();
});

describe('article page weight against plain Starlight', () => {
  it.each(pages)('%s (HTML + CSS + JS before interaction, gzip) is no heavier than plain Starlight', (page) => {
    const ours = pageWeight(distDir, page);
    const plain = pageWeight(baselineDir, page);
    const ratio = ours.total / plain.total;
    console.log(`${page}: ${ours.total} B vs plain Starlight ${plain.total} B (×${ratio.toFixed(3)})`);
    expect(plain.total).toBeGreaterThan(10_000);
    expect(ratio).toBeLessThanOrEqual(budget);
  });

  it('loads no script or stylesheet from another origin, on any page', () => {
    for (const page of pages) {
      for (const file of pageWeight(distDir, page).files) expect(file).toMatch(/^\/(?!\/)/);
    }
  });
});

describe('page-weight budgets per page type (npm run size)', () => {
  it('keeps every page type within its budget', () => {
    const { rows, over } = measureBudgets(distDir);
    expect(rows.length).toBeGreaterThanOrEqual(11);
    expect(over.map(({ budget, weight }) => `${budget.type}: ${weight.total} B total, ${weight.js} B JS`)).toEqual([]);
  });
});

describe('the channel checker’s engine', () => {
  it('loads with its data in at most 60 KB gzip, on demand, not with the page', () => {
    const engine = readdirSync(join(distDir, '_astro')).find((file) => file.startsWith('verify-engine.client'));
    if (!engine) throw new Error('no verify-engine chunk in dist/_astro');
    const gz = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
    const total = gz(`_astro/${engine}`) + gz('verify-data.json');
    console.log(`verifier engine + data: ${total} B gzip`);
    expect(total).toBeLessThanOrEqual(60 * 1024);
    for (const locale of ['en', 'zh-cn']) {
      expect(pageWeight(distDir, `/${locale}/verify/`).files.some((file) => file.includes('verify-engine'))).toBe(false);
    }
  });
});
