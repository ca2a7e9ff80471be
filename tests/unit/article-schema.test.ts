import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';

const valid = {
  title: 'Deposit not received',
  description: 'What to check when a deposit has not arrived.',
  category: 'deposits',
  keywords: ['deposit missing', 'coins not arrived', 'deposit not credited'],
  updated: '2026-11-23',
};

describe('articleSchema', () => {
  it('accepts a complete article and coerces the date', () => {
    const data = articleSchema.parse(valid);
    expect(data.updated).toEqual(new Date('2026-11-23'));
  });
  it('accepts the optional fields', () => {
    expect(articleSchema.safeParse({ ...valid, urgent: true, platforms: ['kraken'] }).success).toBe(true);
  });
  it.each([
    ['title', { ...valid, title: '' }],
    ['description', { ...valid, description: undefined }],
    ['description', { ...valid, description: 'x'.repeat(161) }],
    ['category', { ...valid, category: 'misc' }],
    ['keywords', { ...valid, keywords: 'deposit' }],
    ['keywords', { ...valid, keywords: [] }],
    ['keywords', { ...valid, keywords: ['one', 'two'] }],
    ['keywords', { ...valid, keywords: [' '] }],
    ['updated', { ...valid, updated: 'last week' }],
    ['platforms', { ...valid, platforms: ['Kraken Pro'] }],
    ['urgent', { ...valid, urgent: 'yes' }],
  ])('rejects a bad %s', (field, data) => {
    const result = articleSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});
