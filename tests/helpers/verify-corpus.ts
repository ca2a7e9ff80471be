/**
 * An adversarial corpus for the channel checker, by class: every listed channel and its disguises
 * (scripts, traversal, encodings, hidden characters, several recipients, wrappers, messengers, pages
 * anyone can publish), and unrelated sites that share a platform's name. Built from the data, so it
 * grows with it; each entry says what it must never be called.
 */
import type { Platform } from '../../src/schemas/platform.ts';

/** One input and its class; `official: false` marks inputs that must never be called official. */
export interface CorpusEntry {
  input: string;
  kind: string;
  official: boolean | null;
}

/** Profile link bases per network, as readers paste them. */
const profileBases: Readonly<Record<string, readonly string[]>> = {
  x: ['https://x.com/', 'https://twitter.com/', 'x.com/'],
  telegram: ['https://t.me/', 't.me/', 'https://telegram.me/'],
  instagram: ['https://www.instagram.com/'],
  facebook: ['https://www.facebook.com/'],
  youtube: ['https://www.youtube.com/@'],
  tiktok: ['https://www.tiktok.com/@'],
  linkedin: ['https://www.linkedin.com/company/'],
  reddit: ['https://www.reddit.com/r/'],
  discord: ['https://discord.gg/'],
  whatsapp: ['https://wa.me/'],
};

/** Ways to make a profile path open another account than the one it shows. */
const traversals = (handle: string, network: string): string[] => [
  // X shows any post under any name: a post link proves nothing about its account.
  ...(network === 'x' ? [`${handle}/status/1`] : []),
  `${handle}/../support_desk`,
  `${handle}/%2e%2e/support_desk`,
  `${handle}/%2E%2E/support_desk`,
  `${handle}\\..\\support_desk`,
  `${handle}/./../support_desk`,
  `${handle}%2f..%2fsupport_desk`,
  `${handle}%2F..%2Fsupport_desk`,
  `${handle}%5c..%5csupport_desk`,
  Array.from(handle, (char) => String.fromCodePoint((char.codePointAt(0) ?? 0) + 0xfee0)).join(''),
  `${handle}\u200B`,
  `${handle}\u202E`,
  `s/${handle}/../../support_desk`,
];

/** Unrelated sites that share or contain a platform's name, or only mention it: never to be called lookalikes. */
export const brandNamedSites: readonly string[] = [
  'krakend.io',
  'kraken.io',
  'krakenjs.com',
  'krakenrum.com',
  'krakenimages.com',
  'krakensounds.com',
  'seattlekraken.com',
  'kraken.fandom.com',
  'https://www.nhl.com/kraken',
  'https://en.wikipedia.org/wiki/Kraken',
  'https://www.imdb.com/find/?q=kraken',
  'https://www.coindesk.com/markets/kraken-review',
  'https://www.trustpilot.com/review/kraken.com',
  'gemini.google',
  'gemini.google.com',
  'geminiprotocol.net',
  'geminicollisionrepair.ca',
  'geminisolutions.com',
  'geminibuild.com',
  'https://www.noirlab.edu/public/programs/gemini-observatory/',
  'https://ai.google.dev/gemini-api/docs',
  'https://github.com/google-gemini',
  'https://en.wikipedia.org/wiki/Gemini_(constellation)',
  'bitgert.com',
  'budget.com',
  'bitgetwallet-review.example',
  'https://www.investopedia.com/bitget-review-8349834',
  'coinbasemuseum.example',
  'base.org',
  'coinmarketcap.com',
  'https://www.nerdwallet.com/article/investing/coinbase-review',
  'https://www.reddit.com/r/CoinBase/',
  'okta.com',
  'ok.ru',
  'okcupid.com',
  'box.com',
  'okko.tv',
  'https://en.wikipedia.org/wiki/OKX',
  'finance.yahoo.com',
  'binary.com',
  'bitcoin.org',
  'https://www.cnbc.com/quotes/BNB.CM=',
  'https://cointelegraph.com/tags/binance',
  'https://www.bloomberg.com/news/binance-fine',
  'https://www.reuters.com/technology/binance-ceo',
  'https://decrypt.co/tag/okx',
  'https://www.forbes.com/advisor/investing/cryptocurrency/kraken-review/',
  'token.com',
  'coin.com',
  'krakow.pl',
  'geminiairconditioning.example',
  'krakenmarine.example',
  'kraken-robotics.example',
  'gemini-jewelry.example',
  'okxplorer.example',
  'binancial.example',
  'coinbasket.example',
  'bitgetaway.example',
  'geminis.example.org',
  // Names near the nine platforms added later, and pages that only mention them.
  'htc.com',
  'upbeat.com',
  'uphold.com',
  'upwork.com',
  'stamps.com',
  'timestamp.com',
  'bitcoin.com',
  'bitpay.com',
  'bitwarden.com',
  'coingate.com',
  'gatehub.net',
  'gateway.com',
  'gatesfoundation.org',
  'gate.ac.uk',
  'date.com',
  'cryptonews.com',
  'cryptoslate.com',
  'cryptocompare.com',
  'cryptopanic.com',
  'crypto.news',
  'crypto.org',
  'cryptorank.io',
  'cronos.org',
  'mexico.com',
  'kuchen.de',
  'byte.com',
  'bitfinance.com',
  'finex.com',
  'bitstampede.com',
  'upbits.org',
  'https://www.investopedia.com/bybit-review',
  'https://www.coindesk.com/tag/kucoin',
  'https://en.wikipedia.org/wiki/Crypto.com',
  'https://en.wikipedia.org/wiki/HTX_(exchange)',
  'https://www.reddit.com/r/Bitfinex/',
  'https://www.theblock.co/tag/upbit',
  'https://www.forbes.com/advisor/bitstamp-review/',
  'https://cointelegraph.com/tags/mexc',
];

