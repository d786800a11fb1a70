/**
 * The command line's entry: `backend-scout screen …`, built by
 * scripts/build-cli.mjs into one file (dist/backend-scout.mjs) that node runs
 * without a TypeScript loader. Everything else lives in ./screen.ts's
 * `main`, which the tests call in-process.
 */
import { main } from './screen';

const USAGE = `Usage: backend-scout screen [options] [RESUME.json ...]
       backend-scout screen --help   the options`;

/** Standard input as bytes: the résumé reader checks the encoding itself (UTF-8, UTF-16 with a byte-order mark). */
async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'screen') {
    return main(rest, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      readStdin: () => readAll(process.stdin),
      env: process.env,
      now: () => new Date(),
      // A long run (sourcing) shows where it is, on a terminal only.
      progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r\x1b[K${text}`) : undefined,
    });
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  process.stderr.write(`backend-scout: unknown command "${command}"\n\n${USAGE}\n`);
  return 2;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input: one line, no stack, unless asked for.
    process.stderr.write(`backend-scout: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 1;
  },
);
