/** UI strings each locale provides in `content/i18n/<locale>.json`, beside Starlight's own. */
import { z } from 'astro/zod';
import { categories, type Category } from '../config/categories.ts';
import { channelKinds, phonePurposes } from './platform.ts';
import { socialNetworks } from '../lib/verify/social.ts';
import { inputKinds, noteCodes, reasonCodes, verdicts } from '../lib/verify/types.ts';
import { authorityRoles } from './reporting.ts';

const text = (what: string) => z.string().trim().min(1).describe(what);

/** Keys of the label and blurb of each category. */
type CategoryKey = `category.${Category}.${'label' | 'description'}`;

/** Category labels and blurbs, one pair per category in the category list. */
const categoryStrings = Object.fromEntries(
  categories.flatMap((id) => [
    [`category.${id}.label`, text(`Sidebar and card label of the ${id} category.`)],
    [`category.${id}.description`, text(`One-line description of the ${id} category.`)],
  ]),
) as Record<CategoryKey, z.ZodString>;

/** What a writer can put in `<SupportChecklist items={[…]} />`, in display order. */
export const checklistItems = [
  'uid',
  'txid',
  'time',
  'asset',
  'network',
  'addresses',
  'screenshots',
  'device',
  'error',
  'ticket',
  'payment',
] as const;
/** One item of the support checklist. */
export type ChecklistItem = (typeof checklistItems)[number];

/** The things `<NeverAsks />` lists, in display order. */
export const neverAsksItems = [
  'password',
  'codes',
  'seed',
  'privateKey',
  'apiSecret',
  'remote',
  'transfer',
  'dm',
] as const;

/** Fixed strings of the channel checker page (`verify.*`). */
const verifyKeys = [
  'verify.label',
  'verify.placeholder',
  'verify.button',
  'verify.loading',
  'verify.noscript',
  'verify.privacy',
  'verify.examplesTitle',
  'verify.scammedLink',
  'verify.contactLink',
  'verify.readAs',
  'verify.partsTitle',
  'verify.decisive',
  'verify.misleading',
  'verify.platform',
  'verify.channel',
  'verify.source',
  'verify.checked',
  'verify.share',
  'verify.pickNetwork',
  'verify.profileLink',
  'verify.hiddenMarker',
] as const;

/** Fixed strings of the contact page (`contact.*`). */
const contactKeys = [
  'contact.rulesTitle',
  'contact.rule1',
  'contact.rule2',
  'contact.rule3',
  'contact.verifyHint',
  'contact.officialTitle',
  'contact.neverTitle',
  'contact.notesTitle',
  'contact.unclearTitle',
  'contact.fakesTitle',
  'contact.fakeNote',
  'contact.source',
  'contact.checked',
  'contact.stale',
  'contact.built',
  'contact.builtOld',
  'contact.copy',
  'contact.copied',
  'contact.languages',
  'contact.hours',
  'contact.guideLink',
  'contact.indexTitle',
  'contact.detailsLink',
  'contact.detailTitle',
  'contact.detailDescription',
  'contact.backLink',
  'contact.automated',
] as const;

/** Fixed strings of the Open data page (`openData.*`); `{{built}}` and `{{checked}}` are dates. */
const openDataKeys = [
  'openData.title',
  'openData.description',
  'openData.intro',
  'openData.filesTitle',
  'openData.fileData',
  'openData.fileSchema',
  'openData.fileChanges',
  'openData.built',
  'openData.licenseTitle',
  'openData.license',
  'openData.licenseLink',
  'openData.useTitle',
  'openData.useCache',
  'openData.useDates',
  'openData.useAbsence',
  'openData.useMatch',
  'openData.versionTitle',
  'openData.version',
  'openData.checkerHint',
  'openData.contactNote',
] as const;

/** Fixed strings of the report-a-scam page (`report.*`). */
const reportKeys = [
  'report.title',
  'report.description',
  'report.intro',
  'report.warningTitle',
  'report.warning',
  'report.pickTitle',
  'report.pickHint',
  'report.allCountries',
  'report.official',
  'report.unclear',
  'report.inPerson',
  'report.app',
  'report.serves',
  'report.lookalikesTitle',
  'report.collectLink',
  'report.otherTitle',
  'report.otherText',
  'report.collectTitle',
  'report.collect.addresses',
  'report.collect.amounts',
  'report.collect.txids',
  'report.collect.timeline',
  'report.collect.screenshots',
  'report.collect.contacts',
  'report.collectKeep',
  'report.platformTitle',
  'report.platformText',
  'report.stablecoin',
  'report.link',
] as const;