/** The corpus: built from the platforms, with every class of the checker's issue. */
export function buildCorpus(platforms: readonly Platform[]): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  // A generated name that is itself a platform's domain (gate.com, Huobi.com) is not a disguise.
  const domains = new Set(platforms.flatMap((platform) => platform.domains));
  const add = (input: string, kind: string, official: boolean | null = false) =>
    entries.push({ input, kind, official: official === false && domains.has(input.toLowerCase()) ? null : official });
  for (const platform of platforms) {
    const domain = platform.domains[0] ?? '';
    const label = domain.split('.')[0] ?? '';
    for (const channel of platform.channels) {
      if (channel.kind === 'social') {
        for (const base of profileBases[channel.network] ?? []) {
          add(`${base}${channel.handle}`, 'profile', null);
          for (const trick of traversals(channel.handle, channel.network)) add(`${base}${trick}`, 'traversal');
        }
        add(`@${channel.handle}_support`, 'brand-plus-word');
        add(`@${channel.handle}_official`, 'brand-plus-word');
        add(`${profileBases[channel.network]?.[0] ?? 'https://t.me/'}${channel.handle}_helpdesk`, 'brand-plus-word');
      } else if (channel.kind === 'email') {
        add(channel.value, 'email', null);
        add(`mailto:${channel.value}`, 'mailto', null);
        add(`mailto:${channel.value},help@${label}-support.example`, 'mailto');
        add(`mailto:${channel.value}%2Chelp@evil.example`, 'mailto');
        add(`mailto:${channel.value}?cc=help@evil.example`, 'mailto');
        add(`mailto:${channel.value}?bcc=help@evil.example`, 'mailto');
        add(`mailto:${channel.value};help@evil.example`, 'mailto');
        add(`mailto:?to=${channel.value}&to=help@evil.example`, 'mailto');
        add(`${channel.value}, help@evil.example`, 'several');
        add(channel.value.replace('@', '\u200B@'), 'hidden');
        add(`"help@evil.example"${channel.value.slice(channel.value.indexOf('@'))}`, 'email');
      } else if (channel.kind === 'phone') {
        add(channel.value, 'phone', null);
        add(`Call ${channel.value} now`, 'phone-words', null);
        add(`https://wa.me/${channel.value.slice(1)}`, 'messenger');
        add(`whatsapp://send?phone=${channel.value.slice(1)}`, 'messenger');
        add(`viber://chat?number=%2B${channel.value.slice(1)}`, 'messenger');
      } else if (channel.kind !== 'app') {
        const url = channel.value;
        add(url, 'web', null);
        add(`<${url}>`, 'wrapped', null);
        add(`(${url})`, 'wrapped', null);
        add(`Link: ${url}.`, 'wrapped', null);
        add(`${url}${'x'.repeat(2100)}`, 'too-long');
        add(url.replace(/^(https?:\/\/[^/]+)\/?/, '$1\\@evil.example/'), 'userinfo');
        add(url.replace('://', '://user@'), 'userinfo');
        add(`${url}\u202E`, 'hidden');
        add(`https://www.google.com/url?q=${encodeURIComponent(url)}`, 'redirect');
        add(`https://l.facebook.com/l.php?u=${encodeURIComponent(url)}`, 'redirect');
        add(`https://www.google.com/url?q=${url}&q=https://evil.example/`, 'redirect');
        add(`${url}${url.endsWith('/') ? '' : '/'}?next=https://evil.example/`, 'embedded');
      }
    }
    for (const entry of platform['known-fakes']) {
      add(entry.kind === 'handle' ? `@${entry.handle}` : entry.value, 'known-fake');
    }
    // Lookalikes in every script and with lure words.
    const greek: Record<string, string> = {
      a: 'α',
      e: 'ε',
      i: 'ι',
      k: 'κ',
      n: 'η',
      o: 'ο',
      x: 'χ',
      b: 'β',
      t: 'τ',
      u: 'υ',
    };
    const cyrillic: Record<string, string> = {
      a: 'а',
      c: 'с',
      e: 'е',
      i: 'і',
      k: 'к',
      o: 'о',
      p: 'р',
      x: 'х',
      y: 'у',
      s: 'ѕ',
    };
    const smallCaps: Record<string, string> = {
      a: 'ᴀ',
      b: 'ʙ',
      c: 'ᴄ',
      e: 'ᴇ',
      g: 'ɢ',
      i: 'ɪ',
      k: 'ᴋ',
      m: 'ᴍ',
      n: 'ɴ',
      o: 'ᴏ',
      r: 'ʀ',
      t: 'ᴛ',
      u: 'ᴜ',
      x: 'x',
    };
    const tld = domain.slice(label.length + 1);
    for (const alphabet of [greek, cyrillic, smallCaps]) {
      const name = Array.from(label, (char) => alphabet[char] ?? char).join('');
      if (name !== label) {
        add(`${name}.${tld}`, 'script');
        add(`${name.toUpperCase()}.${tld}`, 'script');
        add(new URL(`https://${name}.${tld}/`).hostname, 'script');
      }
    }
    add(`${label.replace('m', 'rn').replace('k', 'lc').replace('i', '1').replace('o', '0')}.${tld}`, 'multi-character');
    for (const word of ['support', 'kefu', '客服', 'refund', 'vip', 'admin', 'app', 'web3', 'help']) {
      add(`${label}-${word}.com`, 'lure');
      add(`${label}${word}.${tld}`, 'lure');
    }
    for (const alias of platform.aliases ?? []) add(`${alias}.com`, 'alias');
    add(`https://sites.google.com/view/${label}-support`, 'user-content');
    add(`https://${label}-help.pages.dev/`, 'user-content');
    add(`https://telegra.ph/${label}-Support-12-04`, 'user-content');
    add(`https://github.com/${label}`, 'user-content');
    add(`https://bit.ly/${label}-support`, 'shortener');
    add(`https://${domain}@evil.example/login`, 'userinfo');
    add(`https://evil.example/${domain}/login`, 'path');
    for (const entry of platform['user-content'] ?? []) {
      for (const path of entry.paths)
        add(`https://www.${domain}${path.replace('*', 'en')}post/1`, 'platform-user-content');
    }
  }
  for (const site of brandNamedSites) add(site, 'brand-named');
  return entries;
}
