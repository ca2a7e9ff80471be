import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences } from '../../src/lib/markup.ts';
import {
  drawnInLayers,
  socialImageParts,
  socialImageSvg,
  socialImageTags,
  textWidth,
  wrapText,
  type SocialImageContent,
} from '../../src/lib/social-image.ts';

const english: SocialImageContent = {
  lang: 'en',
  siteTitle: 'Signpost',
  label: 'Deposits',
  title: 'Deposit not received',
  footer: 'signpost.example.org',
};
const chinese: SocialImageContent = {
  lang: 'zh-CN',
  siteTitle: 'Signpost 路标',
  label: '充值',
  title: '充值没到账：先用交易哈希查一查',
  footer: 'signpost.example.org',
};

/** The text of each `<text>` element of the title group, unescaped. */
const titleLines = (svg: string) => {
  const group = /<g font-size="(\d+)"[^>]*>(.*?)<\/g>/.exec(svg);
  const lines = [...(group?.[2] ?? '').matchAll(/<text[^>]*>(.*?)<\/text>/g)].map(([, text]) =>
    decodeCharacterReferences(text ?? ''),
  );
  return { size: Number(group?.[1]), lines };
};

describe('textWidth', () => {
  it('counts CJK characters as one em and Latin letters as about half', () => {
    expect(textWidth('充值没到账')).toBe(5);
    expect(textWidth('deposit')).toBeGreaterThan(3);
    expect(textWidth('deposit')).toBeLessThan(5);
  });
});

describe('wrapText', () => {
  it('breaks English at spaces only, within the width', () => {
    const text = 'How long support takes, and what to do while you wait for an answer';
    const lines = wrapText(text, { maxWidth: 14, maxLines: 10 });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) {
      expect(textWidth(line)).toBeLessThanOrEqual(14);
      expect(line).toBe(line.trim());
    }
  });

  it('breaks Chinese between any two characters, never before closing punctuation', () => {
    const text = '提币手续费和矿工费：有什么区别，为什么会变，怎么省。撤销提币（什么时候还来得及）「怎么操作」';
    for (const maxWidth of [5, 6, 7, 8, 9, 10, 11]) {
      const lines = wrapText(text, { maxWidth, maxLines: 20 });
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(textWidth(line)).toBeLessThanOrEqual(maxWidth);
        expect(line).not.toMatch(/^[，。：）」]/u);
        expect(line).not.toMatch(/[（「]$/u);
      }
    }
    // Without the punctuation rule the second line would start with "，".
    expect(wrapText('有什么区别，为什么会变，怎么省', { maxWidth: 5, maxLines: 9 })).toEqual([
      '有什么区',
      '别，为什么',
      '会变，怎么',
      '省',
    ]);
  });

  it('keeps a Latin word in Chinese text whole, with its brackets', () => {
    const lines = wrapText('交易哈希（TxID）在哪找，怎么看', { maxWidth: 6, maxLines: 9 });
    expect(lines.some((line) => line.includes('（TxID）'))).toBe(true);
    expect(lines.join('')).toBe('交易哈希（TxID）在哪找，怎么看');
  });

  it('cuts a word wider than a whole line rather than overflowing', () => {
    const lines = wrapText('a supercalifragilisticexpialidocious word', { maxWidth: 8, maxLines: 9 });
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(8);
    expect(lines.join('').replaceAll(' ', '')).toBe('asupercalifragilisticexpialidociousword');
  });

  it('ends the last allowed line with an ellipsis when the text is longer', () => {
    const english = wrapText('one two three four five six seven eight nine ten eleven twelve', {
      maxWidth: 8,
      maxLines: 3,
    });
    expect(english).toHaveLength(3);
    expect(english[2]).toMatch(/[a-z]…$/);
    for (const line of english) expect(textWidth(line)).toBeLessThanOrEqual(8);
    const chinese = wrapText('账户被盗了：先冻结，再一步步拿回控制权，然后检查设备和邮箱', {
      maxWidth: 6,
      maxLines: 2,
    });
    expect(chinese).toEqual(['账户被盗了：', '先冻结，再…']);
  });

  it('leaves text that fits alone', () => {
    expect(wrapText('  Fees  ', { maxWidth: 20, maxLines: 1 })).toEqual(['Fees']);
  });
});

describe('socialImageSvg', () => {
  it('is a 1200×630 SVG in the language of its text', () => {
    const svg = socialImageSvg(chinese);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630" /);
    expect(svg).toContain('lang="zh-CN"');
    expect(svg).toContain('Noto Sans CJK SC');
    expect(socialImageSvg(english)).toContain('lang="en"');
  });

  it('shows the site title, the label, the title and the footer, escaped', () => {
    const svg = socialImageSvg({ ...english, label: 'Fees & <limits>', title: 'Why "fees" <change> & grow' });
    expect(svg).toContain('>Signpost<');
    expect(svg).toContain('>Fees &#38; &#60;limits&#62;<');
    expect(svg).toContain('>signpost.example.org<');
    expect(svg).not.toContain('<change>');
    expect(svg).not.toMatch(/&(?!#\d+;)/);
    expect(titleLines(svg).lines.join(' ')).toBe('Why "fees" <change> & grow');
  });

  it('sets a short title large and a long one smaller over up to four lines', () => {
    expect(titleLines(socialImageSvg(english))).toEqual({ size: 72, lines: ['Deposit not received'] });
    const long = titleLines(socialImageSvg({ ...chinese, title: '钓鱼网站和仿冒域名'.repeat(8) }));
    expect(long.size).toBeLessThan(72);
    expect(long.lines).toHaveLength(4);
    expect(long.lines[3]).toMatch(/…$/);
  });
});

describe('a right-to-left image', () => {
  const rtl: SocialImageContent = { ...english, dir: 'rtl', fonts: ['Some Font'] };
  const xs = (svg: string) => [...svg.matchAll(/<text x="(\d+)"/g)].map(([, x]) => Number(x));

  it('is mirrored: every text starts at the right margin, the sign is flipped, the fonts come first', () => {
    const svg = socialImageSvg(rtl);
    expect(svg).toContain('direction="rtl"');
    expect(xs(svg)).toEqual(xs(socialImageSvg(english)).map((x) => 1200 - x));
    expect(svg).toContain('scale(-1 1)');
    expect(svg).toMatch(/font-family="'Some Font', 'Noto Sans CJK SC'/);
  });

  it('is drawn whole, not in layers', () => {
    expect(drawnInLayers(rtl)).toBe(false);
    expect(drawnInLayers(english)).toBe(true);
    expect(socialImageParts(rtl).fonts[0]).toBe('Some Font');
  });
});

describe('socialImageTags', () => {
  it('gives the URL, type, size and alternative text', () => {
    expect(socialImageTags('https://x.org/og/en.png', 'Signpost')).toEqual([
      { property: 'og:image', content: 'https://x.org/og/en.png' },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: '1200' },
      { property: 'og:image:height', content: '630' },
      { property: 'og:image:alt', content: 'Signpost' },
    ]);
  });
});
