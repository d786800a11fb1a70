// Small helpers the project's scripts share: run a command, find Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs a command with inherited output; returns its exit status. */
export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export const CHROMIUM_INSTALL_HINT = 'apt-get update && apt-get install -y chromium';

/** The system Chromium (or Chrome), or null. CHROMIUM_PATH wins. */
export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}
