import { describe, expect, it } from 'vitest';
import { toPlainMarkdown } from '../../src/lib/plain-markdown.ts';

const strings = {
  'checklist.title': 'Have ready',
  'checklist.item.uid': 'Your UID',
  'checklist.item.txid': 'The TxID',
  'neverAsks.title': 'Never asked',
  'neverAsks.item.password': 'Password',
  'neverAsks.footer': 'Stop.',
  'doNow.title': 'Do this now',
  'redFlags.title': 'Red flags',
};

const data = { strings, neverAsks: ['password'], domains: new Map([['kraken', 'kraken.com']]) };

describe('toPlainMarkdown', () => {
  it('turns every writer component into Markdown with the same words', () => {
    const source = [
      "import { DoThisNow, NeverAsks, RedFlags, SupportChecklist } from '~/components';",
      '<DoThisNow>\n\n1. Freeze\n\n</DoThisNow>',
      "<SupportChecklist items={['uid', 'txid']} />",
      '<NeverAsks />',
      '<RedFlags level={3}>\n\n- A flag\n\n</RedFlags>',
      '<PlatformChannels platform="kraken" />',
      'Exactly <PlatformDomain id="kraken" /> or <PlatformDomain id="kraken" prefix="support." />.',
    ].join('\n\n');
    expect(toPlainMarkdown(source, data)).toBe(
      [
        '',
        '## Do this now\n\n1. Freeze\n\n',
        '**Have ready**\n\n- Your UID\n- The TxID',
        '**Never asked**\n\n- Password\n\nStop.',
        '## Red flags\n\n- A flag\n\n',
        '',
        'Exactly `kraken.com` or `support.kraken.com`.',
      ].join('\n\n'),
    );
  });

  it('refuses a component it has no plain form for, or an unknown platform', () => {
    expect(() => toPlainMarkdown('<NewThing />', data)).toThrow(/<NewThing> has no plain form/);
    expect(() => toPlainMarkdown('<PlatformDomain id="nope" />', data)).toThrow(/no platform "nope"/);
    expect(toPlainMarkdown('Type `<Tag>` in code.', data)).toBe('Type `<Tag>` in code.');
  });
});
