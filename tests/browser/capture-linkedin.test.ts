import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { afterMarker, fixtureHtml, seenMessages, softNavigate, tapMessages, type SeenMessage, type StoredCandidate } from './capture-helpers';
import { launchScout, storedCandidates, tabIdFor, type Scout } from './harness';

const MARA = 'https://www.linkedin.com/in/mara-lind/';
const ILKA = 'https://www.linkedin.com/in/ilka-brandvold/';

async function candidate(scout: Scout, id: string): Promise<StoredCandidate> {
  let found: StoredCandidate | undefined;
  await expect
    .poll(
      async () => {
        const all = (await storedCandidates(scout.worker)) as unknown as StoredCandidate[];
        found = all.find((c) => c.id === id);
        return found?.id;
      },
      { timeout: 10_000 },
    )
    .toBe(id);
  return found!;
}

describe('capturing LinkedIn profiles in a real browser', () => {
  let scout: Scout;
  beforeAll(async () => {
    scout = await launchScout();
    scout.servePage(MARA, 'linkedin/logged-in-mara-lind.html');
    scout.servePage('https://www.linkedin.com/feed/', 'linkedin/junior-tomas-ruiz.html');
    scout.servePage('https://www.linkedin.com/in/zed-hostile/', 'linkedin/hostile-zed.html');
    // What LinkedIn serves at a profile's own address when it is nobody's to show.
    scout.servePage('https://www.linkedin.com/in/tove-ekdahl/', 'linkedin/nobody-sign-in-wall.html');
    scout.servePage('https://www.linkedin.com/in/jonas-ghost/', 'linkedin/nobody-not-found.html');
    scout.servePage('https://www.linkedin.com/company/quillworks/', 'linkedin/nobody-company.html');
    // A profile showing 7 of 12 roles and 2 of 54 skills, and its "Show all" lists.
    scout.servePage(ILKA, 'linkedin/logged-in-show-all-ilka-brandvold.html');
    scout.servePage(`${ILKA}details/experience/`, 'linkedin/details-experience-ilka-brandvold.html');
    scout.servePage(`${ILKA}details/skills/`, 'linkedin/details-skills-ilka-brandvold.html');
    await tapMessages(scout.worker);
  });
  afterAll(async () => scout?.close());

  test('a profile is captured with its grouped roles and its GitHub account, without touching the page', async () => {
    const page = await scout.context.newPage();
    // Record every change to the page from the moment it is parsed: the extension must make none.
    await page.addInitScript(() => {
      const w = window as unknown as { __mutations: number };
      w.__mutations = 0;
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => (w.__mutations += records.length)).observe(document.documentElement, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      });
    });
    await page.goto(MARA);
    const mara = await candidate(scout, 'linkedin:mara-lind');
    // Her GitHub account is her claim (analysed for her while nobody else is that account), not a join.
    expect(mara.aliases).toEqual(['linkedin:mara-lind']);
    expect(mara.claims).toEqual(['github:mara-lind']);
    const profile = mara.profiles.linkedin!;
    expect(profile.work.map((w) => `${w.position} @ ${w.name}`)).toEqual([
      'Senior Backend Engineer @ Quillworks',
      'Backend Engineer @ Harbor Systems',
      'Junior Software Engineer @ Harbor Systems',
      'Software Engineering Intern @ Nordlicht Labs',
    ]);
    expect(profile.skills).toHaveLength(6);
    // Nothing more happens on the idle page, shown by a marker rather than by waiting: once the content script has
    // read the page as it is, LinkedIn lists one more skill, and that capture is the next one the background hears.
    // Until then the page is untouched and unscrolled, and nothing was sent again (one view, one capture).
    const addSkill = (skill: string) => () =>
      page.evaluate((text) => {
        const first = document.querySelector('#skills')!.closest('section')!.querySelector('li')!;
        const added = first.cloneNode(true) as HTMLElement;
        added.removeAttribute('id');
        for (const span of added.querySelectorAll('a span')) span.textContent = text;
        first.parentElement!.append(added);
      }, skill);
    const hasSkill = (skill: string) => (m: SeenMessage) => m.skills?.includes(skill) ?? false;
    const mutations = () => page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);
    let before = -1;
    let seen = await afterMarker(
      page,
      scout.worker,
      async () => {
        before = await mutations();
        await addSkill('Marker one')();
      },
      hasSkill('Marker one'),
    );
    expect(before).toBe(0);
    // The marker's own change, and none of the extension's since.
    expect(await mutations()).toBe(1);
    expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0]);
    expect(seen.filter((m) => m.who === 'mara-lind').map((m) => m.skills?.length)).toEqual([6, 7]);

    // Opening "Contact info" changes the URL to an overlay over the same profile: still the same view, not read afresh.
    await page.evaluate(() => history.pushState({}, '', '/in/mara-lind/overlay/contact-info/'));
    seen = await afterMarker(page, scout.worker, addSkill('Marker two'), hasSkill('Marker two'));
    expect(seen.map((m) => `${m.type} ${m.who} ${m.skills?.length}`)).toEqual([
      'profile-captured mara-lind 6',
      'profile-captured mara-lind 7',
      'profile-captured mara-lind 8',
    ]);
  });

  test('navigating to another profile without a reload captures the new person once its page arrives, and again as sections load', async () => {
    const page = await scout.context.newPage();
    const opened = (await seenMessages(scout.worker)).length;
    await page.goto(MARA);
    // Mara is already a candidate (the test before): wait for this page's own capture of her.
    await expect.poll(async () => (await seenMessages(scout.worker)).slice(opened).filter((m) => m.who === 'mara-lind').length, { timeout: 10_000 }).toBe(1);
    const before = (await seenMessages(scout.worker)).length;

    // The router changes the URL first; the new profile renders a moment later, sections still loading.
    await softNavigate(page, { path: '/in/noor-haddad/', fixture: 'linkedin/loading-noor-haddad.html', replace: 'body-children', contentLate: true });
    const noor = await candidate(scout, 'linkedin:noor-haddad');
    expect(noor.profiles.linkedin?.basics.name).toBe('Noor Haddad');
    expect(noor.profiles.linkedin?.capture?.missing).toEqual(['education', 'skills']);

    // The reader scrolls; LinkedIn replaces the loading shells with the sections (taken here from another page).
    await page.evaluate((html) => {
      const other = new DOMParser().parseFromString(html, 'text/html');
      const shells = document.querySelectorAll('.pvs-loader');
      const sections = ['#education', '#skills'].map((id) => other.querySelector(id)!.closest('section')!);
      shells.forEach((shell, i) => shell.replaceWith(document.importNode(sections[i]!, true)));
    }, fixtureHtml('linkedin/logged-in-mara-lind.html'));
    await expect
      .poll(async () => {
        const all = (await storedCandidates(scout.worker)) as unknown as StoredCandidate[];
        return all.find((c) => c.id === 'linkedin:noor-haddad')?.profiles.linkedin?.capture?.missing;
      }, { timeout: 10_000 })
      .toEqual([]);

    const sent = (await seenMessages(scout.worker)).slice(before);
    // Never Mara's page under Noor's address, never a "could not read" while the page was on its way.
    expect(sent.filter((m) => m.type === 'page-not-profile')).toEqual([]);
    expect(sent.map((m) => `${m.who}: ${m.name} missing ${m.missing?.join(', ') || 'nothing'}`)).toEqual([
      'noor-haddad: Noor Haddad missing education, skills',
      'noor-haddad: Noor Haddad missing nothing',
    ]);
  });

  test('hostile profile text travels as inert, bounded text', async () => {
    const page = await scout.context.newPage();
    await page.goto('https://www.linkedin.com/in/zed-hostile/');
    const zed = await candidate(scout, 'linkedin:zed-hostile');
    const profile = zed.profiles.linkedin as unknown as { basics: { name: string; label: string; summary: string }; capture: { truncated: Array<{ field: string }> } };
    expect(profile.basics.label).toBe('<img src=x onerror=alert(1)> Backend <b>engineer</b>');
    expect(profile.basics.name).toBe('Zed Quarrygnp.exe');
    expect(profile.basics.summary).toHaveLength(10_000);
    expect(profile.capture.truncated.map((t) => t.field)).toContain('basics.summary');
    // Nothing the profile says ran: the page's title is its own.
    expect(await page.title()).toBe('Zed Quarry\u202Egnp.exe\u202C | LinkedIn');
  });

  test('a page that is not a profile is reported as such', async () => {
    const page = await scout.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await expect
      .poll(async () => (await seenMessages(scout.worker)).some((m) => m.type === 'page-not-profile' && m.reason === "This is a LinkedIn feed page, not a person's profile."), {
        timeout: 10_000,
      })
      .toBe(true);
    const ids = ((await storedCandidates(scout.worker)) as unknown as StoredCandidate[]).map((c) => c.id);
    expect(ids).not.toContain('linkedin:tomas-ruiz-dev');
  });

  test('a sign-in wall or "Profile Not Found" at a profile address, and a company page, never become candidates', async () => {
    const pages = [
      ['https://www.linkedin.com/in/tove-ekdahl/', 'LinkedIn shows a sign-in page instead of the profile'],
      ['https://www.linkedin.com/in/jonas-ghost/', 'LinkedIn shows "Profile Not Found"'],
      ['https://www.linkedin.com/company/quillworks/', 'This is a LinkedIn company page'],
    ] as const;
    for (const [url, reason] of pages) {
      const page = await scout.context.newPage();
      await page.goto(url);
      // The popup of that tab says why: the background recorded the page as nobody's profile.
      const tabId = await tabIdFor(scout, url);
      const state = await scout.worker.evaluate(
        async (id) => (await (globalThis as unknown as { chrome: typeof browser }).chrome.storage.session.get(`tab:${id}`))[`tab:${id}`],
        tabId,
      );
      expect(state).toEqual({ kind: 'not-a-profile', url, reason: expect.stringContaining(reason) });
    }
    const ids = ((await storedCandidates(scout.worker)) as unknown as StoredCandidate[]).map((c) => c.id);
    expect(ids.filter((id) => /tove-ekdahl|jonas-ghost|quillworks/.test(id))).toEqual([]);
    // Not named after the page's heading either.
    const names = ((await storedCandidates(scout.worker)) as unknown as StoredCandidate[]).map((c) => c.profiles.linkedin?.basics.name);
    expect(names).not.toContain('Join LinkedIn');
    expect(names).not.toContain('This page doesn’t exist');
  });

  test('opening a "Show all" list adds it to the same candidate, and the popup says what is still shown in part', async () => {
    const page = await scout.context.newPage();
    await page.goto(ILKA);
    const before = await candidate(scout, 'linkedin:ilka-brandvold');
    expect(before.profiles.linkedin?.work).toHaveLength(7);

    // The recruiter opens "Show all 12 experiences", then "Show all 54 skills".
    await page.goto(`${ILKA}details/experience/`);
    await expect
      .poll(async () => ((await candidate(scout, 'linkedin:ilka-brandvold')).profiles.linkedin?.work ?? []).length, { timeout: 10_000 })
      .toBe(12);
    await page.goto(`${ILKA}details/skills/`);
    await expect
      .poll(async () => ((await candidate(scout, 'linkedin:ilka-brandvold')).profiles.linkedin?.skills ?? []).length, { timeout: 10_000 })
      .toBe(54);
    const all = (await storedCandidates(scout.worker)) as unknown as StoredCandidate[];
    expect(all.filter((c) => c.id.includes('ilka'))).toHaveLength(1);

    // Back on the profile, the popup names what is left to open; the lists read stay.
    await page.goto(ILKA);
    const tabId = await tabIdFor(scout, ILKA);
    const popup = await scout.openExtensionPage('popup.html', `?tab=${tabId}`);
    const notice = popup.getByRole('list', { name: 'Not read yet' });
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('2 of 3 schools and 2 of 5 certifications shown: open Show all to read the rest.');
    expect(((await candidate(scout, 'linkedin:ilka-brandvold')).profiles.linkedin?.work ?? []).length).toBe(12);
  });
});
