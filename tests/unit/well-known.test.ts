import { describe, expect, it } from 'vitest';
import { robotsTxt, securityTxt } from '../../src/lib/well-known.ts';

describe('securityTxt', () => {
  const text = securityTxt({
    contact: 'mailto:security@example.org',
    canonical: 'https://example.org/.well-known/security.txt',
    languages: ['en', 'zh-CN'],
    now: new Date('2026-11-23T15:30:00Z'),
  });
  it('has the RFC 9116 fields', () => {
    expect(text).toBe(
      'Contact: mailto:security@example.org\nExpires: 2027-05-22T00:00:00Z\nPreferred-Languages: en, zh-CN\nCanonical: https://example.org/.well-known/security.txt\n',
    );
  });
  it('rejects a contact that is not a mailto: or https: URI', () => {
    expect(() => securityTxt({ contact: 'http://x', canonical: '', languages: [], now: new Date() })).toThrow(
      /Contact/,
    );
  });
});

describe('robotsTxt', () => {
  it('allows crawling and names the sitemap', () => {
    expect(robotsTxt('https://example.org/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n',
    );
  });
});
