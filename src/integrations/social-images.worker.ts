/** Worker thread of the social-images integration: renders through the cache on its own event loop, which Astro's page rendering cannot hold up. */
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { mapLimit } from '../lib/map-limit.ts';
import { renderCached, type CachedImage } from '../lib/social-image-render.ts';

/** What the integration sends: the images to make, where the cache is, and how many at a time. */
export interface SocialImagesWork {
  jobs: { path: string; svg: string }[];
  cacheDir: string;
  concurrency: number;
}

/** What the worker sends back, one entry per job, in order. */
export type SocialImagesResult = (CachedImage & { path: string })[];

const { jobs, cacheDir, concurrency } = workerData as SocialImagesWork;
// One libvips thread per image: the spare cores render, the main thread keeps building pages.
sharp.concurrency(1);
const results: SocialImagesResult = await mapLimit(jobs, concurrency, async (job) => ({
  path: job.path,
  ...(await renderCached(job.svg, cacheDir)),
}));
parentPort?.postMessage(results);
