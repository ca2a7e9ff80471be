import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, escapeAttribute, escapeXml } from '../../src/lib/markup.ts';

describe('escapeXml', () => {
  it('escapes the characters that end text or attributes', () => {
    expect(escapeXml(`a <b> & "c" 'd'`)).toBe('a &#60;b&#62; &#38; &#34;c&#34; &#39;d&#39;');
  });
});

describe('escapeAttribute', () => {
  it('escapes what ends a double-quoted value, and nothing else', () => {
    expect(escapeAttribute(`"a" & <b> 'c' 充值`)).toBe(`&quot;a&quot; &amp; <b> 'c' 充值`);
  });
});

describe('decodeCharacterReferences', () => {
  it('decodes what Astro and Pagefind write, numeric references and common typographic names', () => {
    expect(
      decodeCharacterReferences('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x4e2d;&#25991; &nbsp;&hellip;'),
    ).toBe(`a & b <c> "d" 'e' 中文 \u00a0…`);
  });
  it('leaves unknown names, impossible code points and bare ampersands as written', () => {
    expect(decodeCharacterReferences('&unknown; &#xd800; &#1114112; & x &amp')).toBe(
      '&unknown; &#xd800; &#1114112; & x &amp',
    );
  });
  it('round-trips escaped text', () => {
    const text = `<script>"x" & 'y'</script> 提币`;
    expect(decodeCharacterReferences(escapeXml(text))).toBe(text);
    expect(decodeCharacterReferences(escapeAttribute(text))).toBe(text);
  });
});
