import { describe, expect, it } from 'vitest';
import { quoteHasEmail, quoteHasHandle, quoteHasHost, quoteHasPhone, wordCount } from '../../src/lib/evidence.ts';
import { pathHasPrefix } from '../../src/schemas/platform.ts';

describe('wordCount', () => {
  it.each([
    ['Gemini will never call or text our customers.', 8],
    ['+1 (888) 908-7930 +1 (844) 613-1499', 6],
    ['9 AM - 6 PM CET (GMT+1), daily', 7],
    ['文文文 English', 4],
    ['  spaces   around  ', 2],
    ['', 0],
  ])('%j has %i words', (text, count) => {
    expect(wordCount(text)).toBe(count);
  });
});

describe('quoteHasPhone', () => {
  it.each([
    ['Toll free phone number +1 (888) 908-7930 +1 (844) 613-1499', '+18889087930'],
    ['Toll free phone number +1 (888) 908-7930 +1 (844) 613-1499', '+18446131499'],
    ['call us at (+44) 20 3868 9628 (UK)', '+442038689628'],
    ['United Kingdom/International: 0808 168 4635', '+448081684635'],
    ['the only Coinbase phone number is 1 (888) 908–7930.', '+18889087930'],
  ])('finds the number in %j', (quote, e164) => {
    expect(quoteHasPhone(quote, e164)).toBe(true);
  });
  it.each([
    ['+49 800 0010726 +49 221 68943025', '+4922168943973'],
    ['call +1 (202) 555-0199', '+12025550100'],
    ['no number here', '+12025550100'],
    ['+1 800 200 355', '+3531800200355'],
  ])('does not find %s in %j', (quote, e164) => {
    expect(quoteHasPhone(quote, e164)).toBe(false);
  });
});

describe('quoteHasHost, quoteHasEmail, quoteHasHandle', () => {
  it('matches a host as a whole name, in any case, before punctuation or a path', () => {
    expect(quoteHasHost('The domain name needs to be EXACTLY bitstamp.net!', 'bitstamp.net')).toBe(true);
    expect(quoteHasHost('is https://www.mexc.com. Exercise caution', 'www.mexc.com')).toBe(true);
    expect(quoteHasHost('URL is: https://www.kraken.com/sign-in', 'www.kraken.com')).toBe(true);
    expect(quoteHasHost('either https://gemini.com or https://exchange.gemini.com/signin', 'www.gemini.com')).toBe(
      false,
    );
    expect(quoteHasHost('denunciarlo a través de chat.crypto.com.', 'crypto.com')).toBe(false);
    expect(quoteHasHost('go to gemini.com.evil.example', 'gemini.com')).toBe(false);
  });
  it('matches an address glued to a particle of another script', () => {
    expect(quoteHasEmail('문의는 open-api@upbit.com으로 접수되며', 'open-api@upbit.com')).toBe(true);
    expect(quoteHasEmail('email Security@Coinbase.com now', 'security@coinbase.com')).toBe(true);
    expect(quoteHasEmail('write to nosecurity@coinbase.com', 'security@coinbase.com')).toBe(false);
  });
  it('matches a handle with @ or in a profile link, not inside a longer one', () => {
    expect(quoteHasHandle('please Block & Report it to @notoscam.', 'notoscam')).toBe(true);
    expect(quoteHasHandle('Quant Telegram: https://t.me/Gateio_Copy_Trading', 'gateio_copy_trading')).toBe(true);
    expect(quoteHasHandle('follow @binance_support', 'binance')).toBe(false);
  });
});

describe('pathHasPrefix', () => {
  it.each([
    ['/square/post/1', '/square/', true],
    ['/en/square/post/1', '/*/square/', true],
    ['/en/square/', '/*/square/', true],
    ['/en/support/faq/1', '/*/square/', false],
    ['/square', '/square/', false],
    ['/a/b/square/x', '/*/square/', false],
  ])('%s under %s: %s', (path, prefix, expected) => {
    expect(pathHasPrefix(path, prefix)).toBe(expected);
  });
});
