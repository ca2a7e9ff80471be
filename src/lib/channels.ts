/** Presentation helpers for channel data: display text, links, grouping, staleness and defanging. */
import type { ChannelFacts, ChannelKind } from '../schemas/platform.ts';
import type { SocialNetwork } from './verify/social.ts';

/** Profile address of an account on each network. */
const profileBase: Record<SocialNetwork, string> = {
  x: 'https://x.com/',
  telegram: 'https://t.me/',
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/',
  youtube: 'https://www.youtube.com/@',
  linkedin: 'https://www.linkedin.com/company/',
  reddit: 'https://www.reddit.com/',
  discord: 'https://discord.com/invite/',
  tiktok: 'https://www.tiktok.com/@',
  whatsapp: 'https://wa.me/',
};

/** The text a reader copies or compares: the address, number or `@handle`. */
export function channelText(channel: ChannelFacts): string {
  return channel.kind === 'social' ? `@${channel.handle}` : channel.value;
}

/** Where the channel's link goes, if it has one (`mailto:`, `tel:` or the web address). */
export function channelHref(channel: ChannelFacts): string {
  switch (channel.kind) {
    case 'email':
      return `mailto:${channel.value}`;
    case 'phone':
      return `tel:${channel.value}`;
    case 'social':
      return `${profileBase[channel.network]}${channel.handle}`;
    default:
      return channel.value;
  }
}

/** The host a source address is on, for a short link text (`help.coinbase.com`); the text itself when it is not an address. */
export function sourceHost(source: string): string {
  return URL.canParse(source) ? new URL(source).hostname.replace(/^www\./, '') : source;
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in a language (`IE` → "Ireland", "爱尔兰"), one formatter per language. */
export function countryName(code: string, lang: string): string {
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    regionNames.set(lang, names);
  }
  return names.of(code) ?? code;
}

/**
 * The order channel kinds are shown in: where to go first (site, help center, chat, tickets), then
 * the lines and addresses to reach a person, then the rest.
 */
export const channelDisplayOrder = [
  'website',
  'help-center',
  'live-chat',
  'ticket',
  'phone',
  'email',
  'social',
  'app',
  'complaint',
  'verify-tool',
  'status-page',
] as const satisfies readonly ChannelKind[];

/** Channels grouped by kind, in the order of `kinds`, empty groups left out. */
export function groupByKind<K extends string, C extends { kind: K }>(channels: readonly C[], kinds: readonly K[]) {
  return kinds
    .map((kind) => ({ kind, channels: channels.filter((channel) => channel.kind === kind) }))
    .filter((group) => group.channels.length > 0);
}

/** A fake address written so it cannot be clicked or autolinked: `kraken[.]co[.]com`, `x[@]y[.]com`. */
export function defang(value: string): string {
  return value
    .replaceAll('.', '[.]')
    .replaceAll('@', '[@]')
    .replace(/^https?:\/\//i, 'hxxps://');
}
