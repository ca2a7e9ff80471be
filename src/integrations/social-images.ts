/** Astro integration: renders each article's social (Open Graph) image, and one per locale, while the site builds. */
import { fork } from 'node:child_process';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localeConfig, localeIds } from '../config/locales.ts';
import { mapLimit } from '../lib/map-limit.ts';
import { canRender } from '../lib/social-image-render.ts';
import { socialImageJobs } from '../lib/social-image-jobs.ts';
import type { SiteContent } from '../readers/site-fs.ts';
import type { SocialImagesResult, SocialImagesWork } from './social-images.child.ts';

/** What a render pass did. */
interface Rendered {
  files: { path: string; file: string }[];
  rendered: number;
  cached: number;
  drawnWhole: SocialImagesResult['drawnWhole'];
  ms: number;
}

/**
 * Renders the images in a child process (`social-images.child.ts`). The process does not keep a
 * failed build alive; `awaited()` makes the build wait for it again once the images are needed.
 */
function renderInChild(work: SocialImagesWork): { results: Promise<SocialImagesResult>; awaited: () => void } {
  const child = fork(fileURLToPath(new URL('./social-images.child.ts', import.meta.url)), [], {
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.unref();
  child.channel?.unref();
  const results = new Promise<SocialImagesResult>((done, fail) => {
    child.once('message', (message: SocialImagesResult) => {
      done(message);
    });
    child.once('error', fail);
    child.once('exit', (code) => {
      fail(new Error(`[social-images] the rendering process stopped (exit code ${code}) before sending its images`));
    });
  });
  child.send(work);
  return {
    results,
    awaited: () => {
      child.ref();
      child.channel?.ref();
    },
  };
}

/**
 * Renders from `astro:build:start` on, in a child process at low priority, so sharp works beside
 * Astro's page rendering on the cores it leaves, at most one image per spare core at a time, each
 * through the cache in `.cache/social-images/` (keyed by the SVG and the renderer);
 * `astro:build:done` waits and links (or copies) the PNGs into the output. Fails the build at its
 * start when a locale's script needs a font (`fonts` in the locale list) the machine lacks.
 */
export function socialImages(content: Pick<SiteContent, 'docs' | 'ui'>): AstroIntegration {
  let root = '';
  let host = '';
  let rendering: Promise<Rendered> | undefined;
  let awaited = () => {};
  return {
    name: 'signpost:social-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        if (!config.site)
          throw new Error('[social-images] set `site` in astro.config.mjs: Open Graph images need absolute URLs');
        host = new URL(config.site).host;
      },
      'astro:build:start': async () => {
        // Every locale has at least its default image in its own script.
        for (const { label, fonts } of localeIds.map(localeConfig)) {
          if (fonts && !(await canRender(fonts.probe, fonts.families))) {
            throw new Error(
              `[social-images] No font for ${label} text: its social images would show empty boxes. ` +
                `Install ${fonts.install}, then build again.`,
            );
          }
        }
        // The articles were read with the config: the child gets the list of images, reads nothing.
        const work: SocialImagesWork = {
          jobs: socialImageJobs(content.docs, content.ui, host),
          cacheDir: join(root, '.cache', 'social-images'),
          concurrency: Math.max(1, availableParallelism() - 1),
        };
        const started = performance.now();
        const child = renderInChild(work);
        awaited = child.awaited;
        rendering = child.results.then(({ images, drawnWhole }) => ({
          files: images,
          rendered: images.filter((result) => !result.cached).length,
          cached: images.filter((result) => result.cached).length,
          drawnWhole,
          ms: performance.now() - started,
        }));
        // Awaited in astro:build:done; until then a failure must not surface as an unhandled rejection.
        rendering.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!rendering) throw new Error('[social-images] astro:build:start did not run');
        awaited();
        const { files, rendered, cached, drawnWhole, ms } = await rendering;
        const out = fileURLToPath(dir);
        await mapLimit(files, 16, async ({ path, file }) => {
          const target = join(out, path);
          await mkdir(dirname(target), { recursive: true });
          // A hard link to the cached file costs no copy; another file system gets a copy.
          await rm(target, { force: true });
          await link(file, target).catch(() => copyFile(file, target));
        });
        logger.info(`Social images: ${files.length} (${rendered} rendered, ${cached} cached) in ${Math.round(ms)} ms`);
        if (drawnWhole.count > 0) {
          logger.warn(`${drawnWhole.count} social image(s) drawn whole, not in layers: ${drawnWhole.reason}`);
        }
      },
    },
  };
}
