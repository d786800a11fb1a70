// Builds the command line into one file node runs directly (no TypeScript
// loader at run time: a whole `screen` of one résumé stays well under the
// 0.6 s budget of DESIGN.md). Run by `npm install` (postinstall), `npm run
// build` and `npm test`.
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const CLI_BUNDLE = fileURLToPath(new URL('../dist/backend-scout.mjs', import.meta.url));

export async function buildCli() {
  await build({
    entryPoints: [fileURLToPath(new URL('../cli/bin.ts', import.meta.url))],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // linkedom asks for the optional canvas package, which the extractors never use.
    external: ['canvas'],
    // Some bundled CommonJS packages call require(); an ES module has none of its own.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
    legalComments: 'none',
  });
  chmodSync(CLI_BUNDLE, 0o755);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildCli().catch((error) => {
    console.error(`The command line could not be built: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
