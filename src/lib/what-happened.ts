/** The shape of the "What happened?" tree (pure): links that lead somewhere, no loop, at most four questions. */

/** The most questions a reader answers on any path, the platform and country lists of an outcome included. */
export const maxQuestions = 4;

/** What the checks need of a tree (the schema's output has more). */
export interface TreeShape {
  start: string;
  questions: readonly { id: string; answers: readonly { next: string }[] }[];
  outcomes: readonly { id: string; platforms?: boolean | undefined; report?: boolean | undefined }[];
}

/** A problem with the tree's shape: where it is (`questions.1.answers.0.next`) and the fix. */
export interface TreeProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Every problem of the tree's shape: an id used twice, a `start` or `next` that names no node, a
 * node no answer reaches, a loop, and a path on which a reader answers more than {@link maxQuestions}
 * questions (an outcome's platform list and country list count as one question each).
 */
export function treeProblems(tree: TreeShape): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const questions = new Map(tree.questions.map((question) => [question.id, question]));
  const outcomes = new Map(tree.outcomes.map((outcome) => [outcome.id, outcome]));
  const seen = new Set<string>();
  for (const [kind, nodes] of [
    ['questions', tree.questions],
    ['outcomes', tree.outcomes],
  ] as const) {
    nodes.forEach(({ id }, index) => {
      if (seen.has(id)) problems.push({ path: [kind, index, 'id'], message: `the id ${id} is used twice; rename one` });
      seen.add(id);
    });
  }
  if (!questions.has(tree.start)) {
    problems.push({ path: ['start'], message: `\`start:\` names ${tree.start}, which is not a question of the file` });
  }
  tree.questions.forEach(({ answers }, index) => {
    answers.forEach(({ next }, answer) => {
      if (!questions.has(next) && !outcomes.has(next)) {
        problems.push({
          path: ['questions', index, 'answers', answer, 'next'],
          message: `\`next:\` names ${next}, which is neither a question nor an outcome of the file`,
        });
      }
    });
  });
  if (problems.length > 0) return problems;

  // Depth-first from the start: a node met again on its own path is a loop.
  const reached = new Set<string>();
  const walk = (id: string, path: readonly string[]): void => {
    reached.add(id);
    const question = questions.get(id);
    if (!question) {
      const outcome = outcomes.get(id);
      const asked = path.length + (outcome?.platforms ? 1 : 0) + (outcome?.report ? 1 : 0);
      if (asked > maxQuestions) {
        problems.push({
          path: ['outcomes', tree.outcomes.findIndex((node) => node.id === id)],
          message: `a reader answers ${asked} questions to reach ${id} (${[...path, id].join(' → ')}); keep it to ${maxQuestions}, the platform and country lists included`,
        });
      }
      return;
    }
    for (const { next } of question.answers) {
      if (path.includes(next) || next === id) {
        problems.push({
          path: ['questions', tree.questions.indexOf(question)],
          message: `the answers loop back to ${next} (${[...path, id, next].join(' → ')}); every path must end at an outcome`,
        });
      } else {
        walk(next, [...path, id]);
      }
    }
  };
  walk(tree.start, []);
  for (const [kind, nodes] of [
    ['questions', tree.questions],
    ['outcomes', tree.outcomes],
  ] as const) {
    nodes.forEach(({ id }, index) => {
      if (!reached.has(id)) {
        problems.push({
          path: [kind, index],
          message: `no answer leads to ${id}; link it from a question or remove it`,
        });
      }
    });
  }
  return problems;
}
