/** The checker's data for tests: the real platforms with the checker's content, and the fixture platforms with it. */
import { loadCheckerContent } from '../../src/readers/checker-fs.ts';
import { loadPlatforms } from '../../src/readers/platforms-fs.ts';
import { buildVerifyData } from '../../src/lib/verify/index.ts';

/** The checker's words and host lists (content/checker/). */
export const checkerContent = loadCheckerContent();
/** The real platforms (content/platforms/). */
export const platforms = loadPlatforms();
/** What the page and the command line check against. */
export const data = buildVerifyData(platforms, checkerContent);
/** The fixture platforms (tests/fixtures/platforms/valid/), with the same checker content. */
export const acme = buildVerifyData(loadPlatforms('tests/fixtures/platforms/valid/'), checkerContent);
