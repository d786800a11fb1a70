/**
 * The production Firefox build passes `web-ext lint` as addons.mozilla.org
 * runs it, and a broken manifest does not: a permission Firefox does not
 * know, a missing data-collection declaration. The broken builds are copies
 * of the real one with one thing changed. (A Chrome-only API in the code is
 * the real-Firefox suite's to catch: broken-build.test.ts.)
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe as group, expect, test } from 'vitest';
import { describe, FIREFOX_PRODUCTION_BUILD, lintFirefoxBuild } from './lint';

const copies: string[] = [];
/**
 * A copy of the production build whose manifest is changed by `edit`. Its
 * scripts are emptied (their names kept): the manifest is what is under
 * test, and scanning 1 MB of bundle again would only repeat the first test.
 */
function brokenManifest(edit: (manifest: Record<string, any>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'backend-scout-broken-'));
  copies.push(dir);
  cpSync(FIREFOX_PRODUCTION_BUILD, dir, { recursive: true });
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) if (file.endsWith('.js')) writeFileSync(join(dir, file), '');
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  edit(manifest);
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}

group('web-ext lint of the Firefox build', () => {
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('the production build has no error and no warning beyond the known library ones', async () => {
    const report = await lintFirefoxBuild(FIREFOX_PRODUCTION_BUILD);
    expect(describe(report.errors)).toBe('');
    expect(describe(report.unexplained)).toBe('');
  });

  test('a permission Firefox does not know fails', async () => {
    const dir = brokenManifest((m) => m.permissions.push('sidePanel'));
    const report = await lintFirefoxBuild(dir);
    expect(report.unexplained.map((m) => m.code)).toContain('MANIFEST_PERMISSIONS');
  });

  test('a manifest without its data-collection declaration fails', async () => {
    const dir = brokenManifest((m) => delete m.browser_specific_settings.gecko.data_collection_permissions);
    const report = await lintFirefoxBuild(dir);
    expect(report.unexplained.map((m) => m.code)).toContain('MISSING_DATA_COLLECTION_PERMISSIONS');
  });
});
