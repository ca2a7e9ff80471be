/** OpenSearch description documents: how browsers add a locale's search to their address bar. */
import { escapeXml } from '../markup.ts';

/** What a locale's OpenSearch description says. */
export interface OpenSearchOptions {
  /** Short name in the browser's list of search engines (16 characters at most). */
  shortName: string;
  description: string;
  /** Absolute URL of the results page, without the query. */
  searchUrl: string;
  /** Absolute URL of the site icon (SVG). */
  iconUrl: string;
  /** BCP-47 tag of the locale. */
  lang: string;
}

/** The OpenSearch 1.1 description document; the browser fills `{searchTerms}` with what the reader typed. */
export function openSearchDescription({ shortName, description, searchUrl, iconUrl, lang }: OpenSearchOptions): string {
  const template = `${searchUrl}?q={searchTerms}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${escapeXml(Array.from(shortName).slice(0, 16).join(''))}</ShortName>`,
    `  <Description>${escapeXml(description.slice(0, 1024))}</Description>`,
    `  <Url type="text/html" method="get" template="${escapeXml(template)}"/>`,
    `  <Image type="image/svg+xml">${escapeXml(iconUrl)}</Image>`,
    `  <Language>${escapeXml(lang)}</Language>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    '  <OutputEncoding>UTF-8</OutputEncoding>',
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
