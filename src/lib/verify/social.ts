/** Social networks: their domains, and the account name in a profile link such as `https://t.me/notoscam`. */

/** Networks a `social` channel can be on. */
export const socialNetworks = [
  'x',
  'telegram',
  'facebook',
  'instagram',
  'youtube',
  'linkedin',
  'reddit',
  'discord',
  'tiktok',
  'whatsapp',
] as const;

/** A social network id. */
export type SocialNetwork = (typeof socialNetworks)[number];

/** Registrable domains whose profile links name an account, and their network. */
const networkDomains: Readonly<Record<string, SocialNetwork>> = {
  'x.com': 'x',
  'twitter.com': 'x',
  't.me': 'telegram',
  'telegram.me': 'telegram',
  'telegram.dog': 'telegram',
  'facebook.com': 'facebook',
  'fb.com': 'facebook',
  'instagram.com': 'instagram',
  'youtube.com': 'youtube',
  'linkedin.com': 'linkedin',
  'reddit.com': 'reddit',
  'discord.gg': 'discord',
  'discord.com': 'discord',
  'tiktok.com': 'tiktok',
  'wa.me': 'whatsapp',
};

/** The network whose profile links live on this registrable domain, if any. */
export function networkOfDomain(domain: string): SocialNetwork | undefined {
  return Object.hasOwn(networkDomains, domain) ? networkDomains[domain] : undefined;
}

/** First path segments that are pages of the network, not accounts. */
const reserved: Readonly<Partial<Record<SocialNetwork, readonly string[]>>> = {
  x: ['home', 'i', 'intent', 'search', 'share', 'hashtag', 'explore', 'settings', 'messages', 'notifications'],
  instagram: ['p', 'reel', 'reels', 'stories', 'explore', 'accounts'],
  facebook: ['groups', 'pages', 'profile.php', 'watch', 'events', 'share'],
};

/** Where the account name is in a profile link: which path segment, and how many leading characters to skip. */
export interface HandleLocation {
  /** Index of the path segment holding the name. */
  segment: number;
  /** Characters before the name inside that segment (the `@` of `youtube.com/@name`). */
  skip: number;
}

/** Outcome of {@link locateHandle}: a name, an invite link (no account name), or neither. */
export type HandleLookup = { kind: 'handle'; at: HandleLocation } | { kind: 'invite' } | { kind: 'none' };

/** Finds the account name in a profile link's path segments (`['', 'notoscam']` for `/notoscam`). */
export function locateHandle(network: SocialNetwork, segments: readonly string[]): HandleLookup {
  const parts = segments.map((segment, index) => ({ segment, index })).filter(({ segment }) => segment !== '');
  const first = parts[0];
  const second = parts[1];
  if (!first) return { kind: 'none' };
  const name = first.segment.toLowerCase();
  const at = (part: { index: number }, skip = 0): HandleLookup => ({
    kind: 'handle',
    at: { segment: part.index, skip },
  });
  switch (network) {
    case 'telegram':
      if (name.startsWith('+') || name === 'joinchat' || name === 'addlist') return { kind: 'invite' };
      if (name === 's' && second) return at(second);
      return at(first);
    case 'discord':
      if (name === 'invite' && second) return at(second);
      return at(first);
    case 'youtube':
      if (name.startsWith('@')) return at(first, 1);
      if ((name === 'c' || name === 'user' || name === 'channel') && second) return at(second);
      return { kind: 'none' };
    case 'tiktok':
      return name.startsWith('@') ? at(first, 1) : { kind: 'none' };
    case 'linkedin':
      return (name === 'company' || name === 'in' || name === 'school') && second ? at(second) : { kind: 'none' };
    case 'reddit':
      return (name === 'r' || name === 'u' || name === 'user') && second ? at(second) : { kind: 'none' };
    default:
      return reserved[network]?.includes(name) ? { kind: 'none' } : at(first);
  }
}
