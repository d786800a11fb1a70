/**
 * The house of DESIGN.md "Parts", checked on the real tree, and the checker
 * itself shown to fail on each kind of violation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkHouse, type SourceFile } from './house';

const SOURCE_DIRS = ['lib', 'components', 'entrypoints', 'utils', 'cli'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name).replaceAll('\\', '/');
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const everything = SOURCE_DIRS.flatMap(filesUnder);
// Tests sit beside the code but are not part of it: they may reach for Node and fakes.
const isSource = (path: string) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path) && !path.endsWith('.d.ts');
const tree: SourceFile[] = everything.filter(isSource).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const assets = everything.filter((path) => !isSource(path));
const contentScripts = tree.map((f) => f.path).filter((p) => /^entrypoints\/[^/]+\.content\.tsx?$|^entrypoints\/[^/]+\.content\/index\.tsx?$/.test(p));

describe('the house', () => {
  test('has content scripts and every lib/ folder to check', () => {
    expect(contentScripts.length).toBeGreaterThan(1);
    expect(new Set(tree.filter((f) => f.path.startsWith('lib/')).map((f) => f.path.split('/')[1]))).toEqual(
      new Set(['profile', 'vocabulary', 'screening', 'extract', 'github', 'store', 'workspace', 'background', 'handoff']),
    );
  });

  test('keeps every rule', () => {
    expect(checkHouse(tree, { contentScripts, assets })).toEqual([]);
  });
});

/** The real tree plus one file, so a violation shows against everything else. */
const withFile = (path: string, text: string) => checkHouse([...tree.filter((f) => f.path !== path), { path, text }], { contentScripts, assets });
const rules = (path: string, text: string) => withFile(path, text).map((v) => `${v.rule}: ${v.detail}`);

describe('the checker fails on a violation', () => {
  test('a lib/ file importing a view by a relative path', () => {
    expect(rules('lib/workspace/bad.ts', "import { PopupView } from '../../components/popup/PopupView';\n")).toEqual([
      'arrows point one way: lib/workspace may not import components/popup/PopupView.tsx',
    ]);
  });

  test('a lower folder importing a higher one, by alias, type-only or dynamically', () => {
    expect(rules('lib/screening/bad.ts', "import type { Candidate } from '@/lib/store/records';\n")).toEqual([
      'arrows point one way: lib/screening may not import lib/store/records.ts',
    ]);
    expect(rules('lib/profile/bad.ts', "export const load = () => import('../screening/index');\n")).toEqual([
      'arrows point one way: lib/profile may not import lib/screening/index.ts',
    ]);
  });

  test('a package a folder has no business with', () => {
    expect(rules('lib/store/bad.ts', "import { useLiveQuery } from 'dexie-react-hooks';\n")).toEqual([
      'lib/ packages: lib/store may not import the package dexie-react-hooks',
    ]);
    expect(rules('lib/github/bad.ts', "import { readFile } from 'node:fs/promises';\n")).toEqual(["lib/ runs in the browser too: imports Node's node:fs/promises"]);
  });

  test('browser globals in lib/, but not a parameter of the same name', () => {
    expect(rules('lib/store/bad.ts', 'export const ask = () => browser.permissions.request({ origins: [] });\n')).toEqual([
      'lib/ takes the browser as arguments: uses the global browser (line 1)',
    ]);
    expect(rules('lib/extract/bad.ts', "export const title = () => document.title;\nexport const own = (globalThis as any).chrome;\n")).toHaveLength(1);
    expect(rules('lib/extract/fine.ts', 'export const title = (document: { title: string }) => document.title;\n')).toEqual([]);
  });

  test('an import circle', () => {
    const found = checkHouse([
      { path: 'lib/store/a.ts', text: "import { b } from './b';\nexport const a = 1;\n" },
      { path: 'lib/store/b.ts', text: "import { a } from './a';\nexport const b = a;\n" },
    ]);
    expect(found.map((v) => v.rule)).toEqual(['no import circle']);
  });

  test('a loose file at the top of lib/ or a folder the table does not know', () => {
    expect(rules('lib/helpers.ts', 'export const x = 1;\n')).toEqual(['lib/ is folders: a loose file at the top of lib/']);
    expect(rules('lib/misc/x.ts', 'export const x = 1;\n').map((r) => r.split(':')[0])).toEqual(['lib/ is folders']);
  });

  test('a content script that pulls in zod through lib/', () => {
    const found = checkHouse(
      [
        { path: 'entrypoints/site.content.ts', text: "import { read } from '@/lib/extract/read';\nread();\n" },
        { path: 'lib/extract/read.ts', text: "import { Profile } from '../profile/profile';\nexport const read = () => Profile;\n" },
        { path: 'lib/profile/profile.ts', text: "import { z } from 'zod';\nexport const Profile = z.object({});\n" },
      ],
      { contentScripts: ['entrypoints/site.content.ts'] },
    );
    expect(found.map((v) => `${v.rule}: ${v.detail}`)).toEqual(['content scripts stay tiny: entrypoints/site.content.ts loads zod through lib/profile/profile.ts']);
  });

  test('an import that resolves nowhere', () => {
    expect(rules('cli/bad.ts', "import { x } from './nowhere';\n")).toEqual(['every import resolves: cannot resolve ./nowhere']);
  });
});
