/** Social networks and messengers: their domains, and what a link on them names (an account, a number, a post, an invite). */

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

/** Registrable domains whose links name an account, and their network. */
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
  'whatsapp.com': 'whatsapp',
};

/** Subdomains that serve the same profiles as the bare domain. */
const sameSite = new Set(['www', 'm', 'mobile', 'web', 'api', 'chat']);

/** The network whose links live on this registrable domain, if any. */
export function networkOfDomain(domain: string): SocialNetwork | undefined {
  return Object.hasOwn(networkDomains, domain) ? networkDomains[domain] : undefined;
}

/** First path segments that are pages of the network, not accounts. */
const reserved: Readonly<Partial<Record<SocialNetwork, readonly string[]>>> = {
  x: ['home', 'i', 'intent', 'search', 'share', 'hashtag', 'explore', 'settings', 'messages', 'notifications', 'login'],
  telegram: ['share', 'iv', 'addstickers', 'addemoji', 'addtheme', 'proxy', 'socks', 'login', 'setlanguage', 'bg'],
  instagram: ['p', 'reel', 'reels', 'stories', 'explore', 'accounts', 'direct', 'tv'],
  facebook: ['groups', 'pages', 'profile.php', 'watch', 'events', 'share', 'sharer', 'marketplace', 'permalink.php'],
};

/** Tabs of an X profile: pages of the account itself. */
const xProfileTabs = [
  'with_replies',
  'media',
  'highlights',
  'articles',
  'likes',
  'followers',
  'following',
  'verified_followers',
];

/** What a link on a network names. `segment`: index of the path segment holding the name; `skip`: characters before it (`@`). */
export type LinkTarget =
  | { kind: 'handle'; segment: number; skip: number; post: boolean }
  | { kind: 'subdomain'; label: string }
  | { kind: 'phone'; number: string }
  | { kind: 'invite' }
  | { kind: 'none' };

/**
 * What a link names, from the network, the labels left of its registrable domain and the path
 * segments as the browser opens them (`['', 'notoscam']` for `/notoscam`; dot segments already
 * removed, not yet percent-decoded), with the query for WhatsApp's `send?phone=`.
 */
export function linkTarget(
  network: SocialNetwork,
  subdomains: readonly string[],
  segments: readonly string[],
  query: URLSearchParams,
): LinkTarget {
  if (subdomains.length > 1) return { kind: 'none' };
  const sub = subdomains[0];
  if (sub !== undefined && !sameSite.has(sub)) {
    // `name.t.me` is a Telegram profile; `chat.whatsapp.com` an invite; other subdomains name nothing.
    if (network === 'telegram') return { kind: 'subdomain', label: sub };
    return { kind: 'none' };
  }
  const parts = segments.map((segment, index) => ({ segment, index })).filter(({ segment }) => segment !== '');
  const first = parts[0];
  const second = parts[1];
  const name = first?.segment.toLowerCase() ?? '';
  const at = (part: { index: number }, skip = 0, post = false): LinkTarget => ({
    kind: 'handle',
    segment: part.index,
    skip,
    post,
  });
  switch (network) {
    case 'whatsapp': {
      const phone = query.get('phone');
      if (phone !== null && /^\/?send\/?$/i.test(segments.join('/').replace(/^\//, '')))
        return { kind: 'phone', number: phone };
      if (sub === 'chat' || name === 'message' || name === 'channel') return { kind: 'invite' };
      if (first && /^\+?\d[\d\s-]*$/.test(first.segment)) return { kind: 'phone', number: first.segment };
      return { kind: 'none' };
    }
    case 'telegram':
      if (!first) return { kind: 'none' };
      if (/^\+\d{6,}$/.test(first.segment)) return { kind: 'phone', number: first.segment };
      if (name.startsWith('+') || name === 'joinchat' || name === 'addlist' || name === 'c') return { kind: 'invite' };
      if (reserved.telegram?.includes(name)) return { kind: 'none' };
      if (name === 's') return second ? at(second) : { kind: 'none' };
      return at(first);
    case 'discord':
      if (name === 'invite' && second) return at(second);
      return first ? at(first) : { kind: 'none' };
    case 'youtube':
      if (name.startsWith('@') && first) return at(first, 1);
      if ((name === 'c' || name === 'user' || name === 'channel') && second) return at(second);
      return { kind: 'none' };
    case 'tiktok':
      return first && name.startsWith('@') ? at(first, 1, parts.length > 1) : { kind: 'none' };
    case 'linkedin':
      return (name === 'company' || name === 'in' || name === 'school') && second ? at(second) : { kind: 'none' };
    case 'reddit':
      return (name === 'r' || name === 'u' || name === 'user') && second ? at(second) : { kind: 'none' };
    case 'x':
      // X shows a post whatever name the link carries (`x.com/<anyone>/status/<id>` opens the real author's post):
      // only the profile and its own tabs are the account's.
      if (!first || reserved.x?.includes(name)) return { kind: 'none' };
      return at(
        first,
        0,
        parts.length > 2 || (second !== undefined && !xProfileTabs.includes(second.segment.toLowerCase())),
      );
    default:
      if (!first || reserved[network]?.includes(name)) return { kind: 'none' };
      return at(first);
  }
}
