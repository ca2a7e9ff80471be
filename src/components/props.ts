/**
 * The components writers use in MDX (`import { … } from '~/components'`), their props and what their
 * content must hold: one description that the components apply when they render (and throw with the
 * same words), the writers' check applies to every article before the build, and the writers' guide
 * lists. Pure.
 */
import { checklistItems } from '../schemas/ui.ts';

/** What a prop check may need to know about the site. */
export interface PropContext {
  /** Ids of the platforms in `content/platforms/`. */
  platformIds: readonly string[];
}

/** One prop: how to write it and what is wrong with a value. */
export interface PropSpec {
  /** How to write it, e.g. `items={['uid', 'txid']}`. */
  example: string;
  /** What it sets, for the guide. */
  about: string;
  required?: boolean;
  /** The fix for a wrong value, or `undefined` when the value is fine. */
  check: (value: unknown, context: PropContext) => string | undefined;
}

/** One component: what it is for, its props, what it must wrap, and the headings it renders that links may point at. */
export interface ComponentSpec {
  about: string;
  props: Readonly<Record<string, PropSpec>>;
  /** `none`: written self-closing (`<NeverAsks />`); otherwise what it must wrap. */
  content: 'none' | 'numbered-list' | 'list';
  /** Ids of the headings it renders (`#do-this-now`). */
  anchors?: readonly string[];
  /** True when contact details written in its props are allowed: it shows an example to check, never a channel. */
  example?: boolean;
}

const level: PropSpec = {
  example: 'level={3}',
  about: 'heading level of its title: 2 (default) for a section of its own, 3 inside a section',
  check: (value) => (value === 2 || value === 3 ? undefined : 'write `level={2}` or `level={3}` (a number, in braces)'),
};

/** A platform id prop: the name of a file in content/platforms/. */
function platformId(example: string, about: string): PropSpec {
  return {
    example,
    about,
    required: true,
    check: (value, { platformIds }) =>
      typeof value === 'string' && platformIds.includes(value)
        ? undefined
        : `${typeof value === 'string' ? `"${value}" is not a platform id; ` : ''}use the id of a file in content/platforms/: ${platformIds.join(', ')}`,
  };
}

const itemList = checklistItems.join(', ');

/** Every component writers may use, by the name they import. */
export const writerComponents = {
  DoThisNow: {
    about:
      'the urgent numbered steps; required first (before any heading) in `urgent: true` articles; renders the "Do this now" heading',
    props: { level },
    content: 'numbered-list',
    anchors: ['do-this-now'],
  },
  NeverAsks: {
    about: 'the standard list of what real support never asks for; the same everywhere, so readers learn it',
    props: {},
    content: 'none',
  },
  RedFlags: {
    about: 'a "Red flags" box around a bulleted list, for scam articles',
    props: { level },
    content: 'list',
  },
  SupportChecklist: {
    about: 'what to have ready before contacting support; items are always shown in the standard order',
    props: {
      items: {
        example: "items={['uid', 'txid']}",
        about: `the items that fit, from: ${itemList}`,
        required: true,
        check: (value) => {
          if (!Array.isArray(value) || value.length === 0) {
            return `\`items\` must be a non-empty list, e.g. items={['uid', 'txid']}; choose from: ${itemList}`;
          }
          const unknown = value.filter((item) => !(checklistItems as readonly unknown[]).includes(item));
          return unknown.length > 0
            ? `unknown item(s) ${unknown.map((item) => `"${String(item)}"`).join(', ')}; choose from: ${itemList}`
            : undefined;
        },
      },
    },
    content: 'none',
  },
  PlatformChannels: {
    about: "one platform's official channels from content/platforms/, grouped by kind, with sources and dates",
    props: {
      platform: platformId('platform="kraken"', 'the platform id (its file name in content/platforms/)'),
      level: { ...level, about: "level of this block's headings: 2 (default) or 3" },
      full: {
        example: 'full={false}',
        about: 'false leaves out what the platform never does, unclear facts and known fakes (default true)',
        check: (value) => (typeof value === 'boolean' ? undefined : 'write `full={false}` or `full={true}`'),
      },
    },
    content: 'none',
  },
  PlatformDomain: {
    about:
      "a platform's official domain from content/platforms/ (the first of `domains:`), so an article can name it without writing it",
    props: {
      id: platformId('id="kraken"', 'the platform id (its file name in content/platforms/)'),
      prefix: {
        example: 'prefix="."',
        about: 'text put before the domain inside the same box: "." or a subdomain such as "support."',
        check: (value) =>
          typeof value === 'string' && /^(?:\.|(?:[a-z0-9-]+\.)+)$/.test(value)
            ? undefined
            : 'write `prefix="."` or a subdomain ending in a dot, such as `prefix="support."`',
      },
    },
    content: 'none',
  },
  CheckExample: {
    about:
      "an example of what a reader might be sent (a scammer's number, address or link), shown as code and linked to the channel checker; the only place a phone number or email address may be written",
    props: {
      value: {
        example: 'value="+1 855 555 0100"',
        about: 'the example, as a scam message would show it',
        required: true,
        check: (value) =>
          typeof value === 'string' && value.trim().length > 0 ? undefined : 'write the example as text: `value="…"`',
      },
    },
    content: 'none',
    example: true,
  },
} as const satisfies Record<string, ComponentSpec>;

/** The fix when a component does not wrap what it must. */
export const contentFixes = {
  'numbered-list':
    'write the steps as a numbered list (1. … 2. …) inside it, with a blank line after the opening tag and one before the closing tag',
  list: 'write a list (- … on each line) inside it, with a blank line after the opening tag and one before the closing tag',
  none: 'write it self-closing, with nothing inside',
} as const satisfies Record<ComponentSpec['content'], string>;

/** A component writers may use. */
export type WriterComponent = keyof typeof writerComponents;

/** True for the name of a component writers may use. */
export function isWriterComponent(name: string): name is WriterComponent {
  return Object.hasOwn(writerComponents, name);
}

/** What is wrong with the props of one use of a component, each as its fix (empty when they are fine). */
export function propProblems(
  name: WriterComponent,
  props: object,
  context: PropContext,
  /** Props written but not readable as values (reported apart): not checked again. */
  unreadable: ReadonlySet<string> = new Set(),
) {
  const spec: ComponentSpec = writerComponents[name];
  const values = props as Readonly<Record<string, unknown>>;
  const problems: string[] = [];
  const known = Object.keys(spec.props);
  for (const prop of Object.keys(props)) {
    if (!Object.hasOwn(spec.props, prop)) {
      problems.push(
        known.length === 0
          ? `takes no props: remove \`${prop}\``
          : `has no prop \`${prop}\`; its props are: ${known.map((key) => `\`${key}\``).join(', ')}`,
      );
    }
  }
  for (const [prop, rule] of Object.entries(spec.props)) {
    if (unreadable.has(prop)) continue;
    const value = values[prop];
    if (value === undefined) {
      if (rule.required) problems.push(`needs \`${prop}\`: write ${rule.example}`);
      continue;
    }
    const fix = rule.check(value, context);
    if (fix) problems.push(fix);
  }
  return problems;
}

/** Throws `[Name] fix` for the first thing wrong with the props (components call it when they render). */
export function assertProps(name: WriterComponent, props: object, context: PropContext): void {
  const [first] = propProblems(name, props, context);
  if (first) throw new Error(`[${name}] ${first}`);
}
