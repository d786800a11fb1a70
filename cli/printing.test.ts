/**
 * What the command prints is text, never terminal control: a résumé's name
 * with escape sequences, a file's raw bytes echoed in an error, a saved page's
 * text. Run in-process (the logic, not a child process: the machine is busy).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main, type CliIO } from './screen';
import { printable } from './report';

const tmp = mkdtempSync(join(tmpdir(), 'scout-printing-'));

/** Anything a terminal would act on rather than print (tab, line feed and CRLF excepted). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/;

async function screen(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => '',
    env: {},
    now: () => new Date('2026-11-20T00:00:00Z'),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

// Sets the window title, clears the screen, rings the bell, moves the cursor with an 8-bit CSI, and flips the text.
const HOSTILE_NAME = '\u001b]0;pwned\u0007Mara\u001b[2J\u001b[H Lind\u009b31m\u202Egnp.exe\r';
const resume = {
  basics: { name: HOSTILE_NAME, label: 'Backend\u0008\u0008\u0008 engineer' },
  work: [{ name: 'Quill\u001b[5mworks', position: 'Backend Engineer', startDate: '2019-01', summary: 'Built a REST API in Go on PostgreSQL.\u001b[8m' }],
};

describe('the command line prints no terminal controls', () => {
  test.each([[[]], [['--json']], [['--csv']]])('a résumé whose text carries escape sequences (%j)', async (flags) => {
    const path = file('hostile.json', JSON.stringify(resume));
    const r = await screen([...flags, path]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stderr).not.toMatch(CONTROL);
    // The words themselves survive.
    expect(r.stdout).toContain('Lind');
  });

  test('--json keeps the data: C1 and bidi controls are written as \\u escapes, and the name reads back whole', async () => {
    const r = await screen(['--json', file('hostile-json.json', JSON.stringify(resume))]);
    const [out] = JSON.parse(r.stdout) as Array<{ profile: { basics: { name: string } } }>;
    expect(out?.profile.basics.name).toBe(HOSTILE_NAME);
  });

  test('an unparsable file\'s bytes are not echoed raw into the error', async () => {
    const path = file('garbage.json', Buffer.from('\u001b]0;owned\u0007\u001b[2J{not json at all', 'utf8'));
    const r = await screen([path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path}: `);
    expect(r.stderr).not.toMatch(CONTROL);
  });

  test('printable keeps tabs, line feeds and CRLF line ends, and nothing a terminal acts on', () => {
    expect(printable('a\tb\nc\r\nd\re\u001b[2Jf\u0085g\u2066h')).toBe('a\tb\nc\r\nde[2Jfgh');
  });
});
