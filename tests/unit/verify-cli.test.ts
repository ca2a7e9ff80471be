import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeIds } from '../../src/config/locales.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import { plainText, verdictMessages } from '../../src/lib/verify-message.ts';
import { verify } from '../../src/lib/verify/index.ts';
import { data } from '../helpers/verify-data.ts';

/** Runs `node scripts/verify.ts` with arguments and stdin; returns stdout. */
function run(args: string[], input = ''): string {
  return execFileSync(process.execPath, ['scripts/verify.ts', ...args], { input, encoding: 'utf8' });
}

// Each test starts Node; on a busy machine that takes seconds.
describe('scripts/verify.ts', { timeout: 60_000 }, () => {
  it('answers every stdin line once, in order, blank lines and U+2028/U+2029 included', () => {
    const lines = [
      'https://kraken.com@evil.example/login',
      '',
      '855-737-0477\r',
      'kra\u2028ken.com',
      'a\u2029b',
      '   ',
      'no-reply@em.gemini.com',
    ];
    const output = run(['--json'], lines.join('\n'));
    // Split as strictly as any reader would: every line break Unicode knows.
    const answers = output.replace(/\n$/, '').split(/\r\n|[\n\r\u2028\u2029\u0085]/);
    expect(answers).toHaveLength(lines.length);
    const parsed = answers.map((line) => JSON.parse(line) as { input: string; verdict: string; code: string });
    expect(parsed.map((entry) => entry.input)).toEqual(lines.map((line) => line.replace(/\r$/, '')));
    expect(parsed[0]).toMatchObject({ verdict: 'lookalike', platform: 'kraken', code: 'userinfo' });
    expect(parsed[1]).toMatchObject({ verdict: 'invalid', code: 'empty' });
    expect(parsed[2]).toMatchObject({ verdict: 'known-fake', platform: 'gemini' });
  });

  it('words each answer exactly as the page does, in every locale', () => {
    const inputs = [
      'https://kraken.com@evil.example/login',
      'okx客服.com',
      '@binance',
      'https://x.com/binance/../evil',
    ];
    for (const locale of localeIds) {
      const strings: Readonly<Record<string, string>> = loadUiStrings(locale);
      const networks = Object.fromEntries(
        Object.entries(strings).flatMap(([key, text]) =>
          key.startsWith('verify.network.') ? [[key.slice(15), text]] : [],
        ),
      );
      const output = run(['--json', '--locale', locale, ...inputs])
        .trim()
        .split('\n');
      inputs.forEach((input, index) => {
        const result = verify(input, data);
        const name = data.platforms.find((entry) => entry.id === result.platform)?.name ?? '';
        const [headline, reason] = verdictMessages(result, { name, networks, locale, fallback: defaultLocale }).map(
          (message) => plainText(strings[message.key] ?? '', message.params),
        );
        expect(JSON.parse(output[index] ?? '{}')).toMatchObject({ input, headline, reason });
      });
    }
  });

  it('checks positional arguments in human-readable form, showing hidden characters', () => {
    const output = run(['https://kraken.com@evil.example/login', 'kra\u200Bken.com', 'example.com']);
    expect(output).toContain('  https://{kraken.com@}[evil.example]/login\n');
    expect(output).toContain('  [kra]{⟨U+200B⟩}[ken.com]\n');
    expect(output).toContain('[not-in-data]');
  });

  it('reads another platform directory with --platforms', () => {
    const output = run(['--json', '--platforms', 'tests/fixtures/platforms/valid/', '+1 202 555 0100']);
    expect(JSON.parse(output)).toMatchObject({ verdict: 'official', platform: 'acme' });
  });

  it('explains itself with --help', () => {
    expect(run(['--help'])).toMatch(/^Usage: node scripts\/verify.ts/);
  });
});
