/**
 * The `screen` command run in-process: `main` with in-memory streams, as the
 * real process runs it (cli/bin.ts), minus the cost of starting one. Each
 * run gets its own empty GitHub cache folder unless the test gives one.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/screen';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function screen(args: string[], options: { stdin?: string; env?: Record<string, string | undefined>; now?: Date } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => options.stdin ?? '',
    env: { GITHUB_TOKEN: '', XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'scout-cli-xdg-')), ...options.env },
    now: () => options.now ?? new Date(),
  });
  return { code, stdout, stderr };
}
