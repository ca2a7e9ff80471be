import { describe, expect, it } from 'vitest';
import { byOrderThenSlug } from '../../src/config/order.ts';

describe('byOrderThenSlug', () => {
  it('puts ordered items first, by order, then the rest by slug', () => {
    const items = [{ slug: 'c' }, { slug: 'b', order: 2 }, { slug: 'a' }, { slug: 'z', order: 1 }];
    expect(items.sort(byOrderThenSlug).map(({ slug }) => slug)).toEqual(['z', 'b', 'a', 'c']);
  });
});
