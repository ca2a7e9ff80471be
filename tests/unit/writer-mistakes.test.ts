/**
 * Every mistake a writer makes, each made once in a fixture: the valid fixture tree
 * (`tests/fixtures/content/valid`) with one file added or changed, checked as `npm run check` checks
 * the project. Each case names the file, the line (and the column, where the mistake is a place in
 * a line) and the words of the fix, and the check must report exactly that: a class of mistake
 * cannot silently stop being caught, nor start catching correct text.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/check/index.ts';
import { formatProblems } from '../../src/readers/problems.ts';
import { loadSiteContent } from '../../src/readers/site-fs.ts';

const project = fileURLToPath(new URL('../../', import.meta.url));
const valid = join(project, 'tests/fixtures/content/valid');

/** Files to write over a source of `content/`, by path inside it. */
type Files = Readonly<Record<string, string>>;

/**
 * Checks a project in a temporary folder: `content/docs/` is the valid fixture with `docs` written
 * over it; every other source of `content/` is this project's, or a copy with `content[source]`
 * written over it. Returns the problems and the report as `npm run check` prints it.
 */
async function checkProject(docs: Files = {}, content: Readonly<Record<string, Files>> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'signpost-mistake-'));
  const write = (dir: string, files: Files) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };
  cpSync(valid, join(root, 'content/docs'), { recursive: true });
  write(join(root, 'content/docs'), docs);
  for (const source of readdirSync(join(project, 'content'))) {
    if (source === 'docs' || source === 'README.md') continue;
    const files = content[source];
    if (files) {
      cpSync(join(project, 'content', source), join(root, 'content', source), { recursive: true });
      write(join(root, 'content', source), files);
    } else symlinkSync(join(project, 'content', source), join(root, 'content', source));
  }
  for (const [source, files] of Object.entries(content)) {
    if (!readdirSync(join(project, 'content')).includes(source)) write(join(root, 'content', source), files);
  }
  const problems = await checkSite(loadSiteContent(root));
  return { problems, output: formatProblems(problems) };
}

/** An article: the frontmatter with `fields` changed or added (a value of `undefined` leaves the field out), then the body. */
function article(body: string, fields: Readonly<Record<string, string | undefined>> = {}, locale = 'en'): string {
  const base: Record<string, string | undefined> =
    locale === 'en'
      ? {
          title: 'A test article',
          description: 'A short description of the test article.',
          category: 'get-help',
          keywords: '[first phrase, second phrase, third phrase]',
          updated: '2026-11-23',
        }
      : {
          title: '一篇测试文章',
          description: '测试文章的简短说明。',
          category: 'get-help',
          keywords: '[第一个词, 第二个词, 第三个词]',
          updated: '2026-11-23',
        };
  const lines = Object.entries({ ...base, ...fields })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value ?? ''}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** The first body line of {@link article} without extra fields: after 5 fields, the fences and a blank line. */
const body = 9;
const en = 'content/docs/en/get-help/test.mdx';
const zh = 'content/docs/zh-cn/get-help/test.mdx';
const imports = (...names: string[]) => `import { ${names.join(', ')} } from '~/components';\n\n`;

interface Case {
  /** The files written over the valid fixture's articles. */
  docs?: Files;
  /** Files written over other sources of `content/` (platforms, glossary…). */
  content?: Readonly<Record<string, Files>>;
  /** Each problem the check must report: where (`file:line` or `file:line:column`) and words of its fix. */
  problems: readonly (readonly [place: string, fix: string])[];
}

