/** `npm run size`: prints what each page type loads before interaction (gzip) and fails over budget. */
import { fileURLToPath } from 'node:url';
import { pageBudgets } from '../src/config/budgets.ts';
import { pageWeight } from './lib/page-weight.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const kB = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);

/** Weighs every budgeted page; returns the rows and the pages over budget. */
export function measureBudgets(dir: string) {
  const rows = pageBudgets.map((budget) => ({ budget, weight: pageWeight(dir, budget.path) }));
  const over = rows.filter(({ budget, weight }) => weight.total > budget.total || weight.js > budget.js);
  return { rows, over };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, over } = measureBudgets(dist);
  console.log('page type              HTML kB  CSS kB   JS kB  total kB  budget kB  JS budget kB');
  for (const { budget, weight } of rows) {
    const flag = over.some((row) => row.budget === budget) ? '  ✗ over budget' : '';
    console.log(
      `${budget.type.padEnd(22)}${kB(weight.html)}  ${kB(weight.css)}  ${kB(weight.js)}    ${kB(weight.total)}     ${kB(budget.total)}        ${kB(budget.js)}${flag}`,
    );
  }
  process.exit(over.length ? 1 : 0);
}
