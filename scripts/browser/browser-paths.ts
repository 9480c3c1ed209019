/**
 * The real browsers the end-to-end tests, `npm start` and the benchmarks drive: Debian's
 * Chromium and Firefox ESR (override with CHROMIUM_PATH / FIREFOX_PATH), and the flags every
 * Chromium launch uses.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=en-US',
];
