/** The channel checker in Chromium: each verdict in both languages, `?q=`, keyboard only, a phone, no network use. */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultLocale, localeIds } from '../../src/config/locales.ts';
import { headlineMessage, plainText } from '../../src/lib/verify-message.ts';
import { verify } from '../../src/lib/verify/index.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import type { VerdictCode } from '../../src/lib/verify/types.ts';
import { describeBrowser, desktop, phone, useBrowserSite } from '../helpers/browser.ts';
import { distDir } from '../helpers/site.ts';
import { buildCorpus } from '../helpers/verify-corpus.ts';
import { data, platforms } from '../helpers/verify-data.ts';

/** The adversarial corpus, one input per line (none holds a line break). */
const corpus = buildCorpus(platforms).map((entry) => entry.input);

const site = useBrowserSite();

/** Opens the checker on a phone, recording requests made after the page loaded and any console error. */
async function openChecker(locale: string, query?: string) {
  const page = await site.browser.newPage({ viewport: phone, isMobile: true, hasTouch: true });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  const search = query === undefined ? '' : `?q=${encodeURIComponent(query)}`;
  await page.goto(`${site.origin}${locale}/verify/${search}`, { waitUntil: 'networkidle' });
  return { page, errors, requests };
}

/** Types `value` with the keyboard and submits with Enter; returns the verdict shown. */
async function check(page: Page, value: string): Promise<string | undefined> {
  await page.locator('#verify-input').fill('');
  await page.locator('#verify-input').pressSequentially(value);
  await page.keyboard.press('Enter');
  const section = page.locator('#verify-result section[data-verdict]');
  await section.waitFor();
  return (await section.getAttribute('data-verdict')) ?? undefined;
}

/** Input, verdict, and the highlighted parts expected: what decides where it leads, what misleads. */
const cases: [string, VerdictCode, { decisive?: string; misleading?: string }][] = [
  ['https://kraken.com@evil.example/login', 'lookalike', { decisive: 'evil.example', misleading: 'kraken.com@' }],
  ['kr\u0430ken.com', 'lookalike', { misleading: '\u0430' }],
  ['support@krakem.com', 'known-fake', {}],
  ['https://x.com/binance/../notoscam', 'unknown', { misleading: '/binance/../notoscam' }],
  ['okx客服.com', 'lookalike', { decisive: 'okx客服.com' }],
  ['no-reply@em.gemini.com', 'official', {}],
  ['+1 855 737 0477', 'known-fake', {}],
  ['example.org', 'unknown', {}],
  ['???', 'invalid', {}],
];

describeBrowser('the channel checker', () => {
  it.each(localeIds)(
    'gives every verdict in %s, in the reader’s language, without a network request',
    async (locale) => {
      const strings = loadUiStrings(locale);
      const { page, errors, requests } = await openChecker(locale);
      const before = requests.length;
      for (const [input, verdict, expected] of cases) {
        expect(await check(page, input), input).toBe(verdict);
        const result = page.locator('#verify-result');
        const answer = verify(input, data);
        const name = data.platforms.find((entry) => entry.id === answer.platform)?.name ?? '';
        const headline = headlineMessage(answer, { name, networks: {}, locale, fallback: defaultLocale });
        await expect
          .poll(() => result.locator('h2').textContent())
          .toBe(plainText(strings[headline.key as keyof typeof strings], headline.params));
        expect(await result.locator('.advice').textContent()).toBe(strings[`verify.advice.${verdict}`]);
        const parts = (role: string) => result.locator(`.input .part-${role}`).allTextContents();
        if (expected.decisive) expect(await parts('decisive')).toContain(expected.decisive);
        if (expected.misleading) expect(await parts('misleading')).toContain(expected.misleading);
      }
      // After the engine and its data are loaded once, checking sends nothing anywhere.
      const loaded = requests.slice(before).map((url) => new URL(url).pathname);
      // (Chromium re-reads the favicon when the address changes to ?q=…; that is the only other request.)
      expect(loaded.filter((path) => !/^\/(_astro\/|verify-data\.json$|favicon\.svg$)/.test(path))).toEqual([]);
      for (const [input] of cases) {
        expect(
          requests.some((url) => decodeURIComponent(url).includes(input.replace(/\s/g, ''))),
          input,
        ).toBe(false);
      }
      expect(requests.every((url) => url.startsWith(site.origin.replace(/\/$/, '')))).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('names the platform, channel, source and date of an official channel', async () => {
    const { page } = await openChecker('en', 'no-reply@em.gemini.com');
    const result = page.locator('#verify-result');
    await result.locator('section[data-verdict="official"]').waitFor();
    const facts = await result.locator('.facts').innerText();
    expect(facts).toContain('Gemini');
    expect(facts).toContain('no-reply@em.gemini.com');
    expect(facts).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await result.locator('.advice').textContent()).toBe(loadUiStrings('en')['verify.advice.official']);
    await page.close();
  });

  it('runs ?q= on load, so a result can be shared, and renders input as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>.example';
    const { page, errors } = await openChecker('zh-cn', hostile);
    await page.locator('#verify-result section[data-verdict]').waitFor();
    expect(await page.locator('#verify-input').inputValue()).toBe(hostile);
    expect(await page.locator('#verify-result img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('can be used with the keyboard alone, focus always visible', async () => {
    const { page } = await openChecker('en');
    await page.locator('#verify-input').focus();
    await page.keyboard.type('krakem.com');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return { tag: active.tagName, outline: getComputedStyle(active).outlineStyle };
    });
    expect(focused).toEqual({ tag: 'BUTTON', outline: 'solid' });
    await page.keyboard.press('Enter');
    await page.locator('#verify-result section[data-verdict]').waitFor();
    expect(await page.locator('#verify-result section').getAttribute('data-verdict')).not.toBe('official');
    expect(new URL(page.url()).searchParams.get('q')).toBe('krakem.com');
    await page.close();
  });
});

