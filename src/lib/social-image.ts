/** The social (Open Graph) image of a page as an SVG string: brand bar, category, wrapped title, domain. */
import { escapeXml } from './markup.ts';

/** Pixel size of every social image (the 1.91:1 card Open Graph and X/Twitter show large). */
export const socialImageSize = { width: 1200, height: 630 } as const;

/**
 * Fonts every image tries, after the locale's own (`fonts` in src/config/locales.ts): Noto Sans CJK SC
 * (Debian `fonts-noto-cjk`), whose Latin letters the layout's widths are measured on, then common ones.
 */
export const socialImageFontFamilies = ['Noto Sans CJK SC', 'DejaVu Sans', 'Liberation Sans', 'sans-serif'] as const;

/** The families an image is set in: the locale's first, then {@link socialImageFontFamilies}, each once. */
export function fontFamilies(first: readonly string[] = []): string[] {
  return [...new Set([...first, ...socialImageFontFamilies])];
}

/** Families as an SVG `font-family`. */
export function svgFontFamily(families: readonly string[]): string {
  return families.map((family) => (family === 'sans-serif' ? family : `'${escapeXml(family)}'`)).join(', ');
}

/** Signpost colours (src/styles/signpost.css); every text colour has ≥ 4.5:1 contrast on its background. */
const colours = {
  background: '#0d2742',
  bar: '#0b5cad',
  text: '#ffffff',
  label: '#ffd166',
  muted: '#c4ddf7',
  stripe: '#3b8fe0',
} as const;

/** What one image shows, all in the page's language. */
export interface SocialImageContent {
  /** BCP-47 tag of the text, e.g. `zh-CN`; written as `lang` so the renderer shapes it for that language. */
  lang: string;
  /** Site title in that locale, in the brand bar. */
  siteTitle: string;
  /** Small line above the title: the category label, or a locale's home heading. */
  label: string;
  /** The article title (or the site tagline), wrapped over up to four lines. */
  title: string;
  /** Footer text, e.g. the site's host name. */
  footer: string;
  /** Writing direction of the language; a right-to-left image is laid out mirrored. */
  dir?: 'ltr' | 'rtl' | undefined;
  /** Font families the language needs before the default ones (the locale's `fonts.families`). */
  fonts?: readonly string[] | undefined;
}

