/** Vitest project for components rendered with the Astro container API (needs Astro's Vite plugins). */
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: { name: 'components', include: ['tests/components/**/*.astro.test.ts'] },
});
