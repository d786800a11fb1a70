/**
 * `screen --html FILE --url URL`: a saved profile page read by the content
 * scripts' extractors on linkedom, then screened. In-process, through the
 * command's own main(): every fixture page of every structure is read whole,
 * and a page that is nobody exits 2 naming what kind of page it is.
 */
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { htmlInput } from './html-input';
import { main } from './screen';

const pages = join(process.cwd(), 'tests/fixtures/pages');

interface Out {
  input: string;
  profile: {
    basics: { name?: string; profiles: Array<{ network: string; username: string }> };
    work: Array<{ name?: string; position?: string }>;
    education: unknown[];
    skills: unknown[];
    certificates?: unknown[];
    languages?: unknown[];
    capture: { partial?: Record<string, { shown: number; total: number }> };
  };
  flags: Array<{ id: string }>;
}

async function screen(...args: string[]): Promise<{ code: number; out: Out[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['--json', ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
    env: {},
    now: () => new Date('2026-11-01T00:00:00Z'),
  });
  return { code, out: JSON.parse(stdout || '[]') as Out[], stderr };
}

const html = (file: string, url: string) => ['--html', join(pages, file), '--url', url];

describe('screen --html', () => {
  it('screens a saved LinkedIn profile: the page becomes the profile, with its grouped roles, and is screened', async () => {
    const url = 'https://www.linkedin.com/in/mara-lind/';
    const r = await screen(...html('linkedin/logged-in-mara-lind.html', url));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [out] = r.out;
    expect(out?.input).toBe(url);
    expect(out?.profile.basics.name).toBe('Mara Lind');
    expect(out?.profile.work.map((w) => w.name)).toEqual(['Quillworks', 'Harbor Systems', 'Harbor Systems', 'Nordlicht Labs']);
    expect(out?.profile.basics.profiles).toContainEqual({ network: 'GitHub', username: 'mara-lind', url: 'https://github.com/mara-lind' });
    expect(Array.isArray(out?.flags)).toBe(true);
  });

  it('screens a saved GitHub profile the same way', async () => {
    const r = await screen(...html('github/user-full-ren-okafor.html', 'https://github.com/ren-okafor'));
    expect(r.code).toBe(0);
    expect(r.out[0]?.profile.basics.name).toBe('Ren Okafor');
    expect(r.out[0]?.profile.work).toEqual([{ name: 'quillworks' }]);
  });

  // Each structure read whole: the name, every role, and the sections it shows.
  test.each([
    ['github/user-no-subject-tag-kai-lund.html', 'https://github.com/kai-lund', 'Kai Lund', 1, 0],
    ['github/user-older-itemprop-nadia-brill.html', 'https://github.com/nbrill', 'Nadia Brill', 1, 0],
    ['github/user-private-vex.html', 'https://github.com/vex-private', 'Vex Lorne', 1, 0],
    ['linkedin/guest-2023-tove-ekdahl.html', 'https://se.linkedin.com/in/tove-ekdahl', 'Tove Ekdahl', 3, 1],
    ['linkedin/guest-2024-rui-tavares-moura.html', 'https://pt.linkedin.com/in/rui-tavares-moura', 'Rui Tavares Moura', 3, 1],
    ['linkedin/logged-in-show-all-ilka-brandvold.html', 'https://www.linkedin.com/in/ilka-brandvold/', 'Ilka Brandvold', 7, 2],
    ['linkedin/react-2026-yara-castell.html', 'https://www.linkedin.com/in/yara-castell/', 'Yara Castell', 5, 2],
    ['linkedin/react-2026-yara-castell-de.html', 'https://www.linkedin.com/in/yara-castell/', 'Yara Castell', 5, 2],
  ])('%s is read whole', async (file, url, name, roles, schools) => {
    const r = await screen(...html(file, url));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const profile = r.out[0]!.profile;
    expect(profile.basics.name).toBe(name);
    expect(profile.work).toHaveLength(roles);
    expect(profile.work.every((w) => w.name && (url.includes('github.com') || w.position))).toBe(true);
    expect(profile.education).toHaveLength(schools);
  });

  it('an organisation page exits 2 saying it is not a person', async () => {
    const file = join(pages, 'github/org-quillworks.html');
    const r = await screen('--html', file, '--url', 'https://github.com/quillworks');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${file}: https://github.com/quillworks is not a person's profile: This is an organisation, not a person.\n`);
    expect(r.out).toEqual([]);
  });

  test.each([
    ['nobody-not-found.html', 'https://www.linkedin.com/in/jonas-ghost/', 'LinkedIn shows "Profile Not Found"'],
    ['nobody-sign-in-wall.html', 'https://www.linkedin.com/in/tove-ekdahl/', 'LinkedIn shows a sign-in page instead of the profile'],
    ['nobody-feed.html', 'https://www.linkedin.com/feed/', 'This is a LinkedIn feed page'],
    ['nobody-search.html', 'https://www.linkedin.com/search/results/people/?keywords=backend', 'This is a LinkedIn search page'],
    ['nobody-job.html', 'https://www.linkedin.com/jobs/view/4012345678/', 'This is a LinkedIn jobs page'],
    ['nobody-company.html', 'https://www.linkedin.com/company/quillworks/', 'This is a LinkedIn company page'],
    ['nobody-school.html', 'https://www.linkedin.com/school/elbe-institute/', 'This is a LinkedIn school page'],
  ])('%s exits 2 naming the kind of page, and screens nobody', async (file, url, words) => {
    const r = await screen(...html(`linkedin/${file}`, url));
    expect(r.code).toBe(2);
    // One line: the file, the address, and what kind of page it is.
    expect(r.stderr.startsWith(`${join(pages, 'linkedin', file)}: ${url} is not a person's profile: ${words}`)).toBe(true);
    expect(r.stderr.split('\n')).toEqual([expect.any(String), '']);
    expect(r.out).toEqual([]);
  });

  it('"Show all" lists saved beside their profile page join it: one person, screened on the whole', async () => {
    const base = 'https://www.linkedin.com/in/ilka-brandvold/';
    const r = await screen(
      ...html('linkedin/details-experience-ilka-brandvold.html', `${base}details/experience/`),
      ...html('linkedin/logged-in-show-all-ilka-brandvold.html', base),
      ...html('linkedin/details-skills-ilka-brandvold.html', `${base}details/skills/`),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    const [out] = r.out;
    expect(out?.input).toBe(base);
    expect(out?.profile.work).toHaveLength(12);
    expect(out?.profile.skills).toHaveLength(54);
    expect(out?.profile.capture.partial).toEqual({ education: { shown: 2, total: 3 }, certificates: { shown: 2, total: 5 } });
    expect(out?.flags.map((f) => f.id)).toContain('observability');
  });

  it('a "Show all" list alone is not a whole profile: exit 2, saying what to give with it', async () => {
    const file = join(pages, 'linkedin/details-skills-ilka-brandvold.html');
    const url = 'https://www.linkedin.com/in/ilka-brandvold/details/skills/';
    const r = await screen('--html', file, '--url', url);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${file}: ${url} is one list of a LinkedIn profile, not a whole profile: give it together with the profile page (--html FILE --url https://www.linkedin.com/in/ilka-brandvold/)\n`,
    );
    expect(r.out).toEqual([]);
  });

  it("a page saved under another person's address, and an address on another site, are refused", async () => {
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
    const r = await screen('--html', join(pages, 'github/user-ada-dev.html'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--html needs the address the page was saved from: add --url URL after it');
  });
});
