/**
 * `screen --html FILE --url URL`, run for real: a saved profile page read by
 * the content scripts' extractors on linkedom, then screened.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlInput } from '../../cli/html-input';

const root = join(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const pages = join(root, 'tests/fixtures/pages');

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['cli/screen.ts', ...args], { cwd: root, env: { ...process.env, GITHUB_TOKEN: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end('');
  });
}

describe('screen --html', () => {
  it('screens a saved LinkedIn profile: the page becomes the profile, with its grouped roles, and is screened', async () => {
    const url = 'https://www.linkedin.com/in/mara-lind/';
    const r = await run(['--json', '--html', join(pages, 'linkedin/logged-in-mara-lind.html'), '--url', url]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [out] = JSON.parse(r.stdout) as Array<{ input: string; profile: { basics: { name: string; profiles: unknown[] }; work: Array<{ name: string }> }; flags: unknown[] }>;
    expect(out?.input).toBe(url);
    expect(out?.profile.basics.name).toBe('Mara Lind');
    expect(out?.profile.work.map((w) => w.name)).toEqual(['Quillworks', 'Harbor Systems', 'Harbor Systems', 'Nordlicht Labs']);
    expect(out?.profile.basics.profiles).toContainEqual({ network: 'GitHub', username: 'mara-lind', url: 'https://github.com/mara-lind' });
    expect(Array.isArray(out?.flags)).toBe(true);
  });

  it('screens a saved GitHub profile the same way', async () => {
    const r = await run(['--json', '--html', join(pages, 'github/user-full-ren-okafor.html'), '--url', 'https://github.com/ren-okafor']);
    expect(r.code).toBe(0);
    const [out] = JSON.parse(r.stdout) as Array<{ profile: { basics: { name: string }; work: unknown[] } }>;
    expect(out?.profile.basics.name).toBe('Ren Okafor');
    expect(out?.profile.work).toEqual([{ name: 'quillworks' }]);
  });

  it('an organisation page exits 2 saying it is not a person, without a stack trace', async () => {
    const file = join(pages, 'github/org-quillworks.html');
    const r = await run(['--json', '--html', file, '--url', 'https://github.com/quillworks']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${file}: https://github.com/quillworks is not a person's profile: This is an organisation, not a person.\n`);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('the LinkedIn feed and a company page are not profiles either', async () => {
    const file = join(pages, 'linkedin/logged-in-mara-lind.html');
    await expect(htmlInput(file, 'https://www.linkedin.com/feed/')).rejects.toThrow("https://www.linkedin.com/feed/ is not a person's profile: This LinkedIn page is not a person's profile.");
    await expect(htmlInput(file, 'https://www.linkedin.com/company/quillworks/')).rejects.toThrow('is not a person\'s profile: This is a LinkedIn company page, not a person.');
  });

  it('a page saved under another person\'s address, and an address on another site, are refused', async () => {
    await expect(htmlInput(join(pages, 'linkedin/logged-in-mara-lind.html'), 'https://www.linkedin.com/in/ines-varga/')).rejects.toThrow(
      'the saved page shows another profile than this URL',
    );
    await expect(htmlInput(join(pages, 'linkedin/logged-in-mara-lind.html'), 'https://example.com/in/mara-lind/')).rejects.toThrow(
      'is not a GitHub or LinkedIn address',
    );
  });

  it.each([
    ['a public LinkedIn page (JSON-LD) under another person\'s address', 'linkedin/public-jsonld-mara-lind.html', 'https://www.linkedin.com/in/ines-varga/', 'https://de.linkedin.com/in/mara-lind'],
    ['a public LinkedIn page without JSON-LD under another person\'s address', 'linkedin/public-no-jsonld-ines-varga.html', 'https://www.linkedin.com/in/mara-lind/', 'https://de.linkedin.com/in/ines-varga'],
    ['a GitHub page under another login', 'github/user-ada-dev.html', 'https://github.com/brook-builds', 'https://github.com/ada-dev'],
  ])('%s is refused: the page\'s own address wins over --url', async (_, fixture, url, own) => {
    await expect(htmlInput(join(pages, fixture), url)).rejects.toThrow(`${url} is not the page's own address: the saved page says it is ${own}.`);
  });

  it('a page under its own address on another LinkedIn host is read (de.linkedin.com is the same profile)', async () => {
    const read = await htmlInput(join(pages, 'linkedin/public-jsonld-mara-lind.html'), 'https://www.linkedin.com/in/mara-lind/');
    expect(read.profile.basics.name).toBe('Mara Lind');
  });

  it('--html without --url says what is missing', async () => {
    const r = await run(['--json', '--html', join(pages, 'github/user-ada-dev.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--html needs the address the page was saved from: add --url URL after it');
  });
});