/** One case per class of mistake. */
const mistakes: Readonly<Record<string, Case>> = {
  // Frontmatter
  'no frontmatter': {
    docs: { 'en/get-help/test.mdx': 'Just text.\n' },
    problems: [[`${en}:1`, 'the file has no frontmatter; start it with a `---` block']],
  },
  'YAML error, at its line in the file': {
    docs: { 'en/get-help/test.mdx': article('Text.', { keywords: '[one, two' }) },
    problems: [
      [
        `${en}:5`,
        'the YAML of the frontmatter is malformed (Flow sequence in block collection must be sufficiently indented and end with a ]); close the list with `]` on the line where it starts',
      ],
    ],
  },
  'a value with `: ` not quoted': {
    docs: { 'en/get-help/test.mdx': article('Text.', { title: 'Deposits: what to check' }) },
    problems: [[`${en}:2`, 'a value that contains `: ` must be quoted']],
  },
  'missing title': {
    docs: { 'en/get-help/test.mdx': article('Text.', { title: undefined }) },
    problems: [[`${en}:2`, 'add a `title:`; it is the page heading']],
  },
  'title read as a number': {
    docs: { 'en/get-help/test.mdx': article('Text.', { title: '2026' }) },
    problems: [[`${en}:2`, '`title:` must be text, but YAML reads it as a number: quote it, e.g. title: "2026"']],
  },
  'missing description': {
    docs: { 'en/get-help/test.mdx': article('Text.', { description: undefined }) },
    problems: [[`${en}:2`, 'add a one-sentence `description:`']],
  },
  'description over 160 characters': {
    docs: { 'en/get-help/test.mdx': article('Text.', { description: 'Long '.repeat(40) }) },
    problems: [[`${en}:3`, 'shorten `description:` to under 160 characters']],
  },
  'misspelled field': {
    docs: { 'en/get-help/test.mdx': article('Text.', { descripton: 'Typo in the name.' }) },
    problems: [[`${en}:7`, 'unknown field `descripton:`; did you mean `description`?']],
  },
  "another tool's field name": {
    docs: { 'en/get-help/test.mdx': article('Text.', { tags: '[a, b]' }) },
    problems: [[`${en}:7`, 'unknown field `tags:`; did you mean `keywords`?']],
  },
  'a slug: field that collides with another page': {
    docs: { 'en/get-help/test.mdx': article('Text.', { slug: 'en/get-help/other' }) },
    problems: [[`${en}:7`, "remove `slug:`: a page's address comes from its file name"]],
  },
  'unknown category': {
    docs: { 'en/get-help/test.mdx': article('Text.', { category: 'depositz' }) },
    problems: [[`${en}:4`, '"depositz" is not a category; set `category:` to one of: get-help']],
  },
  'category not the folder': {
    docs: { 'en/get-help/test.mdx': article('Text.', { category: 'safety' }) },
    problems: [[`${en}:4`, 'the file is in the "get-help" folder but says `category: safety`']],
  },
  'keywords not a list': {
    docs: { 'en/get-help/test.mdx': article('Text.', { keywords: 'deposit, missing, coins' }) },
    problems: [[`${en}:5`, 'write `keywords:` as a YAML list']],
  },
  'fewer than 3 keywords': {
    docs: { 'en/get-help/test.mdx': article('Text.', { keywords: '[one, two]' }) },
    problems: [[`${en}:5`, 'list at least 3 phrases in `keywords:`']],
  },
  'a keyword read as a number': {
    docs: { 'en/get-help/test.mdx': article('Text.', { keywords: '[one, two, 96110]' }) },
    problems: [[`${en}:5`, 'YAML reads `96110` as a number: quote it, e.g. - "96110"']],
  },
  'updated not a date': {
    docs: { 'en/get-help/test.mdx': article('Text.', { updated: 'last week' }) },
    problems: [[`${en}:6`, 'set `updated:` to the date of the last real change, as YYYY-MM-DD']],
  },
  'urgent in quotes': {
    docs: { 'en/get-help/test.mdx': article('Text.', { urgent: '"yes"' }) },
    problems: [[`${en}:7`, 'write `urgent: true` (no quotes)']],
  },
  'sidebar order not a number': {
    docs: { 'en/get-help/test.mdx': article('Text.', { sidebar: '\n  order: first' }) },
    problems: [[`${en}:8`, 'write `order:` under `sidebar:` as a number']],
  },
  'unknown platform id': {
    docs: { 'en/get-help/test.mdx': article('Text.', { platforms: '[kraken, krakn]' }) },
    problems: [[`${en}:7`, '"krakn" is not a platform; did you mean `kraken`?']],
  },
  '.md beside .mdx of the same slug': {
    docs: { 'en/get-help/test.mdx': article('Text.'), 'en/get-help/test.md': article('Text.') },
    problems: [['content/docs/en/get-help/test.mdx:1', 'are the same page (en/get-help/test); keep one file per page']],
  },
  'urgent: true without <DoThisNow>': {
    docs: { 'en/get-help/test.mdx': article('## First\n\nText.', { urgent: 'true' }) },
    problems: [[`${en}:7`, '`urgent: true` articles open with <DoThisNow>: add it before the first heading']],
  },
  '<DoThisNow> after the first heading of an urgent article': {
    docs: {
      'en/get-help/test.mdx': article(`${imports('DoThisNow')}## First\n\n<DoThisNow>\n\n1. Act.\n\n</DoThisNow>`, {
        urgent: 'true',
      }),
    },
    problems: [[`${en}:14`, 'move it above the first heading (line 12)']],
  },
  // Files and translations
  'file outside <locale>/<category>/<slug>.mdx': {
    docs: { 'en/test.mdx': article('Text.') },
    problems: [['content/docs/en/test.mdx', 'articles live at content/docs/<locale>/<category>/<slug>.mdx']],
  },
  'translation without an original': {
    docs: { 'zh-cn/get-help/test.mdx': article('正文。', {}, 'zh-cn') },
    problems: [[zh, 'there is no en original at content/docs/en/get-help/test.mdx']],
  },
  // MDX
  'unclosed component tag': {
    docs: { 'en/get-help/test.mdx': article(`${imports('RedFlags')}<RedFlags>\n\n- One flag.\n`) },
    problems: [[`${en}:${body + 2}:1`, '`<RedFlags>` is never closed: add `</RedFlags>`']],
  },
  'tags closed in the wrong order': {
    docs: { 'en/get-help/test.mdx': article('Some <b>bold <i>text</b></i>.') },
    problems: [[`${en}:${body}:21`, 'close tags in the reverse order you opened them']],
  },
  'a bare <': {
    docs: { 'en/get-help/test.mdx': article('Fees are <1% of the amount.') },
    problems: [[`${en}:${body}:10`, 'a `<` starts a tag in MDX; to write the character, use `&lt;`']],
  },
  'a bare {': {
    docs: { 'en/get-help/test.mdx': article('Type the code {without spaces.') },
    problems: [[`${en}:${body}:15`, 'a `{` starts code in MDX; to write the character, use `\\{`']],
  },
  '{expression} in the text': {
    docs: { 'en/get-help/test.mdx': article('Send it to {name} today.') },
    problems: [[`${en}:${body}:12`, '`{name}` is read as code and would break the page']],
  },
  'an HTML comment': {
    docs: { 'en/get-help/test.mdx': article('Text <!-- note --> more.') },
    problems: [[`${en}:${body}:6`, 'HTML comments do not work in MDX; write {/* comment */}']],
  },
  'unknown component': {
    docs: { 'en/get-help/test.mdx': article(`${imports('RedFlags')}<RedFlag>\n\n- One.\n\n</RedFlag>`) },
    problems: [[`${en}:${body + 2}:1`, '`<RedFlag>` is not a component articles can use; did you mean `<RedFlags>`?']],
  },
  'component not imported': {
    docs: { 'en/get-help/test.mdx': article('<NeverAsks />') },
    problems: [[`${en}:${body}:1`, '`<NeverAsks>` is used but not imported: add `NeverAsks` to `import { … }']],
  },
  'import of something that is not a component': {
    docs: { 'en/get-help/test.mdx': article(`${imports('NeverAsk')}Text.`) },
    problems: [[`${en}:${body}:1`, '`NeverAsk` is not a component of ~/components; did you mean `NeverAsks`?']],
  },
  'import from another module': {
    docs: { 'en/get-help/test.mdx': article("import Box from '../../box.astro';\n\nText.") },
    problems: [
      [`${en}:${body}:1`, "articles only import components, as `import { DoThisNow, NeverAsks } from '~/components';`"],
    ],
  },
  'component name in lower case': {
    docs: { 'en/get-help/test.mdx': article(`${imports('NeverAsks')}<neverasks />`) },
    problems: [[`${en}:${body + 2}:1`, 'component names are written with capitals: `<NeverAsks>`']],
  },
  '<SupportChecklist> without items': {
    docs: { 'en/get-help/test.mdx': article(`${imports('SupportChecklist')}<SupportChecklist />`) },
    problems: [[`${en}:${body + 2}:1`, "<SupportChecklist>: needs `items`: write items={['uid', 'txid']}"]],
  },
  '<SupportChecklist> with an unknown item': {
    docs: {
      'en/get-help/test.mdx': article(`${imports('SupportChecklist')}<SupportChecklist items={['uid', 'pin']} />`),
    },
    problems: [[`${en}:${body + 2}:1`, 'unknown item(s) "pin"; choose from: uid, txid']],
  },
  'a prop written as code': {
    docs: {
      'en/get-help/test.mdx': article(`${imports('SupportChecklist')}<SupportChecklist items={items} />`),
    },
    problems: [[`${en}:${body + 2}:1`, '`items={items}` is code, not a value']],
  },
  'a number prop in quotes': {
    docs: { 'en/get-help/test.mdx': article(`${imports('RedFlags')}<RedFlags level="3">\n\n- One.\n\n</RedFlags>`) },
    problems: [[`${en}:${body + 2}:1`, '<RedFlags>: write `level={2}` or `level={3}` (a number, in braces)']],
  },
  'a prop the component does not have': {
    docs: { 'en/get-help/test.mdx': article(`${imports('NeverAsks')}<NeverAsks title="Careful" />`) },
    problems: [[`${en}:${body + 2}:1`, '<NeverAsks>: takes no props: remove `title`']],
  },
  'content inside a component that takes none': {
    docs: { 'en/get-help/test.mdx': article(`${imports('NeverAsks')}<NeverAsks>\n\nMore.\n\n</NeverAsks>`) },
    problems: [[`${en}:${body + 2}:1`, '<NeverAsks>: write it self-closing, with nothing inside']],
  },
  '<DoThisNow> without a numbered list': {
    docs: { 'en/get-help/test.mdx': article(`${imports('DoThisNow')}<DoThisNow>\n\n- Act.\n\n</DoThisNow>`) },
    problems: [[`${en}:${body + 2}:1`, '<DoThisNow>: write the steps as a numbered list (1. … 2. …)']],
  },
  'unknown platform in a component': {
    docs: { 'en/get-help/test.mdx': article(`${imports('PlatformDomain')}Go to <PlatformDomain id="krakn" />.`) },
    problems: [[`${en}:${body + 2}:7`, '<PlatformDomain>: "krakn" is not a platform id']],
  },
  'unknown aside type': {
    docs: { 'en/get-help/test.mdx': article(':::warning\nCareful.\n:::') },
    problems: [
      [`${en}:${body}:1`, '`:::warning` is not an aside, so it shows as plain text; did you mean `:::caution`?'],
    ],
  },
  // Contact details
  'phone number with separators': {
    docs: { 'en/get-help/test.mdx': article('Call +1 (855) 555-0100 now.') },
    problems: [[`${en}:${body}:6`, 'phone number "+1 (855) 555-0100" written in the text; never print a number']],
  },
  'phone number without separators': {
    docs: { 'en/get-help/test.mdx': article('Call 4008208820 now.') },
    problems: [[`${en}:${body}:6`, 'phone number "4008208820" written in the text']],
  },
  'phone number with the country code and no +': {
    docs: { 'en/get-help/test.mdx': article('Or 18557370477.') },
    problems: [[`${en}:${body}:4`, 'phone number "18557370477" written in the text']],
  },
  'phone number in full-width digits': {
    docs: {
      'en/get-help/test.mdx': article('Text.'),
      'zh-cn/get-help/test.mdx': article('拨打４００８２０８８２０。', {}, 'zh-cn'),
    },
    problems: [[`${zh}:${body}:3`, 'phone number "４００８２０８８２０" written in the text']],
  },
  'phone number in inline code': {
    docs: { 'en/get-help/test.mdx': article('The message said `call 400-820-8820`.') },
    problems: [[`${en}:${body}:24`, 'phone number "400-820-8820" written in the text']],
  },
  'phone number in a code block': {
    docs: { 'en/get-help/test.mdx': article('The message:\n\n```\nSupport: +44 808 168 4635\n```') },
    problems: [[`${en}:${body + 3}:10`, 'phone number "+44 808 168 4635" written in the text']],
  },
  'tel: link': {
    docs: { 'en/get-help/test.mdx': article('[Call support](tel:+18557370477).') },
    problems: [
      [`${en}:${body}:16`, '"tel:+18557370477" is a link that calls or messages a number'],
      [`${en}:${body}`, '"tel:+18557370477" links outside the site'],
    ],
  },
  'WhatsApp link': {
    docs: { 'en/get-help/test.mdx': article('Chat on wa.me/18557370477 today.') },
    problems: [
      [`${en}:${body}:9`, '"wa.me/18557370477" is a link that calls or messages a number'],
      [`${en}:${body}`, 'domain name "wa.me" written in the text'],
    ],
  },
  'email address': {
    docs: { 'en/get-help/test.mdx': article('Write to help@example-exchange.com.') },
    problems: [[`${en}:${body}:10`, 'email address "help@example-exchange.com" written in the text']],
  },
  'email address spelled out': {
    docs: { 'en/get-help/test.mdx': article('Write to support (at) example-exchange (dot) com.') },
    problems: [[`${en}:${body}:10`, 'spells the email address support@example-exchange.com']],
  },
  'email address with a full-width at sign': {
    docs: { 'en/get-help/test.mdx': article('Write to support＠example-exchange.com.') },
    problems: [[`${en}:${body}:10`, 'spells the email address support@example-exchange.com']],
  },
  'web address': {
    docs: { 'en/get-help/test.mdx': article('Open www.example-exchange.com/help today.') },
    problems: [[`${en}:${body}`, 'web address "www.example-exchange.com/help" written in the text']],
  },
  'real domain name': {
    docs: { 'en/get-help/test.mdx': article('Log in at support.platform-name.com only.') },
    problems: [[`${en}:${body}`, 'domain name "support.platform-name.com" written in the text']],
  },
  // Links
  'link to a page that does not exist': {
    docs: { 'en/get-help/test.mdx': article('See [the other one](../othr/).') },
    problems: [[`${en}:${body}:5`, '"../othr/" leads to /en/get-help/othr/, which is not a page of this site']],
  },
  'link from the site root': {
    docs: { 'en/get-help/test.mdx': article('See [other](/en/get-help/other/).') },
    problems: [[`${en}:${body}`, 'starts at the site root and breaks under a sub-path']],
  },
  'link to another site': {
    docs: { 'en/get-help/test.mdx': article('See [this](https://example.org/page).') },
    problems: [[`${en}:${body}`, 'links outside the site; articles link only to Signpost pages']],
  },
  'link to the .mdx file': {
    docs: { 'en/get-help/test.mdx': article('See [other](./other.mdx).') },
    problems: [[`${en}:${body}:5`, '"./other.mdx" links the source file; link the page instead: ../other/']],
  },
  'link to the page in another language': {
    docs: {
      'en/get-help/test.mdx': article('Text.'),
      'zh-cn/get-help/test.mdx': article('见[另一篇](../../../en/get-help/other/)。', {}, 'zh-cn'),
    },
    problems: [[`${zh}:${body}:2`, 'leads to the en page; readers of this page read zh-cn: write ../other/']],
  },
  'link to a heading that does not exist': {
    docs: {
      'en/get-help/test.mdx': article('See [the steps](../other/#step).'),
      'en/get-help/other.mdx': article('## Steps\n\nText.', { title: 'Other' }),
    },
    problems: [[`${en}:${body}:5`, '/en/get-help/other/ has no heading with the id "step"; did you mean #steps?']],
  },
  'link to a heading in a Chinese page': {
    docs: {
      'en/get-help/test.mdx': article('Text.'),
      'zh-cn/get-help/test.mdx': article('见[步骤](../other/#第一步)。', {}, 'zh-cn'),
      'zh-cn/get-help/other.mdx': article('## 第一步：冻结账户\n\n正文。', { title: '另一篇' }, 'zh-cn'),
    },
    problems: [[`${zh}:${body}:2`, 'has no heading with the id "第一步"; did you mean #第一步冻结账户?']],
  },
  // Language
  'English in a Chinese article': {
    docs: {
      'en/get-help/test.mdx': article('Text.'),
      'zh-cn/get-help/test.mdx': article('你的 withdrawal is still pending 吗？', {}, 'zh-cn'),
    },
    problems: [[`${zh}:${body}`, 'English text "withdrawal is still pending" in a 简体中文 article']],
  },
  'avoided term (English)': {
    docs: { 'en/get-help/test.mdx': article('Never type your seed phrase.') },
    problems: [[`${en}:${body}:17`, '"seed phrase": write "recovery phrase" (content/glossary/en.yaml']],
  },
  'British spelling': {
    docs: { 'en/get-help/test.mdx': article('Text.', { title: 'Withdrawal cancelled' }) },
    problems: [[`${en}:2:19`, '"cancelled": write "canceled" (content/glossary/en.yaml: US spelling)']],
  },
  'avoided term (Chinese)': {
    docs: {
      'en/get-help/test.mdx': article('Text.'),
      'zh-cn/get-help/test.mdx': article('在区块链浏览器里查。', {}, 'zh-cn'),
    },
    problems: [[`${zh}:${body}:2`, '"区块链浏览器": write "区块浏览器" (content/glossary/zh-cn.yaml']],
  },
  // Data files
  'broken platform files: every file, every problem, with lines; articles still checked': {
    docs: { 'en/get-help/test.mdx': article('Call 4008208820.') },
    content: {
      platforms: {
        'zzz.yaml':
          'id: zzz\nname: Zzz\ndomains: [zzz.example]\nchannels:\n  - kind: website\n    value: http://zzz.example/\n',
        'zzy.yaml': 'id: zzy\nname: Zzy\ndomains: [zzy.example\nchannels: []\n',
      },
    },
    problems: [
      ['content/platforms/zzy.yaml:3', 'close the list with `]` on the line where it starts'],
      ['content/platforms/zzz.yaml:5', 'channels.0.source: add `source:` with the https:// address'],
      ['content/platforms/zzz.yaml:5', 'channels.0.checked: add `checked:` with the date'],
      ['content/platforms/zzz.yaml:5', 'channels.0.evidence: add `evidence:` with a verbatim quote'],
      ['content/platforms/zzz.yaml:6', 'channels.0.value: write `value:` as a full https:// address'],
      [`${en}:${body}:6`, 'phone number "4008208820"'],
    ],
  },
  'a glossary with a YAML error, at the line of the unclosed list': {
    content: { glossary: { 'en.yaml': 'terms:\n  - use: recovery phrase\n    avoid: [seed phrase\n  - use: x\n' } },
    problems: [['content/glossary/en.yaml:3', 'close the list with `]` on the line where it starts']],
  },
  'a glossary variant inside its own term': {
    content: { glossary: { 'en.yaml': 'terms:\n  - use: recovery phrase\n    avoid: [phrase]\n' } },
    problems: [['content/glossary/en.yaml:3', '"phrase" is part of "recovery phrase" itself']],
  },
};

