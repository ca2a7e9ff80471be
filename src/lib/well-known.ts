/** Text of `/.well-known/security.txt` (RFC 9116) and `/robots.txt`. */

/** Inputs of {@link securityTxt}. */
export interface SecurityTxtOptions {
  /** Where to report vulnerabilities: a `mailto:` or `https:` URI. */
  contact: string;
  /** Absolute URL of the security.txt file itself. */
  canonical: string;
  /** BCP-47 tags of the languages reports may be written in. */
  languages: readonly string[];
  /** The build date; the file expires 180 days later, so a stale deployment stops vouching for itself. */
  now: Date;
}

/** Days until a generated security.txt expires (RFC 9116 advises less than a year). */
export const securityTxtLifetimeDays = 180;

/** The security.txt fields, in RFC 9116 syntax. */
export function securityTxt({ contact, canonical, languages, now }: SecurityTxtOptions): string {
  if (!/^(mailto:|https:\/\/)/.test(contact))
    throw new Error(`security.txt Contact must be mailto: or https:, got "${contact}"`);
  const expires = new Date(now.getTime() + securityTxtLifetimeDays * 86_400_000);
  expires.setUTCHours(0, 0, 0, 0);
  return [
    `Contact: ${contact}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    `Preferred-Languages: ${languages.join(', ')}`,
    `Canonical: ${canonical}`,
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; the sitemap lists the pages in every locale. */
export function robotsTxt(sitemap: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}
