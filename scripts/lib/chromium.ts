/** Finds the system Chromium (never a downloaded one) and launches it headless, for scripts and browser tests. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [
  process.env['CHROME_PATH'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Path of the Chromium binary, from CHROME_PATH or Debian's package. */
export const chromiumPath = candidates.find((path): path is string => Boolean(path && existsSync(path)));

/** Starts headless Chromium with the flags this sandbox needs (no background network, no sandbox as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath ?? '',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
