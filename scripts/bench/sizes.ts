/**
 * Sizes of the production build: each content script (budget 30 KB minified,
 * no React, DESIGN.md) and the background worker.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
export const CONTENT_SCRIPT_BUDGET_BYTES = 30 * KB;

/** Strings only React's runtime contains. */
const REACT_MARKERS = ['react.element', 'react.transitional.element', '__SECRET_INTERNALS', 'Minified React error'];

export function benchSizes(outDir = '.output/chrome-mv3') {
  const contentDir = join(outDir, 'content-scripts');
  const contentScripts = Object.fromEntries(
    readdirSync(contentDir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => {
        const code = readFileSync(join(contentDir, name));
        const text = code.toString('utf8');
        return [
          name,
          {
            bytes: code.length,
            gzipBytes: gzipSync(code).length,
            withinBudget: code.length <= CONTENT_SCRIPT_BUDGET_BYTES,
            containsReact: REACT_MARKERS.some((marker) => text.includes(marker)),
          },
        ];
      }),
  );
  const background = readFileSync(join(outDir, 'background.js'));
  const total = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
  return {
    contentScriptBudgetBytes: CONTENT_SCRIPT_BUDGET_BYTES,
    contentScripts,
    background: { bytes: background.length, gzipBytes: gzipSync(background).length },
    extensionTotalBytes: total,
  };
}
