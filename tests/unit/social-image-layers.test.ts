import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { blendOnto, layeredRenderer } from '../../src/lib/social-image-layers.ts';
import { socialImageParts, socialImageSvg, type SocialImageContent } from '../../src/lib/social-image.ts';

const chinese: SocialImageContent = {
  lang: 'zh-CN',
  siteTitle: 'Signpost 路标',
  label: '充值',
  title: '充值没到账：先用交易哈希查一查，再看网络是否选对',
  footer: 'signpost.example.org',
};
const english: SocialImageContent = {
  lang: 'en',
  siteTitle: 'Signpost',
  label: 'Safety',
  title: 'Fake “support” on X & Telegram: how to tell <them> apart, and what Ǻ real agent never asks for',
  footer: 'signpost.example.org',
};

/** Raw RGB of the whole SVG, as sharp draws it. */
const whole = async (content: SocialImageContent) =>
  sharp(Buffer.from(socialImageSvg(content)))
    .removeAlpha()
    .raw()
    .toBuffer();

/** Box of the pixels brighter than the background in every channel (the white title) within rows 200–560. */
function titleBox(data: Buffer): { left: number; top: number; right: number; bottom: number } {
  const found = { left: 1200, top: 630, right: -1, bottom: -1 };
  for (let y = 200; y < 560; y++) {
    for (let x = 0; x < 1200; x++) {
      const at = (y * 1200 + x) * 3;
      if ((data[at] ?? 0) > 160 && (data[at + 1] ?? 0) > 160 && (data[at + 2] ?? 0) > 160) {
        found.left = Math.min(found.left, x);
        found.right = Math.max(found.right, x);
        found.top = Math.min(found.top, y);
        found.bottom = Math.max(found.bottom, y);
      }
    }
  }
  return found;
}

describe('layeredRenderer', () => {
  const render = layeredRenderer();
  for (const content of [chinese, english]) {
    it(`draws the same image as the whole SVG, title in place (${content.lang})`, async () => {
      const expected = await whole(content);
      const image = await render(socialImageParts(content));
      expect([image.width, image.height, image.channels]).toEqual([1200, 630, 3]);
      let difference = 0;
      for (let i = 0; i < expected.length; i++) difference += Math.abs((expected[i] ?? 0) - (image.data[i] ?? 0));
      // Pango here and librsvg in an SVG space glyphs a little differently (hinting): a line may end a few pixels apart.
      expect(difference / expected.length).toBeLessThan(5);
      const [a, b] = [titleBox(expected), titleBox(image.data)];
      expect(a.right).toBeGreaterThan(0);
      expect(Math.abs(a.top - b.top)).toBeLessThanOrEqual(2);
      expect(Math.abs(a.bottom - b.bottom)).toBeLessThanOrEqual(2);
      expect(Math.abs(a.left - b.left)).toBeLessThanOrEqual(2);
      expect(Math.abs(a.right - b.right)).toBeLessThanOrEqual(12);
    });
  }
  it('leaves no trace of the strut', async () => {
    const image = await render(socialImageParts(chinese));
    for (let i = 0; i < image.data.length; i += 3) {
      const [red, green] = [image.data[i] ?? 0, image.data[i + 1] ?? 0];
      if (red > 2 * green + 16) throw new Error(`a red pixel at ${i / 3}`);
    }
  });
  it('keeps the base of a category and draws new titles on a fresh copy of it', async () => {
    const first = await render(socialImageParts(chinese));
    const second = await render(socialImageParts({ ...chinese, title: '提币' }));
    expect(titleBox(second.data).right).toBeLessThan(titleBox(first.data).right);
    expect(first.data.equals(second.data)).toBe(false);
  });
});

describe('blendOnto', () => {
  const target = () => ({ data: Buffer.alloc(4 * 3 * 3, 100), width: 4, height: 3, channels: 3 });
  const layer = {
    data: Buffer.from([255, 0, 0, 255, 0, 0, 255, 0, 0, 0, 255, 128]),
    width: 3,
    height: 1,
    channels: 4,
  };
  it('puts opaque pixels as they are, skips transparent ones and mixes the rest by alpha', () => {
    const image = target();
    blendOnto(image, layer, 1, 1);
    const pixel = (x: number, y: number) => [...image.data.subarray((y * 4 + x) * 3, (y * 4 + x) * 3 + 3)];
    expect(pixel(1, 1)).toEqual([255, 0, 0]);
    expect(pixel(2, 1)).toEqual([100, 100, 100]);
    expect(pixel(3, 1)).toEqual([50, 50, 178]);
    expect(pixel(0, 1)).toEqual([100, 100, 100]);
  });
  it('clips at every edge and can start at a later column', () => {
    const image = target();
    blendOnto(image, layer, -1, 2);
    expect([...image.data.subarray(6 * 3, 6 * 3 + 3)]).toEqual([100, 100, 100]);
    blendOnto(image, layer, 2, -1);
    blendOnto(image, layer, 0, 0, 1);
    expect([...image.data.subarray(0, 3)]).toEqual([100, 100, 100]);
    expect(image.data.length).toBe(36);
  });
});