/** Fixed strings of the "What happened?" page (`whatHappened.*`); `whatHappened.link` is the line that links it. */
const whatHappenedKeys = [
  'whatHappened.title',
  'whatHappened.description',
  'whatHappened.intro',
  'whatHappened.readNow',
  'whatHappened.platformTitle',
  'whatHappened.platformOther',
  'whatHappened.countryTitle',
  'whatHappened.countryOther',
  'whatHappened.checker',
  'whatHappened.restart',
  'whatHappened.link',
] as const;

/** Strings of the 404 page, shown in the language of the address the reader asked for. */
const notFoundKeys = ['notFound.title', 'notFound.text'] as const;

/** Strings of the offline page and of the home page's line about it. */
const offlineKeys = [
  'offline.title',
  'offline.description',
  'offline.text',
  'offline.homeLine',
  'offline.homeLink',
] as const;

/** Every reason code the verifier gives, plus the variants worded differently (src/lib/verify-message.ts). */
const reasonKeys = [
  ...new Set([
    ...Object.values(reasonCodes).flat(),
    'official-domain.email',
    'punycode.plain',
    'known-fake.note',
    'homoglyph.unparseable',
    'invisible-characters.plain',
    'user-content.named',
    'redirect.plain',
  ]),
] as const;

/** Every note code, plus the variants worded differently. */
const noteKeys = [...noteCodes, 'several-destinations.official'] as const;

/** A required string per key. */
function required<K extends string>(keys: readonly K[], what: string) {
  return Object.fromEntries(keys.map((key) => [key, text(what)])) as Record<K, z.ZodString>;
}

/** A required string per id, under `<prefix>.<id>`. */
function prefixed<P extends string, I extends string>(prefix: P, ids: readonly I[], what: string) {
  return Object.fromEntries(ids.map((id) => [`${prefix}.${id}`, text(`${what} (${id})`)])) as Record<
    `${P}.${I}`,
    z.ZodString
  >;
}

