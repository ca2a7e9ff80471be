/**
 * Renders social images in layers, in about 40% less time than drawing each SVG whole (7 ms an image
 * instead of 11.7 here): the part shared by every article of a category is drawn once, and each title
 * line is set by Pango (sharp's text input, under 1 ms a line where librsvg takes ~4 ms for the
 * title) and blended onto a copy of it.
 */
import sharp, { type Sharp } from 'sharp';
import { escapeXml } from './markup.ts';
import { socialImageSize, svgFontFamily, type SocialImageParts } from './social-image.ts';

/** An image as raw pixels. */
interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

/**
 * Where Pango's output lands. Pango crops a text image to its ink, which moves with the glyphs; so
 * each line starts with a strut (a vertical bar in a colour the title never has), found in the
 * image to place it: the strut's top-left is a fixed distance from the title's pen and baseline,
 * measured once per size against librsvg's drawing of the same font.
 */
interface Strut {
  /** From the strut's top-left in an image to where the text's pen starts (x) and its baseline (y). */
  penX: number;
  baselineY: number;
}

/** The strut: a vertical bar in pure red (the title is white), found in Pango's output by its colour. */
const strutMarkup = '<span foreground="#ff0000">\u2502</span>';

/** The box of the pixels that pass `test(red, green, blue, alpha)`, or `undefined` for none. */
function box(
  { data, width, height, channels }: Pixels,
  test: (red: number, green: number, blue: number, alpha: number) => boolean,
  columns = width,
): { left: number; top: number; right: number; bottom: number } | undefined {
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0, at = y * width * channels; x < Math.min(columns, width); x++, at += channels) {
      if (test(data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0, data[at + channels - 1] ?? 0)) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  return right < 0 ? undefined : { left, top, right, bottom };
}

/** Strut pixels: red, not white. */
const isStrut = (red: number, green: number, _blue: number, alpha: number) => alpha > 0 && red > 2 * green + 16;

/** The raw pixels of an image sharp is making. */
async function pixels(image: Sharp): Promise<Pixels> {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** Pango font description of the title font at `size` pixels (sharp renders text at 72 dpi: a point is a pixel). */
const titleFont = (fonts: readonly string[], size: number) => `${fonts.join(',')} Bold ${size}`;

/** How a title line is set: its language, fonts, size and colour. */
interface LineStyle {
  lang: string;
  fonts: readonly string[];
  size: number;
  colour: string;
}

/** Raw RGBA pixels of a title line (the strut, then `text`) set by Pango, cropped to its ink. */
function linePixels(text: string, { lang, fonts, size, colour }: LineStyle) {
  const markup = `<span lang="${escapeXml(lang)}" foreground="${colour}">${strutMarkup}${escapeXml(text)}</span>`;
  return pixels(sharp({ text: { text: markup, font: titleFont(fonts, size), dpi: 72, rgba: true } }));
}

/**
 * Measures where a line's pen and baseline are from its strut, for a title size and language: a
 * full block after the strut, drawn by Pango, is matched with the same block drawn by librsvg at a
 * known pen and baseline.
 */
async function measureStrut(size: number, lang: string, fonts: readonly string[]): Promise<Strut> {
  const block = '\u2588';
  const pango = await linePixels(block, { lang, fonts, size, colour: '#ffffff' });
  const pen = { x: size, y: size * 2 };
  const reference = await pixels(
    sharp(
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${size * 4}" height="${size * 3}" font-family="${svgFontFamily(fonts)}">` +
          `<text x="${pen.x}" y="${pen.y}" font-size="${size}" font-weight="700" fill="#fff" xml:lang="${escapeXml(lang)}">${block}</text></svg>`,
      ),
    ).ensureAlpha(),
  );
  const strut = box(pango, isStrut);
  const drawn = box(pango, (_red, green, _blue, alpha) => alpha > 128 && green > 128);
  const expected = box(reference, (_red, _green, _blue, alpha) => alpha > 128);
  if (!strut || !drawn || !expected)
    throw new Error('the title font draws no vertical bar (U+2502) or full block (U+2588)');
  return {
    penX: drawn.left - (expected.left - pen.x) - strut.left,
    baselineY: drawn.top - (expected.top - pen.y) - strut.top,
  };
}

/** Blends straight-alpha RGBA `layer` (from its column `fromColumn` on) onto RGB `target` with its top-left at (`left`, `top`), clipped to the target. */
export function blendOnto(target: Pixels, layer: Pixels, left: number, top: number, fromColumn = 0): void {
  const { data: out, width: targetWidth, height: targetHeight, channels: c } = target;
  const { data: src, width, height, channels: sc } = layer;
  const first = Math.max(fromColumn, -left);
  for (let y = Math.max(0, -top); y < height && top + y < targetHeight; y++) {
    let s = (y * width + first) * sc;
    let o = ((top + y) * targetWidth + left + first) * c;
    for (let x = first; x < width && left + x < targetWidth; x++, s += sc, o += c) {
      const alpha = src[s + sc - 1] ?? 0;
      if (alpha === 0) continue;
      const keep = 255 - alpha;
      for (let k = 0; k < 3; k++) out[o + k] = ((src[s + k] ?? 0) * alpha + (out[o + k] ?? 0) * keep + 127) / 255;
    }
  }
}

/** A renderer of {@link SocialImageParts} to raw RGB pixels, keeping each base and strut it has drawn. */
export function layeredRenderer(): (parts: SocialImageParts) => Promise<Pixels> {
  const bases = new Map<string, Promise<Pixels>>();
  const struts = new Map<string, Promise<Strut>>();
  return async ({ lang, fonts, base, title }) => {
    let basePixels = bases.get(base);
    if (!basePixels) {
      basePixels = pixels(sharp(Buffer.from(base)).removeAlpha()).then((drawn) => {
        if (drawn.width !== socialImageSize.width || drawn.height !== socialImageSize.height) {
          throw new Error(
            `a social image base is ${drawn.width}×${drawn.height}, not ${socialImageSize.width}×${socialImageSize.height}`,
          );
        }
        return drawn;
      });
      bases.set(base, basePixels);
    }
    const strutKey = `${title.size} ${lang} ${fonts.join(',')}`;
    let strut = struts.get(strutKey);
    if (!strut) {
      strut = measureStrut(title.size, lang, fonts);
      struts.set(strutKey, strut);
    }
    const [{ data, ...shape }, { penX, baselineY }] = await Promise.all([basePixels, strut]);
    const image: Pixels = { data: Buffer.from(data), ...shape };
    const lines = await Promise.all(
      title.lines.map((line) => linePixels(line, { lang, fonts, size: title.size, colour: title.colour })),
    );
    lines.forEach((line, index) => {
      // The strut is the first thing in the line: it is found in the first columns.
      const found = box(line, isStrut, title.size);
      if (!found) throw new Error(`the strut of a title line is missing: ${title.lines[index] ?? ''}`);
      const left = title.x - (found.left + penX);
      const top = (title.baselines[index] ?? 0) - (found.top + baselineY);
      blendOnto(image, line, left, top, found.right + 1);
    });
    return image;
  };
}
