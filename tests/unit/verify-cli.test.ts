import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `node scripts/verify.ts` with arguments and stdin; returns stdout. */
function run(args: string[], input = ''): string {
  return execFileSync(process.execPath, ['scripts/verify.ts', ...args], { input, encoding: 'utf8' });
}

describe('scripts/verify.ts', () => {
  it('prints one JSON object per stdin line with --json', () => {
    const lines = run(['--json'], 'https://kraken.com@evil.example/login\n\n855-737-0477\r\nno-reply@em.gemini.com\n')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      {
        input: 'https://kraken.com@evil.example/login',
        verdict: 'lookalike',
        platform: 'kraken',
        reason: expect.stringContaining('it leads to evil.example') as unknown,
      },
      {
        input: '855-737-0477',
        verdict: 'known-fake',
        platform: 'gemini',
        reason: 'A known fake of Gemini: Fake "Gemini refund" number spread on forums.',
      },
      {
        input: 'no-reply@em.gemini.com',
        verdict: 'official',
        platform: 'gemini',
        reason: "A listed official Gemini channel (Sender of Gemini's transactional emails).",
      },
    ]);
  });

  it('checks positional arguments in human-readable form, showing hidden characters', () => {
    const output = run(['https://kraken.com@evil.example/login', 'kra\u200Bken.com', 'example.com']);
    expect(output).toContain('✗ lookalike (Kraken): https://kraken.com@evil.example/login\n');
    expect(output).toContain('  https://{kraken.com@}[evil.example]/login\n');
    expect(output).toContain('  [kra]{<U+200B>}[ken.com]\n');
    expect(output).toContain('? unknown: example.com\n');
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