/** Every Signpost UI string; all are required so that a new locale cannot ship half-translated. */
export const uiStrings = z.object({
  ...categoryStrings,
  'site.title': text('Site name in the header.'),
  'site.tagline': text('Short description of the site for the home page.'),
  'root.prompt': text('On the language picker at `/`: "Choose your language".'),
  'home.title': text('Home page heading.'),
  'home.searchLabel': text('Label of the large search box on the home page.'),
  'home.searchHint': text('Placeholder in the home search box.'),
  'home.categoriesTitle': text('Heading above the category cards.'),
  'home.urgentTitle': text('Heading of the urgent box.'),
  'home.urgentText': text('The urgent box question: account hacked, wrong address, contacted by "support".'),
  'home.contactTitle': text('Heading of the official-channels box on the home page.'),
  'home.contactText': text('Text of the official-channels box.'),
  'home.contactLink': text('Link text to the contact page.'),
  'home.verifyLink': text('Link text to the channel checker on the home page.'),
  'breadcrumbs.label': text('Accessible name of the breadcrumb navigation.'),
  'breadcrumbs.home': text('First breadcrumb, linking the locale home page.'),
  'category.articles': text('Heading above the article list of a category page.'),
  'category.empty': text('Shown on a category page that has no articles yet.'),
  'sidebar.allArticles': text(
    'Sidebar link to a category page, after the first articles of a large category; {{count}} articles, {{category}} its label.',
  ),
  'related.title': text('Heading of the related articles list at the end of an article.'),
  'notice.outdated': text(
    'Above a translation older than its original: the default-language page changed on {{date}} (a formatted date).',
  ),
  'notice.readOriginal': text('Link to the original (default-language) page from that notice.'),
  'needHelp.title': text('Heading of the "Still need help?" block.'),
  'needHelp.text': text('Text of the "Still need help?" block.'),
  'needHelp.link': text('Link text to the contact page in the "Still need help?" block.'),
  'contact.title': text('Title of the contact page.'),
  'contact.description': text('Description of the contact page.'),
  'contact.intro': text('First paragraph of the contact page.'),
  'contact.pending': text('Placeholder text until the channel data is published.'),
  'urgent.badge': text('Badge on urgent articles in lists.'),
  'searchPage.submit': text('Button that runs a search, on the home page and the search results page.'),
  'searchPage.title': text('Title of the search results page.'),
  'searchPage.description': text('Description of the search results page.'),
  'searchPage.label': text('Label of the search box on the search results page.'),
  'searchPage.searching': text('Status while searching.'),
  'searchPage.found': text('Status with results; `{count}` and `{query}` are replaced.'),
  'searchPage.foundOne': text('Status with exactly one result; `{query}` is replaced.'),
  'searchPage.none': text('Status when nothing matches; `{query}` is replaced.'),
  'searchPage.suggestionsTitle': text('Heading of the suggestions shown before a search and when nothing matches.'),
  'searchPage.suggestionsText': text('Text above the suggested urgent articles, contact page and checker.'),
  'searchPage.more': text('Button that shows more results.'),
  'searchPage.error': text('Shown when search cannot load.'),
  'searchPage.noscript': text('Shown when JavaScript is off: search needs it.'),
  'verify.title': text('Title of the channel checker page.'),
  'verify.description': text('Description of the channel checker page.'),
  'verify.intro': text('First paragraph of the channel checker page.'),
  'checklist.title': text('Heading of the <SupportChecklist> block.'),
  ...prefixed('checklist.item', checklistItems, 'One item of <SupportChecklist>.'),
  'neverAsks.title': text('Heading of the <NeverAsks> block.'),
  ...prefixed('neverAsks.item', neverAsksItems, 'One thing real support never asks for, in <NeverAsks>.'),
  'neverAsks.footer': text('Closing line of the <NeverAsks> block.'),
  'doNow.title': text('Heading of the <DoThisNow> steps.'),
  'redFlags.title': text('Heading of the <RedFlags> list.'),
  'checkExample.title': text('Tooltip of a <CheckExample> link, which opens the channel checker with the example.'),
  ...required(verifyKeys, 'Text on the channel checker page.'),
  ...prefixed(
    'verify.verdict',
    [...verdicts, 'not-official', 'handle-needs-network'] as const,
    'Heading of a verdict on the channel checker; `not-official`: unknown but naming a platform ({{name}}).',
  ),
  ...prefixed('verify.advice', verdicts, 'What to do, shown under a verdict.'),
  ...prefixed('verify.kind', inputKinds, 'What the input was read as.'),
  ...prefixed('verify.reason', reasonKeys, 'Why, for one reason code; {{placeholders}} take its params.'),
  ...prefixed('verify.note', noteKeys, 'A further reason shown under the main one; {{placeholders}} take its params.'),
  ...prefixed('verify.network', [...socialNetworks, 'viber'] as const, 'Name of a social network or messenger.'),
  ...required(contactKeys, 'Text on the contact page.'),
  ...required(
    openDataKeys,
    'Text on the Open data page (`openData.contactNote`: the line on the contact page that links it).',
  ),
  ...required(reportKeys, 'Text on the report-a-scam page.'),
  ...required(notFoundKeys, 'Text on the 404 page.'),
  ...required(offlineKeys, 'Text on the offline page and the line about it on the home page.'),
  ...required(whatHappenedKeys, 'Text on the "What happened?" page (`whatHappened.link`: the link to it elsewhere).'),
  ...prefixed('report.role', authorityRoles, 'Heading of what an authority is for, on the report-a-scam page.'),
  ...prefixed('contact.kind', channelKinds, 'Heading of a group of channels of one kind.'),
  ...prefixed('contact.purpose', phonePurposes, 'What a phone line is for, shown with the number.'),
});

/** Keys whose text is a name, the same in every language (`verify.network.*`): not "untranslated" when it matches. */
export function isNameKey(key: string): boolean {
  return key.startsWith('verify.network.');
}

/** A locale's UI strings. */
export type UiStrings = z.infer<typeof uiStrings>;
/** A UI string key. */
export type UiKey = keyof UiStrings;
