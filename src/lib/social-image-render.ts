/** Renders social-image SVGs to small PNGs with sharp, through a content-addressed cache (Node only). */
import { createHash } from 'node:crypto';
import { access, mkdir, rename, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { glyphProbeSvg } from './social-image.ts';

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

/** Height in pixels of the rows that hold ink (any pixel darker than mid-grey) in a rendered SVG. */
export async function inkHeight(svg: string): Promise<number> {
  const { data, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
  let top = -1;
  let bottom = -1;
  for (let row = 0; row < info.height; row++) {
    const start = row * info.width * info.channels;
    const pixels = data.subarray(start, start + info.width * info.channels);
    if (pixels.some((value) => value < 128)) {
      if (top < 0) top = row;
      bottom = row;
    }
  }
  return top < 0 ? 0 : bottom - top + 1;
}

/**
 * Whether the image fonts can draw Chinese. A missing glyph is drawn as a box as tall as a capital
 * letter (holding its code point in hex), so 一 ("one", a single thin stroke) comes out as a tall
 * box without a Han font and as a thin line with one; an unassigned code point gives the box's height.
 */
export async function canRenderHan(): Promise<boolean> {
  const [han, missing] = await Promise.all([
    inkHeight(glyphProbeSvg('一', 'zh-CN')),
    inkHeight(glyphProbeSvg('\u0378', 'zh-CN')),
  ]);
  return han > 0 && han * 2 < missing;
}

/** The message a build fails with when Chinese pages need a font the machine lacks. */
export const missingHanFontMessage =
  'No font for Chinese text: social images of Chinese pages would show empty boxes. ' +
  'Install fonts-noto-cjk (Debian/Ubuntu: apt-get install fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts; ' +
  'macOS and Windows ship a Chinese font), then build again.';

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
