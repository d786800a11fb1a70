// `npm start`: build the Chrome extension and open Chromium with it loaded.
// Where no browser can be opened (no Chromium, no display), say where the
// built extension is and how to load it by hand.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_INSTALL_HINT, findChromium, run } from './run.mjs';

if (run('npx', ['wxt', 'build']) !== 0) process.exit(1);
const extension = resolve('.output/chrome-mv3');
const howTo = `
The built extension is in ${extension}
Load it by hand: open chrome://extensions, switch on "Developer mode",
choose "Load unpacked" and pick that folder. (Firefox: run "npm run build:firefox",
open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", and pick
.output/firefox-mv3/manifest.json.)`;

const chromium = findChromium();
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
if (!chromium || !hasDisplay) {
  console.log(
    !chromium
      ? `No Chromium or Chrome found (install one: ${CHROMIUM_INSTALL_HINT}).`
      : 'No display to open a browser window on.',
  );
  console.log(howTo);
  process.exit(0);
}
const profile = mkdtempSync(join(tmpdir(), 'backend-scout-profile-'));
console.log(`Opening ${chromium} with Backend Scout loaded (a fresh profile in ${profile}).`);
console.log(howTo);
const browser = spawn(
  chromium,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--no-default-browser-check',
    'https://github.com/torvalds',
  ],
  { stdio: 'ignore', detached: true },
);
browser.unref();
