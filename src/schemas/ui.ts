/** UI strings each locale provides in `content/i18n/<locale>.json`, beside Starlight's own. */
import { z } from 'astro/zod';
import { categories, type Category } from '../config/categories.ts';

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
  'breadcrumbs.label': text('Accessible name of the breadcrumb navigation.'),
  'breadcrumbs.home': text('First breadcrumb, linking the locale home page.'),
  'category.articles': text('Heading above the article list of a category page.'),
  'category.empty': text('Shown on a category page that has no articles yet.'),
  'related.title': text('Heading of the related articles list at the end of an article.'),
  'needHelp.title': text('Heading of the "Still need help?" block.'),
  'needHelp.text': text('Text of the "Still need help?" block.'),
  'needHelp.link': text('Link text to the contact page in the "Still need help?" block.'),
  'contact.title': text('Title of the contact page.'),
  'contact.description': text('Description of the contact page.'),
  'contact.intro': text('First paragraph of the contact page.'),
  'contact.pending': text('Placeholder text until the channel data is published.'),
  'urgent.badge': text('Badge on urgent articles in lists.'),
});

/** A locale's UI strings. */
export type UiStrings = z.infer<typeof uiStrings>;
/** A UI string key. */
export type UiKey = keyof UiStrings;