describeBrowser('copy buttons on the contact page', () => {
  it('copy a channel with the keyboard and announce it', async () => {
    const context = await site.browser.newContext({ viewport: phone });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin.replace(/\/$/, '') });
    const page = await context.newPage();
    await page.goto(`${site.origin}zh-cn/contact/`, { waitUntil: 'networkidle' });
    const button = page.locator('button[data-copy]').first();
    expect(await button.isVisible()).toBe(true);
    const value = (await button.getAttribute('data-copy')) ?? '';
    await button.focus();
    expect(await button.evaluate((node) => getComputedStyle(node).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe(`已复制：${value}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
    await context.close();
  });
});

describeBrowser('the channel checker’s cost', () => {
  it('checks in under 5 ms per input with the CPU slowed 4×', { timeout: 120_000 }, async () => {
    const { page } = await openChecker('en');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const engine = readdirSync(`${distDir}_astro`).find((file) => file.startsWith('verify-engine.client'));
    // A string, not a function: the test runner would rewrite `import()` inside a function.
    const timings = await page.evaluate<number[]>(`(async () => {
      const module = await import('/_astro/${engine ?? ''}');
      const data = await (await fetch('/verify-data.json')).json();
      const inputs = ${JSON.stringify([...cases.map(([input]) => input), ...corpus.filter((input) => input.length < 300)])};
      for (const input of inputs) module.verify(input, data);
      // Runs timed in batches of four: the throttler pauses the thread in slices, so a single short run
      // measures the pause it happened to meet; a batch carries its share of the slowdown, and the
      // median of five batches leaves out the one a garbage collection fell into.
      const measure = (input) => {
        const batches = [];
        for (let batch = 0; batch < 5; batch++) {
          const start = performance.now();
          for (let i = 0; i < 4; i++) module.verify(input, data);
          batches.push((performance.now() - start) / 4);
        }
        return batches.sort((a, b) => a - b)[2];
      };
      // An input over the limit is measured twice more (the machine may be busy): its best median counts.
      return inputs.map((input) => {
        const first = measure(input);
        return first < 5 ? first : Math.min(first, measure(input), measure(input));
      });
    })()`);
    const inputs = [...cases.map(([input]) => input), ...corpus.filter((input) => input.length < 300)];
    const slowest = timings
      .map((time, index) => ({ time, input: inputs[index] ?? '' }))
      .sort((a, b) => b.time - a.time)
      .slice(0, 5);
    console.log(`slowest: ${slowest.map(({ time, input }) => `${time.toFixed(2)} ms ${input}`).join(' | ')}`);
    const sorted = [...timings].sort((a, b) => a - b);
    const at = (share: number) => (sorted[Math.floor(share * (sorted.length - 1))] ?? 0).toFixed(2);
    console.log(
      `check time at 4× CPU slowdown over ${timings.length} inputs, ms: median ${at(0.5)}, p95 ${at(0.95)}, max ${at(1)}`,
    );
    for (const time of timings) expect(time).toBeLessThan(5);
    await page.close();
  });
});

/** What the page shows for each input: verdict, reason code, headline and reason as text, typed into the form one after another. */
async function pageAnswers(page: Page, inputs: readonly string[]) {
  return page.evaluate(async (values) => {
    const form = document.querySelector<HTMLFormElement>('form[data-verify]');
    const field = form?.querySelector<HTMLInputElement>('input[name="q"]');
    const output = document.getElementById('verify-result');
    if (!form || !field || !output) throw new Error('no checker form');
    const answers = [];
    for (const value of values) {
      const before = output.querySelector('section');
      field.value = value;
      form.requestSubmit();
      let section = output.querySelector('section');
      for (let wait = 0; (!section || section === before) && wait < 400; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        section = output.querySelector('section');
      }
      answers.push({
        input: value,
        verdict: section?.dataset['verdict'] ?? '',
        code: section?.dataset['reason'] ?? '',
        headline: section?.querySelector('h2')?.textContent ?? '',
        reason: section?.querySelector('.reason')?.textContent ?? '',
      });
    }
    return answers;
  }, inputs);
}

describeBrowser('the page and the command line', () => {
  it.each(localeIds)(
    'give the same answer, in the same words, to every input of the adversarial corpus (%s)',
    { timeout: 300_000 },
    async (locale) => {
      expect(corpus.length).toBeGreaterThanOrEqual(300);
      const cli = execFileSync(process.execPath, ['scripts/verify.ts', '--json', '--locale', locale], {
        input: corpus.join('\n'),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      })
        .trim()
        .split('\n')
        .map(
          (line) =>
            JSON.parse(line) as { input: string; verdict: string; code: string; headline: string; reason: string },
        );
      const { page, errors } = await openChecker(locale);
      const shown = await pageAnswers(page, corpus);
      const differ = shown.filter((answer, index) => {
        const line = cli[index];
        return (
          !line ||
          line.verdict !== answer.verdict ||
          line.code !== answer.code ||
          line.headline !== answer.headline ||
          line.reason !== answer.reason
        );
      });
      console.log(`page vs CLI (${locale}): ${shown.length - differ.length} of ${shown.length} the same`);
      expect(differ.map((answer) => ({ page: answer, cli: cli[shown.indexOf(answer)] }))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('never cuts the input: a link longer than the limit is too long, not a verdict on part of it', async () => {
    const { page } = await openChecker('en');
    expect(await page.locator('#verify-input').getAttribute('maxlength')).toBeNull();
    const long = `https://www.kraken.com/${'a'.repeat(2100)}`;
    await page.locator('#verify-input').fill(long);
    expect(await page.locator('#verify-input').inputValue()).toBe(long);
    await page.keyboard.press('Enter');
    const section = page.locator('#verify-result section[data-verdict]');
    await section.waitFor();
    expect(await section.getAttribute('data-reason')).toBe('too-long');
    await page.close();
  });

  it('shows hidden characters as markers, and lets the reader pick the network of a bare handle', async () => {
    const { page } = await openChecker('en', 'kra\u200Bken.com');
    await page.locator('#verify-result section[data-verdict]').waitFor();
    expect(await page.locator('#verify-result .hidden-char').first().textContent()).toBe('⟨U+200B⟩');
    expect(await page.locator('#verify-result .reason').textContent()).toContain('U+200B');
    const handle = platforms.flatMap((platform) => platform.channels).find((channel) => channel.kind === 'social');
    if (handle?.kind === 'social') {
      await check(page, `@${handle.handle}`);
      const picker = page.locator('#verify-result .network-picker select');
      await picker.selectOption(handle.network);
      await expect.poll(() => page.locator('#verify-result section').getAttribute('data-verdict')).toBe('official');
    }
    await page.close();
  });
});

describeBrowser('the checker where the reader pastes', () => {
  it('shows the verdict above the search results for a query that looks like a link, and not for words', async () => {
    const page = await site.browser.newPage({ viewport: phone, isMobile: true, hasTouch: true });
    await page.goto(`${site.origin}en/search/?q=${encodeURIComponent('krakem.com')}`, { waitUntil: 'networkidle' });
    const check = page.locator('[data-search-check] section[data-verdict]');
    await check.waitFor();
    expect(await check.getAttribute('data-verdict')).toBe('known-fake');
    await page.goto(`${site.origin}en/search/?q=${encodeURIComponent('deposit not received')}`, {
      waitUntil: 'networkidle',
    });
    expect(await page.locator('[data-search-check]').isHidden()).toBe(true);
    await page.close();
  });

  it('shows it in the search dialog too, loading the engine only for such a query', async () => {
    const page = await site.browser.newPage({ viewport: desktop });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.origin}en/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('Control+k');
    const input = page.locator('site-search dialog form[role="search"] input');
    await input.waitFor();
    await input.fill('deposit');
    await page.waitForTimeout(400);
    expect(requests.some((url) => url.includes('verify-engine'))).toBe(false);
    await input.fill('https://kraken.com@evil.example/login');
    const check = page.locator('.search-check section[data-verdict]');
    await check.waitFor();
    expect(await check.getAttribute('data-verdict')).toBe('lookalike');
    await page.close();
  });
});