describe('every mistake a writer makes is caught, with the file, the line and the fix', () => {
  it.each(Object.entries(mistakes))('%s', { timeout: 60_000 }, async (_, { docs, content, problems }) => {
    const { problems: found, output } = await checkProject(docs, content);
    for (const [place, fix] of problems) {
      expect(output, output).toMatch(
        new RegExp(`(^|/)${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n  ✗ [^\\n]*`, 'm'),
      );
      expect(output).toContain(fix);
    }
    expect(found.length, output).toBe(problems.length);
  });

  it('counts at least 35 classes', () => {
    expect(Object.keys(mistakes).length).toBeGreaterThanOrEqual(35);
  });
});

describe('what the check leaves alone', () => {
  it('passes numbers that are not phone numbers, examples, and the components used as documented', async () => {
    const text = [
      imports('CheckExample', 'DoThisNow', 'NeverAsks', 'PlatformDomain', 'RedFlags', 'SupportChecklist'),
      '<DoThisNow>\n\n1. Freeze the account.\n2. Change the password.\n\n</DoThisNow>\n',
      '## Numbers that are not phone numbers\n',
      'In 2024 and 2025, on 2026-11-23 or 23.11.2026 at 10:30, 12 confirmations, version 10.15.7, 0.00012345 BTC,',
      '1,000,000 or 1 000 000 USDT, $2500000, between 1000-2000, UID 12345678, order 20241206123456,',
      'TxID `0x9f2c8e1234567890abcdef1234567890`, IP 192.168.10.1, steps 1 2 3, 110 or 96110.\n',
      'A scam message may say <CheckExample value="+1 855 555 0100" />: check it first.\n',
      'The site must be exactly <PlatformDomain id="kraken" /> or end in <PlatformDomain id="kraken" prefix="." />.\n',
      "<SupportChecklist items={['uid', 'txid']} />\n\n<NeverAsks />\n",
      '<RedFlags level={3}>\n\n- They message you first.\n\n</RedFlags>\n',
      ':::caution\nCheck twice.\n:::\n',
      'Log in at platform.example, write to name@platform.example, see [the steps](#numbers-that-are-not-phone-numbers).',
    ].join('\n');
    const { output } = await checkProject({
      'en/get-help/test.mdx': article(text, { urgent: 'true', platforms: '[kraken]' }),
    });
    expect(output).toBe('');
  });
});
