import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { canRender, inkBox, renderCached } from '../../src/lib/social-image-render.ts';
import { localeConfig, localeIds } from '../../src/config/locales.ts';
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

/** Locales whose script needs fonts of its own, with them. */
const withFonts = localeIds.flatMap((id) => {
  const { fonts, label } = localeConfig(id);
  return fonts ? [{ id, label, fonts }] : [];
});

describe('the font check', () => {
  it.each(withFonts)('finds the fonts $id needs on this machine', async ({ fonts }) => {
    expect(await canRender(fonts.probe, fonts.families)).toBe(true);
  });

  it.each(withFonts)('uses a probe for $id that is one character of the Basic Multilingual Plane', ({ fonts }) => {
    // One UTF-16 code unit: a single character of the BMP, whose missing-glyph box has four hex digits.
    expect(fonts.probe).toHaveLength(1);
  });

  it('tells a drawn character from the box of a missing one', async () => {
    expect(await canRender('a')).toBe(true);
    expect(await canRender('\u0378')).toBe(false);
    const box = await inkBox(glyphProbeSvg('\u0379'));
    expect(await inkBox(glyphProbeSvg('\u0378'))).toEqual(box);
  });

  it.runIf(withFonts.length > 0)('reports the probe missing when the renderer sees no font', () => {
    const none = mkdtempSync(join(temp, 'fonts-'));
    const probe = JSON.stringify(withFonts[0]?.fonts.probe);
    const code = `const m = await import(${source('lib/social-image-render.ts')}); console.log(await m.canRender(${probe}));`;
    expect(runWithFonts(none, code)).toBe('false');
  });

  it.runIf(withFonts.length > 0)('stops a build without the fonts a locale needs, saying what to install', () => {
    const none = mkdtempSync(join(temp, 'fonts-'));
    const root = JSON.stringify(new URL('../../', import.meta.url).href);
    const code = [
      `const { socialImages } = await import(${source('integrations/social-images.ts')});`,
      'const { hooks } = socialImages();',
      `hooks['astro:config:done']({ config: { root: new URL(${root}), site: 'https://x.org' } });`,
      `await hooks['astro:build:start']({}).then(() => console.log('started'), (error) => console.log(error.message));`,
    ].join('\n');
    const [first] = withFonts;
    expect(runWithFonts(none, code)).toContain(
      `[social-images] No font for ${first?.label ?? ''} text: its social images would show empty boxes. Install ${first?.fonts.install ?? ''}`,
    );
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
