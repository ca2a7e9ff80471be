import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { platformFilter } from '../../src/lib/search/params.ts';
import { searchFields } from '../../src/config/search.ts';
import { spaced, unspaced } from '../fixtures/languages.ts';
import { compileDictionary } from '../../src/lib/search/dictionary.ts';
import {
  indexedParts,
  indexEntryHtml,
  indexTerms,
  segmentAllForIndex,
  segmentForIndex,
} from '../../src/lib/search/index-entry.ts';

const zh = compileDictionary({ groups: [['提币', '提现', '出金']], stopwords: ['了'] }, unspaced);
const en = compileDictionary({ groups: [['withdraw', 'cash out']], stopwords: ['my'] }, spaced);

const page = (lang: string, body: string, head = '') =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body><main data-pagefind-body>${body}</main></body></html>`;

describe('indexTerms', () => {
  it('holds keywords, synonyms of terms in the title and keywords, and stop words, each once, split like queries', () => {
    expect(indexTerms({ title: '提币一直在审核中', keywords: ['提现卡住了'] }, zh)).toBe(
      '提 现 卡住 了 提 币 提 现 出金 了',
    );
    expect(indexTerms({ title: 'How to withdraw', keywords: ['Withdrawal pending', 'withdrawal pending'] }, en)).toBe(
      'withdrawal pending withdraw cash out my',
    );
  });
});

describe('indexTerms: which synonyms an article gets', () => {
  it('only those of what it is about: a word in the title, or in two keywords or more', () => {
    const passing = indexTerms({ title: 'Deposits', keywords: ['credited but cannot withdraw'] }, en);
    expect(passing).not.toContain('cash out');
    const subject = indexTerms({ title: 'Limits', keywords: ['withdraw limit', 'cash out cap'] }, en);
    expect(subject).toContain('withdraw cash out');
  });
});

describe('segmentForIndex', () => {
  it('puts zero-width spaces where Intl.Segmenter splits Chinese, and leaves other text alone', () => {
    expect(segmentForIndex('USDT充值没到账', unspaced.lang)).toBe('USDT\u200b充\u200b值\u200b没\u200b到\u200b账');
    expect(segmentForIndex('Deposit not received', unspaced.lang)).toBe('Deposit not received');
  });
});

describe('segmentAllForIndex', () => {
  it('splits each text exactly as segmentForIndex does alone, line breaks and separators inside texts included', () => {
    const texts = [
      '第一行\n第二行',
      '充值没到账\r',
      '\na\r\nb充值',
      'USDT',
      '\u2029充值\u2029',
      '\u0301充值',
      '币\u200d',
      '',
      '提币',
    ];
    expect(segmentAllForIndex(texts, 'zh-CN')).toEqual(texts.map((text) => segmentForIndex(text, 'zh-CN')));
    expect(segmentAllForIndex(['a', 'b'], 'zh-CN')).toEqual(['a', 'b']);
  });
  it('agrees with segmentForIndex on many random mixes of Chinese, Latin, spaces and line breaks', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = ['充', '值', '提', '币', '没', '到', '账', 'a', 'USDT', ' ', '\n', '\r', '。', '，', '1'];
    const texts = Array.from({ length: 300 }, () =>
      Array.from({ length: random(12) }, () => alphabet[random(alphabet.length)] ?? '').join(''),
    );
    expect(segmentAllForIndex(texts, 'zh-CN')).toEqual(texts.map((text) => segmentForIndex(text, 'zh-CN')));
  });
});

describe('indexEntryHtml', () => {
  it('segments the searchable Chinese text and adds the title, heading and terms fields', () => {
    const html = indexEntryHtml(
      page(
        'zh-CN',
        '<h1>提币卡住了</h1><p>先查<strong>提币</strong>记录。</p><script>var a = "提币记录";</script>',
        '<meta name="keywords" content="提现卡住了, 出金">',
      ),
      { dictionaryFor: (lang) => (lang === 'zh-CN' ? zh : undefined) },
    );
    const { document } = parseHTML(html ?? '');
    expect(document.querySelector('p')?.textContent).toBe('先\u200b查提\u200b币记录\u200b。');
    expect(document.querySelector('script')?.textContent).toBe('var a = "提币记录";');
    const field = (name: string) =>
      document.querySelector(`meta[data-pagefind-meta="${name}[content]"]`)?.getAttribute('content');
    expect(field('title')).toBe('提币卡住了');
    expect(field(searchFields.heading)).toBe('提 币 卡住 了');
    expect(field(searchFields.terms)).toBe('提 现 卡住 了 出金 提 币 提 现 了');
  });
  it('leaves English text as it is', () => {
    const html = indexEntryHtml(page('en', '<h1>Withdraw</h1><p>Cash out safely.</p>'), { dictionaryFor: () => en });
    const { document } = parseHTML(html ?? '');
    expect(document.querySelector('p')?.textContent).toBe('Cash out safely.');
    expect(
      document.querySelector(`meta[data-pagefind-meta="${searchFields.terms}[content]"]`)?.getAttribute('content'),
    ).toBe('withdraw cash out my');
  });
  it('puts the title and keywords of a platform guide in a field of their own, and marks it with the platform filter', () => {
    const html = indexEntryHtml(
      page('en', '<h1>Kraken support</h1>', '<meta name="keywords" content="kraken cash out">'),
      {
        dictionaryFor: () => en,
        platform: 'kraken',
      },
    );
    const { document } = parseHTML(html ?? '');
    const field = (name: string) =>
      document.querySelector(`meta[data-pagefind-meta="${name}[content]"]`)?.getAttribute('content');
    expect(field(searchFields.platform)).toBe('kraken support kraken cash out my');
    expect(field(searchFields.heading)).toBeUndefined();
    expect(field(searchFields.terms)).toBeUndefined();
    expect(
      document.querySelector(`meta[data-pagefind-filter="${platformFilter}[content]"]`)?.getAttribute('content'),
    ).toBe('kraken');
  });
  it('reads markup as markup: quoted ">", character references, comments, scripts and nested tags', () => {
    const html = indexEntryHtml(
      page(
        'zh-CN',
        '<nav class="breadcrumbs x" data-x="a > b"><a href="/">首页</a></nav>' +
          '<h1 title="x > y">提币&amp;<em>充值</em></h1>' +
          '<p class="breadcrumbs-like">提币&amp;充值<!-- 注释 --></p><img alt="a>b"/>' +
          '<script>if (a < b) x = "提币";</script><footer><p>上一页</p></footer>',
        '<meta content="出金, A &amp; B" name="keywords">',
      ),
      { dictionaryFor: (lang) => (lang === 'zh-CN' ? zh : undefined) },
    );
    const { document } = parseHTML(html ?? '');
    expect([...document.querySelectorAll('[data-pagefind-ignore]')].map((element) => element.tagName)).toEqual([
      'NAV',
      'FOOTER',
    ]);
    expect(document.querySelector('nav')?.getAttribute('data-x')).toBe('a > b');
    expect(document.querySelector('p')?.textContent).toBe('提\u200b币&充\u200b值');
    expect(html).toContain('<!-- 注释 -->');
    expect(document.querySelector('script')?.textContent).toBe('if (a < b) x = "提币";');
    expect(document.querySelector('img')?.getAttribute('alt')).toBe('a>b');
    const field = (name: string) =>
      document.querySelector(`meta[data-pagefind-meta="${name}[content]"]`)?.getAttribute('content');
    expect(field('title')).toBe('提币&充值');
    expect(field(searchFields.terms)).toContain('出金 a b');
  });
  it('adds the fields to a page without <head>', () => {
    const html = indexEntryHtml('<html lang="en"><body><main data-pagefind-body><h1>Fees</h1></main></body></html>', {
      dictionaryFor: () => en,
    });
    const { document } = parseHTML(html ?? '');
    expect(document.querySelector('meta[data-pagefind-meta="title[content]"]')?.getAttribute('content')).toBe('Fees');
    expect(document.querySelector('main h1')?.textContent).toBe('Fees');
  });
  it('skips pages that are not searchable', () => {
    expect(
      indexEntryHtml('<html lang="en"><body><main><h1>Home</h1></main></body></html>', { dictionaryFor: () => en }),
    ).toBeUndefined();
  });
});

describe('indexedParts', () => {
  it('keeps <html>, <head> and <main>, and leaves the sidebar unparsed', () => {
    const html =
      '<!doctype html><html lang="zh-CN" dir="ltr"><head><meta name="keywords" content="k"></head>' +
      '<body><header>site</header><nav class="sidebar"><a href="/x/">every page</a></nav>' +
      '<main data-pagefind-body><h1>T</h1><p>text</p></main><footer>f</footer></body></html>';
    expect(indexedParts(html)).toBe(
      '<!doctype html><html lang="zh-CN" dir="ltr"><head><meta name="keywords" content="k"></head>' +
        '<body><main data-pagefind-body><h1>T</h1><p>text</p></main></body></html>',
    );
  });
  it('returns the whole page when the searchable part is not in <main>, or there is no <main>', () => {
    const outside = '<html><body><main>m</main><div data-pagefind-body>d</div></body></html>';
    expect(indexedParts(outside)).toBe(outside);
    expect(indexedParts('<html><body><p>p</p></body></html>')).toBe('<html><body><p>p</p></body></html>');
  });
});
