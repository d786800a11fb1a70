/**
 * The layering of DESIGN.md, checked: lib/ is plain TypeScript that runs in
 * Node (no browser extension APIs, no React, no DOM globals it does not take
 * as arguments); content scripts carry no React and no zod.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const libFiles = filesUnder('lib');

describe('lib/ stays plain TypeScript', () => {
  test.each(libFiles)('%s uses no browser extension API, React or page globals', (file) => {
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(source).not.toMatch(/\b(browser|chrome)\.(runtime|storage|tabs|alarms|sidePanel|action|scripting)\b/);
    expect(source).not.toMatch(/from ['"](react|react-dom|wxt)(\/[^'"]*)?['"]/);
    expect(source).not.toMatch(/from ['"]@\/(entrypoints|components|utils)/);
    expect(source).not.toMatch(/\bfrom ['"]#imports['"]/);
    // Extractors take a Document and a URL; they never reach for the live page.
    expect(source).not.toMatch(/(^|[^.\w])(window|document|location)\.\w/m);
    expect(file.endsWith('.tsx')).toBe(false);
  });
});

describe('content scripts stay tiny', () => {
  const contentScripts = readdirSync('entrypoints').filter((name) => /\.content\.(ts|tsx)$|\.content\//.test(name));
  test('there is at least one', () => expect(contentScripts.length).toBeGreaterThan(0));
  test.each(contentScripts)('%s imports neither React nor zod, directly or through lib/', (name) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/from ['"](react|react-dom|zod)(\/[^'"]*)?['"]/);
      for (const [, spec] of source.matchAll(/^import (?!type )[^'"]*['"]([^'"]+)['"]/gm)) {
        if (!spec) continue;
        const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? join(file, '..', spec) : null;
        if (!base) continue;
        const resolved = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => {
          try {
            return statSync(p).isFile();
          } catch {
            return false;
          }
        });
        if (resolved) visit(resolved);
      }
    };
    visit(join('entrypoints', name));
    expect(seen.size).toBeGreaterThan(1);
  });
});
