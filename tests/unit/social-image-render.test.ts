import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { canRenderHan, inkHeight, renderCached } from '../../src/lib/social-image-render.ts';
import { glyphProbeSvg, socialImageSvg } from '../../src/lib/social-image.ts';

const temp = mkdtempSync(join(tmpdir(), 'signpost-social-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

const content = {
  lang: 'zh-CN',
  siteTitle: 'Signpost 路标',
  label: '充值',
  title: '充值没到账：先用交易哈希查一查',
  footer: 'signpost.example.org',
};

/** Runs an ES module snippet in a fresh Node process whose fontconfig sees only the fonts in `fontDir`. */
function runWithFonts(fontDir: string, code: string): string {
  const config = join(temp, 'fonts.conf');
  writeFileSync(
    config,
    `<?xml version="1.0"?><fontconfig><dir>${fontDir}</dir><cachedir>${join(temp, 'fc-cache')}</cachedir></fontconfig>`,
  );
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    env: { ...process.env, FONTCONFIG_FILE: config },
    encoding: 'utf8',
  }).trim();
}

const source = (path: string) => JSON.stringify(fileURLToPath(new URL(`../../src/${path}`, import.meta.url)));

describe('the Chinese font check', () => {
  it('finds the Chinese font this machine has (Debian: fonts-noto-cjk)', async () => {
    expect(await canRenderHan()).toBe(true);
  });

  it('draws 一 as a thin stroke and an unassigned code point as a tall box', async () => {
    const stroke = await inkHeight(glyphProbeSvg('一', 'zh-CN'));
    const box = await inkHeight(glyphProbeSvg('\u0378', 'zh-CN'));
    expect(stroke).toBeGreaterThan(0);
    expect(box).toBeGreaterThan(stroke * 2);
  });

  it('reports no Chinese font when the renderer sees none', () => {
    const none = mkdtempSync(join(temp, 'fonts-'));
    const code = `const m = await import(${source('lib/social-image-render.ts')}); console.log(await m.canRenderHan());`;
    expect(runWithFonts(none, code)).toBe('false');
  });

  it('stops a build of the Chinese pages without a Chinese font, saying what to install', () => {
    const none = mkdtempSync(join(temp, 'fonts-'));
    const root = JSON.stringify(new URL('../../', import.meta.url).href);
    const code = [
      `const { socialImages } = await import(${source('integrations/social-images.ts')});`,
      'const { hooks } = socialImages();',
      `hooks['astro:config:done']({ config: { root: new URL(${root}), site: 'https://x.org' } });`,
      `await hooks['astro:build:start']({}).then(() => console.log('started'), (error) => console.log(error.message));`,
    ].join('\n');
    expect(runWithFonts(none, code)).toMatch(/^\[social-images\] No font for Chinese text: .*install fonts-noto-cjk/i);
  });
});

describe('renderCached', () => {
  it('renders a 1200×630 PNG once, then reuses it', async () => {
    const cache = join(temp, 'cache');
    const svg = socialImageSvg(content);
    const first = await renderCached(svg, cache);
    expect(first.cached).toBe(false);
    const meta = await sharp(first.file).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    const second = await renderCached(svg, cache);
    expect(second).toEqual({ file: first.file, cached: true });
    const other = await renderCached(socialImageSvg({ ...content, title: '提币限额' }), cache);
    expect(other.cached).toBe(false);
    expect(other.file).not.toBe(first.file);
    expect(readdirSync(cache).sort()).toEqual(
      [first.file, other.file].map((file) => file.slice(cache.length + 1)).sort(),
    );
  });
});
