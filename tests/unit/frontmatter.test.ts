import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('parses the YAML block and returns the body with its first line', () => {
    const { data, body, bodyLine } = splitFrontmatter('---\ntitle: Hi\nkeywords:\n  - a\n---\n\nText\n');
    expect(data).toEqual({ title: 'Hi', keywords: ['a'] });
    expect(body).toBe('\nText\n');
    expect(bodyLine).toBe(6);
  });
  it('returns no data for a file without frontmatter', () => {
    expect(splitFrontmatter('# Title\n').data).toBeUndefined();
  });
  it('throws on malformed YAML', () => {
    expect(() => splitFrontmatter('---\ntitle: [unclosed\n---\n')).toThrow();
  });
  it('treats a scalar frontmatter as empty', () => {
    expect(splitFrontmatter('---\njust text\n---\n').data).toEqual({});
  });
});
