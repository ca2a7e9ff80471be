/**
 * Child process of the social-images integration: renders through the cache at low priority, so
 * that on a machine with few cores Astro's page rendering keeps its core and the images take what
 * is left (a worker thread could not: sharp's work runs on threads shared by the whole process).
 */
import { constants, setPriority } from 'node:os';
import sharp from 'sharp';
import { mapLimit } from '../lib/map-limit.ts';
import type { SocialImageJob } from '../lib/social-image-jobs.ts';
import { drawnInLayers, socialImageParts, socialImageSvg, type SocialImageContent } from '../lib/social-image.ts';
import { layeredRenderer } from '../lib/social-image-layers.ts';
import { encodePng, renderCached, renderPng, type CachedImage } from '../lib/social-image-render.ts';

/** What the integration sends: the images to make, where the cache is, and how many images at a time. */
export interface SocialImagesWork {
  jobs: SocialImageJob[];
  cacheDir: string;
  concurrency: number;
}

/** What the child sends back: one entry per job, in order, and how many images could not be drawn in layers. */
export interface SocialImagesResult {
  images: (CachedImage & { path: string })[];
  drawnWhole: { count: number; reason: string };
}

// Before any image work: the threads libuv and libvips start later inherit the priority.
try {
  setPriority(constants.priority.PRIORITY_LOW);
} catch {
  // Not allowed here: render at normal priority.
}
// One libvips thread per image, at most one image per spare core at a time.
sharp.concurrency(1);
const layered = layeredRenderer();
const drawnWhole = { count: 0, reason: '' };
/** The image in layers; drawn whole from its SVG if that fails (a font without the strut's glyphs, say). */
const render = async (content: SocialImageContent, svg: string) => {
  if (!drawnInLayers(content)) return renderPng(svg);
  try {
    return await encodePng(await layered(socialImageParts(content)));
  } catch (error) {
    drawnWhole.count++;
    drawnWhole.reason ||= (error as Error).message;
    return renderPng(svg);
  }
};
/** Renders every job and sends the results to the integration, then lets the process end. */
async function renderAll({ jobs, cacheDir, concurrency }: SocialImagesWork): Promise<void> {
  const images = await mapLimit(jobs, concurrency, async ({ path, content }) => {
    const svg = socialImageSvg(content);
    return { path, ...(await renderCached(svg, cacheDir, () => render(content, svg))) };
  });
  process.send?.({ images, drawnWhole } satisfies SocialImagesResult, () => {
    process.disconnect();
  });
}

process.once('message', (work: SocialImagesWork) => {
  // A failure ends the process; the integration reports its exit code with the build's error.
  renderAll(work).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
