import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';

describe('formatDate', () => {
  const date = new Date('2026-03-04T00:00:00Z');
  it('writes the medium date of each language, as toLocaleDateString does', () => {
    expect(formatDate(date, 'en')).toBe('Mar 4, 2026');
    expect(formatDate(date, 'zh-CN')).toBe('2026年3月4日');
    for (const lang of ['en', 'zh-CN', 'ja', 'de']) {
      expect(formatDate(date, lang)).toBe(date.toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' }));
    }
  });
  it('reads dates in UTC, so a date-only value never moves a day', () => {
    expect(formatDate(new Date('2026-03-04T23:59:59Z'), 'en')).toBe('Mar 4, 2026');
    expect(formatDate(new Date('2026-03-05T00:00:00+02:00'), 'en')).toBe('Mar 4, 2026');
  });
});
