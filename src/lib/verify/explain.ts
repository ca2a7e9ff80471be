/** One short English sentence per reason code, for the command line and logs (the site translates codes itself). */
import type { VerifyData } from './data.ts';
import type { ReasonCode, Verdict } from './types.ts';

/** Sentence builders; `p` holds the reason's params plus `name` (the platform's name) and `input`. */
const sentences: Record<ReasonCode, (p: Record<string, string>) => string> = {
  'exact-match': (p) => `A listed official ${p['name'] ?? ''} channel${p['channel'] ? ` (${p['channel']})` : ''}.`,
  'official-domain': (p) =>
    p['kind'] === 'email'
      ? `An address on ${p['name'] ?? ''}'s official domain ${p['domain'] ?? ''}, but not a listed one; a sender address can be forged.`
      : `${p['name'] ?? ''}'s official domain ${p['domain'] ?? ''}.`,
  'subdomain-of-official': (p) => `A subdomain of ${p['name'] ?? ''}'s official domain ${p['domain'] ?? ''}.`,
  'known-fake': (p) => `A known fake of ${p['name'] ?? ''}${p['note.en'] ? `: ${p['note.en']}` : ''}.`,
  userinfo: (p) =>
    p['name']
      ? `The part before "@" (${p['userinfo'] ?? ''}) is not where this leads; it leads to ${p['domain'] ?? ''}, and official links never carry it.`
      : `The part before "@" (${p['userinfo'] ?? ''}) is not where this leads; it leads to ${p['domain'] ?? ''}.`,
  homoglyph: (p) =>
    `${p['handle'] ? `@${p['handle']}` : (p['unicode'] ?? p['domain'] ?? '')} imitates ${p['official'] ?? ''} with lookalike characters${p['chars'] ? ` (${p['chars']})` : ''}.`,
  punycode: (p) =>
    p['official'] && p['unicode'] && p['domain'] !== p['official']
      ? `${p['host'] ?? ''} is the encoded form of ${p['unicode']}, which imitates ${p['official']}.`
      : `An encoded (xn--) name under ${p['domain'] ?? ''}; official links do not use one.`,
  'invisible-characters': () =>
    'It contains invisible characters that hide what it really says; type the address yourself.',
  'tld-swap': (p) => `${p['domain'] ?? ''} is not ${p['official'] ?? ''}: same name, different ending.`,
  typo: (p) => `${p['handle'] ? `@${p['handle']}` : (p['domain'] ?? '')} is one typo away from ${p['official'] ?? ''}.`,
  'brand-in-domain': (p) =>
    `${p['domain'] ?? ''} uses the name "${p['brand'] ?? ''}" but is not ${p['official'] ?? ''}.`,
  'brand-in-subdomain': (p) => `"${p['brand'] ?? ''}" is only a subdomain label; the site is ${p['domain'] ?? ''}.`,
  'brand-split': (p) => `"${p['brand'] ?? ''}" is split across labels; the site is ${p['domain'] ?? ''}.`,
  'brand-in-path': (p) => `${p['name'] ?? ''}'s name is only in the path; the site is ${p['domain'] ?? ''}.`,
  'brand-in-local-part': (p) =>
    `The address uses ${p['name'] ?? ''}'s name but is at ${p['domain'] ?? ''}, not ${p['official'] ?? ''}.`,
  'brand-in-display-name': (p) =>
    `The sender name says ${p['name'] ?? ''}, but the address is at ${p['domain'] ?? ''}, not ${p['official'] ?? ''}.`,
  'not-in-data': () => 'Not in our data: treat it as unofficial until the platform’s own site confirms it.',
  unclear: (p) => `Sources do not confirm ${p['value'] ?? 'this'} as ${p['name'] ?? ''}'s; treat it as unofficial.`,
  'brand-on-unrelated-site': (p) =>
    `A page of ${p['domain'] ?? ''}, which is not ${p['name'] ?? ''}; it is not an official ${p['name'] ?? ''} channel.`,
  'brand-in-handle': (p) =>
    `@${p['handle'] ?? ''} uses the name "${p['brand'] ?? ''}" but is not a ${p['name'] ?? ''} account in our data.`,
  'handle-needs-network': (p) =>
    `@${p['handle'] ?? ''} is ${p['name'] ?? ''}'s official account on ${p['networks'] ?? ''} only; paste the full profile link to check it.`,
  'invite-link': () => 'An invite link names no account, so it cannot be checked; ask for the account name.',
  'mixed-script': (p) => `It mixes ${p['scripts'] ?? 'several'} letters in one name, a common disguise.`,
  'ip-address': () => 'A bare IP address; official sites use their domain names.',
  'no-country-code': () => 'Add the country code (+ and digits) to check this number.',
  empty: () => 'Nothing to check.',
  'too-long': (p) => `Too long to be a real address (over ${p['max'] ?? ''} characters).`,
  unparseable: () => 'Not a link, email address, phone number or handle that can be read.',
  'unsupported-scheme': (p) => `Only web links can be checked, not "${p['scheme'] ?? ''}:" links.`,
};

/** Network names as the networks write them. */
const networkNames: Readonly<Record<string, string>> = {
  x: 'X',
  telegram: 'Telegram',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  discord: 'Discord',
  tiktok: 'TikTok',
  whatsapp: 'WhatsApp',
};

/** The English sentence for a verdict's reason. */
export function explain(verdict: Verdict, data: VerifyData): string {
  const platform = data.platforms.find((entry) => entry.id === verdict.platform);
  const params: Record<string, string> = { ...verdict.reason.params };
  if (platform) params['name'] = platform.name;
  if (verdict.kind) params['kind'] = verdict.kind;
  const networks = params['networks'];
  if (networks)
    params['networks'] = networks
      .split(', ')
      .map((id) => networkNames[id] ?? id)
      .join(', ');
  if (verdict.channel) params['channel'] = verdict.channel.label?.en ?? verdict.channel.kind;
  return sentences[verdict.reason.code](params);
}
