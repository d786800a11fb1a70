/**
 * A Firefox build that cannot work must make `npm test` fail, not pass with
 * a quiet background error. Copies of the test build, each broken one way,
 * are loaded into Firefox; the harness refuses them with a sentence saying
 * the background never started, and why, which fails every suite that loads
 * them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FIREFOX_TEST_BUILD, launchFirefoxScout } from './harness';

const copies: string[] = [];
function brokenCopy(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'backend-scout-broken-'));
  copies.push(dir);
  cpSync(FIREFOX_TEST_BUILD, dir, { recursive: true });
  change(dir);
  return dir;
}

describe('a broken Firefox build fails the suite', () => {
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('a Chrome-only API called unguarded in the background (sidePanel, where Firefox has a sidebar)', async () => {
    const addon = brokenCopy((dir) => {
      const path = join(dir, 'background.js');
      // What the background would do without its `import.meta.env.CHROME` guard.
      writeFileSync(path, `browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });\n${readFileSync(path, 'utf8')}`);
    });
    // Refused as soon as Firefox reports the background's error, which the sentence names.
    await expect(launchFirefoxScout({ addon })).rejects.toThrow(/background did not start.*sidePanel/);
  });

  test('a permission the add-on uses missing from its manifest (storage)', async () => {
    const addon = brokenCopy((dir) => {
      const path = join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      manifest.permissions = manifest.permissions.filter((p: string) => p !== 'storage');
      writeFileSync(path, JSON.stringify(manifest));
    });
    await expect(launchFirefoxScout({ addon })).rejects.toThrow(/background did not start.*storage/);
  });
});
