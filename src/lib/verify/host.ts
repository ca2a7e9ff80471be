/** Host names taken apart: registrable domain, its name and suffix, subdomain labels, in ASCII and Unicode. */
import { parse } from 'tldts-icann';
import { labelSeparator } from './normalize.ts';
import { decode } from 'punycode/punycode.es6.js';

/** A host as the checks see it. */
export interface HostInfo {
  /** ASCII (`xn--`) host name in lower case, without trailing dots. */
  hostname: string;
  /** The same with `xn--` labels decoded. */
  unicode: string;
  isIp: boolean;
  /** Registrable domain (ICANN public suffix list, private suffixes ignored), `null` for IPs and bare names. */
  domain: string | null;
  /** Name of the registrable domain without its suffix, in Unicode (`kraken`); the whole host if there is none. */
  label: string;
  /** Public suffix (`com`, `co.uk`), empty if there is none. */
  suffix: string;
  /** Labels left of the registrable domain, in Unicode. */
  subdomains: string[];
  /** True when a label is an IDN (`xn--`). */
  punycode: boolean;
}

/** A host's labels in Unicode: `xn--` labels decoded (the `punycode` package), others and undecodable ones kept. */
export function toUnicodeHost(host: string): string {
  return host
    .split('.')
    .map((label) => {
      if (!label.startsWith('xn--')) return label;
      try {
        return decode(label.slice(4));
      } catch {
        return label;
      }
    })
    .join('.');
}

/** Takes an ASCII host name (as `new URL().hostname` gives it) apart. */
export function describeHost(hostname: string): HostInfo {
  const host = hostname.toLowerCase().replace(/\.+$/, '');
  const unicode = toUnicodeHost(host);
  const isIp = host.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(host);
  const parsed = isIp ? null : parse(host, { allowPrivateDomains: false, extractHostname: false });
  const domain = parsed?.domain ?? null;
  const suffix = domain ? (parsed?.publicSuffix ?? '') : '';
  const unicodeLabels = unicode.split('.');
  const domainLabels = domain ? domain.split('.').length : unicodeLabels.length;
  const suffixLabels = suffix ? suffix.split('.').length : 0;
  const cut = unicodeLabels.length - domainLabels;
  return {
    hostname: host,
    unicode,
    isIp,
    domain,
    label: isIp ? host : unicodeLabels.slice(cut, unicodeLabels.length - suffixLabels).join('.'),
    suffix,
    subdomains: isIp ? [] : unicodeLabels.slice(0, cut),
    punycode: host.split('.').some((label) => label.startsWith('xn--')),
  };
}

/** The host name `new URL` gives for a host text, or `null` if it is not one (or holds URL delimiters). */
export function hostnameOf(text: string): string | null {
  if (text === '' || /[\s/\\?#@%]/.test(text) || (text.includes(':') && !text.startsWith('['))) return null;
  try {
    return new URL(`https://${text}/`).hostname;
  } catch {
    return null;
  }
}

/**
 * Where the registrable domain starts inside the host as the reader wrote it (any IDNA dot,
 * full-width letters…), checked by normalising that tail again; `null` when it cannot be told.
 */
export function registrableOffset(rawHost: string, domain: string): number | null {
  const separators: number[] = [];
  for (let index = 0; index < rawHost.length; index++) {
    if (labelSeparator.test(rawHost.charAt(index))) separators.push(index);
  }
  const trailing = separators.at(-1) === rawHost.length - 1 ? 1 : 0;
  const inner = separators.length - trailing;
  const before = inner - (domain.split('.').length - 1);
  if (before < 0) return null;
  const start = before === 0 ? 0 : (separators[before - 1] ?? -1) + 1;
  const end = trailing ? rawHost.length - 1 : rawHost.length;
  return hostnameOf(rawHost.slice(start, end))?.replace(/\.$/, '') === domain ? start : null;
}
