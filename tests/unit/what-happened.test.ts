/** The "What happened?" tree: its shape, its articles, and a translation of every text in every locale. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeIds } from '../../src/config/locales.ts';
import { missingTexts } from '../../src/lib/localized.ts';
import { maxQuestions, treeProblems, type TreeShape } from '../../src/lib/what-happened.ts';
import { parseWhatHappened } from '../../src/readers/journeys.ts';
import { loadWhatHappened } from '../../src/readers/journeys-fs.ts';
import { ContentError } from '../../src/readers/problems.ts';

const tree = loadWhatHappened();

/** The texts of `data` that have no line for `locale`. */
const untranslated = (data: unknown, locale: string) => missingTexts(data, locale, localeIds, defaultLocale);

describe('content/journeys/what-happened.yaml', () => {
  it.each(localeIds)('has every text in %s', (locale) => {
    expect(untranslated(tree, locale)).toEqual([]);
  });

  it('sends every outcome to an article written in the default locale', () => {
    for (const { id, article } of tree.outcomes) {
      expect(existsSync(new URL(`../../content/docs/${defaultLocale}/${article}.mdx`, import.meta.url)), id).toBe(true);
    }
  });

  it('ends scams and thefts at the reporting routes and the platforms', () => {
    const reported = tree.outcomes.filter((outcome) => outcome.report).map(({ article }) => article);
    expect(reported).toContain('safety/if-you-were-scammed');
    expect(reported).toContain('accounts/account-compromised');
  });
});

describe('a missing translation', () => {
  it('is found, with the path of the text', () => {
    const copy = structuredClone(tree);
    const [question] = copy.questions;
    if (!question?.answers[1]) throw new Error('the tree needs a question with two answers');
    const other = localeIds.find((locale) => locale !== defaultLocale);
    if (!other) return; // a site with one language has nothing to translate
    question.answers[1].text = Object.fromEntries(
      Object.entries(question.answers[1].text).filter(([locale]) => locale !== other),
    ) as (typeof question.answers)[1]['text'];
    expect(untranslated(copy, other)).toEqual(['questions.0.answers.1.text']);
  });
});

describe('treeProblems', () => {
  const outcome = (id: string, more = {}) => ({ id, ...more });
  const base: TreeShape = {
    start: 'a',
    questions: [
      { id: 'a', answers: [{ next: 'b' }, { next: 'done' }] },
      { id: 'b', answers: [{ next: 'done' }, { next: 'done' }] },
    ],
    outcomes: [outcome('done')],
  };

  it('accepts a tree whose every path ends at an outcome', () => {
    expect(treeProblems(base)).toEqual([]);
  });

  it('names an answer that leads nowhere and a start that is not a question', () => {
    const problems = treeProblems({ ...base, start: 'done', questions: [{ id: 'a', answers: [{ next: 'x' }] }] });
    expect(problems.map(({ path }) => path.join('.'))).toEqual(['start', 'questions.0.answers.0.next']);
  });

  it('names a loop, a node nobody reaches and an id used twice', () => {
    const loop = treeProblems({
      ...base,
      questions: [
        { id: 'a', answers: [{ next: 'b' }] },
        { id: 'b', answers: [{ next: 'a' }, { next: 'done' }] },
      ],
      outcomes: [outcome('done'), outcome('lost')],
    });
    expect(loop.map(({ message }) => message).join('\n')).toMatch(/loop back to a/);
    expect(loop.map(({ message }) => message).join('\n')).toMatch(/no answer leads to lost/);
    const twice = treeProblems({ ...base, outcomes: [outcome('done'), outcome('a')] });
    expect(twice[0]?.message).toMatch(/the id a is used twice/);
  });

  it(`counts the platform and country lists as questions: at most ${maxQuestions} on any path`, () => {
    expect(treeProblems({ ...base, outcomes: [outcome('done', { platforms: true, report: true })] })).toEqual([]);
    const longer: TreeShape = {
      ...base,
      questions: [
        ...base.questions.slice(0, 1),
        { id: 'b', answers: [{ next: 'c' }] },
        { id: 'c', answers: [{ next: 'done' }] },
      ],
    };
    expect(treeProblems({ ...longer, outcomes: [outcome('done', { platforms: true })] })).toEqual([]);
    const deep = treeProblems({ ...longer, outcomes: [outcome('done', { platforms: true, report: true })] });
    expect(deep).toHaveLength(1);
    expect(deep[0]?.message).toMatch(/answers 5 questions to reach done \(a → b → c → done\)/);
  });
});

describe('parseWhatHappened', () => {
  it('reports a wrong tree with the line and the fix', () => {
    const text = [
      'start: money',
      'questions:',
      '  - id: money',
      '    question: { en: Lost money? }',
      '    answers:',
      '      - { text: { en: Yes }, next: scammed }',
      '      - { text: { en: No }, next: nowhere }',
      'outcomes:',
      '  - id: scammed',
      '    title: { en: Report it }',
      '    text: { en: Report it now. }',
      '    article: safety/if-you-were-scammed',
    ].join('\n');
    let error: unknown;
    try {
      parseWhatHappened(text, 'content/journeys/what-happened.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 7, field: 'questions.0.answers.1.next' },
    ]);
    expect(problems[0]?.message).toMatch(/nowhere/);
  });
});
