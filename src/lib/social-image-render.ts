/** Renders social-image SVGs to small PNGs with sharp, through a content-addressed cache (Node only). */
import { createHash } from 'node:crypto';
import { access, mkdir, rename, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { fontFamilies, glyphProbeSvg } from './social-image.ts';

/**
 * PNG settings, chosen for build time: full colour with light compression encodes in ~2.5 ms,
 * ~50 KB a file. A 16-colour palette (`palette: true, colours: 16, dither: 0`) looks the same at
 * ~12 KB but its quantizer costs another ~12 ms an image.
 */
const png = { compressionLevel: 3, adaptiveFiltering: false } as const;

/** Part of every cache key: bump it when the rendering (not the SVG) changes, e.g. the PNG settings. */
export const rendererVersion = `2:${sharp.versions.sharp}:${JSON.stringify(png)}`;

/** Renders one SVG to PNG bytes. */
export function renderPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png(png).toBuffer();
}

/** Encodes raw pixels to PNG bytes with the same settings. */
export function encodePng({
  data,
  width,
  height,
  channels,
}: {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}): Promise<Buffer> {
  return sharp(data, { raw: { width, height, channels: channels as 1 | 2 | 3 | 4 } })
    .png(png)
    .toBuffer();
}

/** Width and height in pixels of the box that holds ink (any pixel darker than mid-grey) in a rendered SVG. */
export async function inkBox(svg: string): Promise<{ width: number; height: number }> {
  const { data, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
  let [left, top, right, bottom] = [info.width, info.height, -1, -1];
  for (let row = 0; row < info.height; row++) {
    for (let column = 0; column < info.width; column++) {
      if ((data[(row * info.width + column) * info.channels] ?? 255) < 128) {
        left = Math.min(left, column);
        right = Math.max(right, column);
        top = Math.min(top, row);
        bottom = Math.max(bottom, row);
      }
    }
  }
  return right < 0 ? { width: 0, height: 0 } : { width: right - left + 1, height: bottom - top + 1 };
}

/** An unassigned code point: no font has it, so it is drawn as the "missing glyph" box. */
const unassigned = '\u0378';

/**
 * Whether the image fonts (`first`, then the defaults) can draw `probe`, a character of a script. A missing
 * glyph is drawn as a box of fixed size holding its code point in hex, the same box as an
 * unassigned code point's; a real glyph has ink of another shape.
 */
export async function canRender(probe: string, first?: readonly string[]): Promise<boolean> {
  const fonts = fontFamilies(first);
  const [drawn, missing] = await Promise.all([
    inkBox(glyphProbeSvg(probe, fonts)),
    inkBox(glyphProbeSvg(unassigned, fonts)),
  ]);
  const same = (a: number, b: number) => Math.abs(a - b) <= 1;
  return drawn.height > 0 && !(same(drawn.width, missing.width) && same(drawn.height, missing.height));
}

/** Where a rendered SVG is (or will be) cached, and whether it already was. */
export interface CachedImage {
  file: string;
  cached: boolean;
}

/**
 * Renders `svg` into `cacheDir/<hash>.png` unless that file exists (then it is only touched). The
 * SVG is the key; `render` may draw the same image another way (see `social-image-layers.ts`).
 */
export async function renderCached(
  svg: string,
  cacheDir: string,
  render: () => Promise<Buffer> = () => renderPng(svg),
): Promise<CachedImage> {
  const hash = createHash('sha256').update(rendererVersion).update('\0').update(svg).digest('hex').slice(0, 32);
  const file = join(cacheDir, `${hash}.png`);
  try {
    await access(file);
    const now = new Date();
    await utimes(file, now, now);
    return { file, cached: true };
  } catch {
    // Not cached yet.
  }
  const bytes = await render();
  await mkdir(cacheDir, { recursive: true });
  // Written under a temporary name and renamed, so an interrupted build never leaves half a PNG.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return { file, cached: false };
}
