/** Regenerates src/lib/verify/confusables.generated.ts from UTS #39 confusables.txt (default: data/unicode/, vendored with its license). */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseConfusables, renderConfusablesModule } from './lib/confusables.ts';

const { values } = parseArgs({
  options: {
    source: {
      type: 'string',
      default: fileURLToPath(new URL('../data/unicode/confusables.txt', import.meta.url)),
    },
    out: {
      type: 'string',
      default: fileURLToPath(new URL('../src/lib/verify/confusables.generated.ts', import.meta.url)),
    },
  },
});

const source = parseConfusables(readFileSync(values.source, 'utf8'));
writeFileSync(values.out, renderConfusablesModule(source));
const count = [...source.groups.values()].reduce((sum, codes) => sum + codes.length, 0);
console.log(
  `✓ confusables: ${count} mappings (${source.groups.size} prototypes) of Unicode ${source.version} → ${relative(process.cwd(), values.out)}`,
);
