/** Worker thread of the social-images integration: renders through the cache on its own event loop, which Astro's page rendering cannot hold up. */
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { mapLimit } from '../lib/map-limit.ts';
import { socialImageParts, socialImageSvg, type SocialImageContent } from '../lib/social-image.ts';
import { layeredRenderer } from '../lib/social-image-layers.ts';
import { encodePng, renderCached, renderPng, type CachedImage } from '../lib/social-image-render.ts';

/** What the integration sends: the images to make, where the cache is, and how many at a time. */
export interface SocialImagesWork {
  jobs: { path: string; content: SocialImageContent }[];
  cacheDir: string;
  concurrency: number;
}

/** What the worker sends back: one entry per job, in order, and how many images could not be drawn in layers. */
export interface SocialImagesResult {
  images: (CachedImage & { path: string })[];
  drawnWhole: { count: number; reason: string };
}

const { jobs, cacheDir, concurrency } = workerData as SocialImagesWork;
// One libvips thread per image: the spare cores render, the main thread keeps building pages.
sharp.concurrency(1);
const layered = layeredRenderer();
const drawnWhole = { count: 0, reason: '' };
/** The image in layers; drawn whole from its SVG if that fails (a font without the strut's glyphs, say). */
const render = async (content: SocialImageContent, svg: string) => {
  try {
    return await encodePng(await layered(socialImageParts(content)));
  } catch (error) {
    drawnWhole.count++;
    drawnWhole.reason ||= (error as Error).message;
    return renderPng(svg);
  }
};
const images = await mapLimit(jobs, concurrency, async ({ path, content }) => {
  const svg = socialImageSvg(content);
  return { path, ...(await renderCached(svg, cacheDir, () => render(content, svg))) };
});
parentPort?.postMessage({ images, drawnWhole } satisfies SocialImagesResult);
