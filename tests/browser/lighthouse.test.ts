/** Lighthouse, mobile preset, on the home, an article, the contact page and the checker in every locale: 100 in every category. */
import { expect, it } from 'vitest';
import { formatScores, lighthouseCategories, lighthousePaths, runLighthouse } from '../../scripts/lighthouse.ts';
import { describeBrowser } from '../helpers/browser.ts';
import { distDir, requireBuild } from '../helpers/site.ts';

describeBrowser('Lighthouse (npm run lighthouse)', () => {
  it(
    'scores 100 in every category on every measured page',
    async () => {
      requireBuild();
      const results = await runLighthouse(distDir);
      console.log(formatScores(results));
      expect(results.map(({ path }) => path)).toEqual(lighthousePaths);
      const below = results.flatMap(({ path, scores, lost }) =>
        lighthouseCategories
          .filter((id) => scores[id] < 100)
          .map((id) => `${path} ${id} ${scores[id]}: ${lost.join('; ')}`),
      );
      expect(below).toEqual([]);
    },
    15 * 60_000,
  );
});