/** Characters set one em wide (Han, kana, Hangul, CJK and full-width punctuation); a line may break beside each. */
const wideChars =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff01-\\uff60\\uffe0-\\uffe6…';
const wide = new RegExp(`[${wideChars}]`, 'u');
/** A run of spaces, one wide character, or a run of anything else (a Latin word with its punctuation). */
const tokens = new RegExp(`\\s+|[${wideChars}]|[^\\s${wideChars}]+`, 'gu');
/** Punctuation that must not start a line; it stays with what precedes it. */
const closing = /^[、。，．：；！？）］｝〕〉》」』】〗”’…%),.:;!?\]}]+$/u;
/** Punctuation that must not end a line; it stays with what follows it. */
const opening = /^[（［｛〔〈《「『【〖“‘([{]+$/u;

/** Widths in ems of Latin letters in a bold sans-serif (Noto Sans CJK's Latin), by class; others 0.62. */
const latinWidths: [RegExp, number][] = [
  [/\s/, 0.25],
  [/[ijl|',.:;I]/, 0.32],
  [/[!\-f()[\]{}/\\tr’]/, 0.42],
  [/[sczJ*?]/, 0.5],
  [/[BDGHKNOPQRU&]/, 0.74],
  [/[mwMW%@]/, 0.95],
];

/** Estimated width in ems: wide characters 1, Latin letters 0.25–0.95 by class (about 0.55 on average). */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    width += wide.test(char) ? 1 : (latinWidths.find(([pattern]) => pattern.test(char))?.[1] ?? 0.62);
  }
  return width;
}

/** Units a line never breaks inside: a Latin word, or one wide character, with punctuation glued on. */
function atoms(text: string): { text: string; spaceBefore: boolean }[] {
  const out: { text: string; spaceBefore: boolean }[] = [];
  let open = '';
  let space = false;
  for (const [token] of text.matchAll(tokens)) {
    const last = out.at(-1);
    if (/^\s/.test(token)) space = out.length > 0 || open !== '';
    else if (closing.test(token) && last && !space && !open) last.text += token;
    else if (opening.test(token)) open += token;
    else {
      out.push({ text: open + token, spaceBefore: space });
      open = '';
      space = false;
    }
  }
  if (open) out.push({ text: open, spaceBefore: space });
  return out;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** The user-perceived characters of a string (a surrogate pair or an emoji sequence stays whole). */
const graphemes = (text: string) => Array.from(segmenter.segment(text), ({ segment }) => segment);

/** Options of {@link wrapText}, in ems of the text's font size. */
export interface WrapOptions {
  maxWidth: number;
  maxLines: number;
}

/**
 * Breaks text into lines no wider than `maxWidth` (estimated with {@link textWidth}): at spaces and
 * between CJK characters, never inside a Latin word unless it alone is too wide, never before closing
 * punctuation such as `，。）」`. Text beyond `maxLines` is cut and the last line ends with `…`.
 */
export function wrapText(text: string, { maxWidth, maxLines }: WrapOptions): string[] {
  const units = atoms(text.trim()).flatMap((atom) =>
    textWidth(atom.text) > maxWidth
      ? graphemes(atom.text).map((char, index) => ({ text: char, spaceBefore: index === 0 && atom.spaceBefore }))
      : [atom],
  );
  const lines: string[][] = [];
  let line: string[] = [];
  let width = 0;
  for (const unit of units) {
    const piece = line.length && unit.spaceBefore ? ` ${unit.text}` : unit.text;
    if (line.length && width + textWidth(piece) > maxWidth) {
      lines.push(line);
      line = [unit.text];
      width = textWidth(unit.text);
    } else {
      line.push(piece);
      width += textWidth(piece);
    }
  }
  if (line.length) lines.push(line);
  if (lines.length <= maxLines) return lines.map((pieces) => pieces.join(''));
  const kept = lines.slice(0, maxLines);
  const last = kept.pop() ?? [];
  while (last.length > 1 && textWidth(`${last.join('')}…`) > maxWidth) last.pop();
  const chars = graphemes(last.join(''));
  while (chars.length && textWidth(`${chars.join('')}…`) > maxWidth) chars.pop();
  const cut = chars.join('').replace(/[\s、。，．：；,.:;—–-]+$/u, '');
  return [...kept.map((pieces) => pieces.join('')), `${cut}…`];
}

/** The sign from the favicon, redrawn for the brand bar. */
const signIcon = `<g transform="translate(72 18) scale(2.4)"><path fill="${colours.text}" d="M15 4h2v24h-2zM8 8h14l4 3-4 3H8z"/><path fill="${colours.label}" d="M24 16H10l-4 3 4 3h14z"/></g>`;

/** Title sizes tried in order: the largest whose wrapped title fits on two lines, else the smallest. */
const titleSizes = [72, 60] as const;
const margin = 80;

/** The title of an image, for a renderer that draws it apart from the rest (see {@link socialImageParts}). */
export interface SocialImageTitle {
  lines: string[];
  /** Font size in pixels; the weight is bold. */
  size: number;
  /** Where each line's pen starts: its left edge (its right edge in a right-to-left image). */
  x: number;
  /** Baseline of each line, from the top of the image. */
  baselines: number[];
  colour: string;
}

/** An image in two parts: everything but the title as an SVG (the same for every article of a category), and the title. */
export interface SocialImageParts {
  lang: string;
  /** Font families, in order. */
  fonts: string[];
  base: string;
  title: SocialImageTitle;
}

/**
 * Whether an image can be drawn in layers (`src/lib/social-image-layers.ts`), which places each
 * title line by a mark at its start: right-to-left lines start on the right, so such images are
 * drawn whole from their SVG.
 */
export function drawnInLayers(content: SocialImageContent): boolean {
  return content.dir !== 'rtl';
}

/** The SVG elements before and after the title, and the title laid out. */
function layout(content: SocialImageContent): { before: string[]; after: string[]; title: SocialImageTitle } {
  const { width, height } = socialImageSize;
  const maxWidth = width - 2 * margin;
  const [large, small] = titleSizes;
  const largeLines = wrapText(content.title, { maxWidth: maxWidth / large, maxLines: Infinity });
  const size: number = largeLines.length <= 2 ? large : small;
  const lines = size === large ? largeLines : wrapText(content.title, { maxWidth: maxWidth / small, maxLines: 4 });
  const step = Math.round(size * 1.25);
  const fit = (text: string, fontSize: number, room: number) =>
    escapeXml(wrapText(text, { maxWidth: room / fontSize, maxLines: 1 })[0] ?? '');
  const lang = escapeXml(content.lang);
  const rtl = content.dir === 'rtl';
  // Right to left, the image is mirrored: every text starts at the right margin and runs leftwards.
  const at = (x: number) => (rtl ? width - x : x);
  const direction = rtl ? ' direction="rtl" unicode-bidi="embed"' : '';
  const text = (x: number, y: number, attributes: string, content: string) =>
    `<text x="${at(x)}" y="${y}"${attributes}>${content}</text>`;
  const before = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${lang}" xml:lang="${lang}"${direction} font-family="${svgFontFamily(fontFamilies(content.fonts))}">`,
    `<rect width="${width}" height="${height}" fill="${colours.background}"/>`,
    `<rect width="${width}" height="112" fill="${colours.bar}"/>`,
    rtl ? `<g transform="translate(${width} 0) scale(-1 1)">${signIcon}</g>` : signIcon,
    text(
      168,
      72,
      ` font-size="40" font-weight="700" fill="${colours.text}"`,
      fit(content.siteTitle, 40, width - 168 - margin),
    ),
    text(margin, 196, ` font-size="34" font-weight="700" fill="${colours.label}"`, fit(content.label, 34, maxWidth)),
  ];
  const after = [
    text(margin, 584, ` font-size="28" fill="${colours.muted}"`, fit(content.footer, 28, maxWidth)),
    `<rect y="614" width="${width}" height="16" fill="${colours.stripe}"/>`,
    '</svg>',
  ];
  const baselines = lines.map((_, index) => 282 + index * step);
  return { before, after, title: { lines, size, x: at(margin), baselines, colour: colours.text } };
}

/** The image as an SVG document without its title, and the title laid out in lines. */
export function socialImageParts(content: SocialImageContent): SocialImageParts {
  const { before, after, title } = layout(content);
  return { lang: content.lang, fonts: fontFamilies(content.fonts), base: [...before, ...after].join(''), title };
}

/** The title as SVG elements, to put into the base. */
function titleSvg({ lines, size, x, baselines, colour }: SocialImageTitle): string {
  const texts = lines.map((line, index) => `<text x="${x}" y="${baselines[index] ?? 0}">${escapeXml(line)}</text>`);
  return `<g font-size="${size}" font-weight="700" fill="${colour}">${texts.join('')}</g>`;
}

/** The image as an SVG document, its text escaped and marked with its language. */
export function socialImageSvg(content: SocialImageContent): string {
  const { before, after, title } = layout(content);
  return [...before, titleSvg(title), ...after].join('');
}

/** A small black-on-white SVG of `text` in the title font, in `fonts`, for checking that its glyphs exist. */
export function glyphProbeSvg(text: string, fonts: readonly string[] = fontFamilies()): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="120" font-family="${svgFontFamily(fonts)}">` +
    `<rect width="200" height="120" fill="#fff"/>` +
    `<text x="20" y="90" font-size="80" font-weight="700" fill="#000">${escapeXml(text)}</text></svg>`
  );
}

/** The Open Graph `<meta property content>` pairs of a page's image: absolute `url`, `alt` in the page's language. */
export function socialImageTags(url: string, alt: string): { property: string; content: string }[] {
  return [
    { property: 'og:image', content: url },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(socialImageSize.width) },
    { property: 'og:image:height', content: String(socialImageSize.height) },
    { property: 'og:image:alt', content: alt },
  ];
}
