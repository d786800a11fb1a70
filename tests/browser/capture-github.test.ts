import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { afterMarker, seenMessages, softNavigate, tapMessages, type StoredCandidate } from './capture-helpers';
import { launchScout, storedCandidates, type Scout } from './harness';

describe('capturing GitHub profiles across soft navigations', () => {
  let scout: Scout;
  beforeAll(async () => {
    scout = await launchScout();
    scout.servePage('https://github.com/ren-okafor', 'github/user-full-ren-okafor.html');
    await tapMessages(scout.worker);
  });
  afterAll(async () => scout?.close());

  const stored = async () => (await storedCandidates(scout.worker)) as unknown as StoredCandidate[];

  test('a profile, then another reached by Turbo, each captured once; another tab of the same person is not a new view', async () => {
    const page = await scout.context.newPage();
    await page.goto('https://github.com/ren-okafor');
    await expect.poll(async () => (await stored()).map((c) => c.id), { timeout: 10_000 }).toEqual(['github:ren-okafor']);
    const [ren] = await stored();
    // The LinkedIn link on the profile is Ren's claim: it joins nothing until the LinkedIn profile names this account back.
    expect(ren?.aliases).toEqual(['github:ren-okafor']);
    expect(ren?.claims).toEqual(['linkedin:ren-okafor']);
    expect(ren?.profiles.github?.work).toEqual([{ name: 'quillworks' }]);

    // Turbo: URL first, the new <body> a moment later, then turbo:load.
    await softNavigate(page, { path: '/sol-min', fixture: 'github/user-minimal-sol.html', replace: 'body-element', contentLate: true, event: 'turbo:load' });
    await expect.poll(async () => (await stored()).map((c) => c.id).sort(), { timeout: 10_000 }).toEqual(['github:ren-okafor', 'github:sol-min']);

    // Same person, another tab: same view, not sent again. Shown by a marker rather than by waiting: once the
    // content script has read the page at the new address, Turbo takes the reader back to Ren, and that capture
    // is the next one the background hears.
    await page.evaluate(() => history.pushState({}, '', '/sol-min?tab=repositories'));
    const seen = await afterMarker(
      page,
      scout.worker,
      () => softNavigate(page, { path: '/ren-okafor', fixture: 'github/user-full-ren-okafor.html', replace: 'body-element', event: 'turbo:load' }),
      (m) => m.who === 'ren-okafor',
    );
    expect(seen.filter((m) => m.type === 'profile-captured').map((m) => m.who)).toEqual(['ren-okafor', 'sol-min', 'ren-okafor']);
  });

  test('a React-style soft navigation (no Turbo event) is caught from the URL change alone', async () => {
    const page = await scout.context.newPage();
    await page.goto('https://github.com/ren-okafor');
    const before = (await seenMessages(scout.worker)).length;
    await softNavigate(page, { path: '/vex-private', fixture: 'github/user-private-vex.html', replace: 'body-children', contentLate: true });
    await expect.poll(async () => (await seenMessages(scout.worker)).slice(before).map((m) => m.reason ?? m.who), { timeout: 10_000 }).toContain('vex-private');
    // A private profile is captured with what it shows, and says it is private.
    const vex = (await stored()).find((c) => c.id === 'github:vex-private') as unknown as { profiles: { github: { basics: { name: string }; capture: { githubPage: unknown } } } };
    expect(vex.profiles.github.basics.name).toBe('Vex Lorne');
    expect(vex.profiles.github.capture.githubPage).toEqual({ id: 9100002, organizations: [], private: true });
  });
});
