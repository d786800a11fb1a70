/**
 * The content scripts in Firefox, as tests/browser/capture-*.test.ts in
 * Chromium: a LinkedIn profile read with its grouped roles and its GitHub
 * claim, and a GitHub profile reached by Turbo's soft navigation (URL
 * first, the new body later) captured once its page arrives.
 * Firefox runs content scripts behind Xray wrappers, where some page objects
 * behave differently (lib/extract/links.ts), so the extractors are run here
 * for real, not only in Chromium and Node.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureHtml } from '../browser/capture-helpers';
import { launchFirefoxScout, storedRows, type FirefoxScout } from './harness';

interface Stored {
  id: string;
  aliases: string[];
  claims: string[];
  profiles: Record<string, { work: Array<{ name?: string; position?: string }>; skills: unknown[] } | undefined>;
}

describe('capturing profiles in Firefox', () => {
  let scout: FirefoxScout;
  const stored = () => storedRows<Stored>(scout, 'candidates');
  beforeAll(async () => {
    scout = await launchFirefoxScout();
    scout.servePage('https://www.linkedin.com/in/mara-lind/', 'linkedin/logged-in-mara-lind.html');
    scout.servePage('https://github.com/ren-okafor', 'github/user-full-ren-okafor.html');
  });
  afterAll(async () => scout?.close());

  test('a LinkedIn profile is captured with its grouped roles and its GitHub account as her claim', async () => {
    const page = await scout.newPage();
    await page.goto('https://www.linkedin.com/in/mara-lind/');
    await expect.poll(async () => (await stored()).map((c) => c.id)).toEqual(['linkedin:mara-lind']);
    const [mara] = await stored();
    // Her GitHub account is her claim (analysed for her while nobody else is that account), not a join.
    expect(mara!.aliases).toEqual(['linkedin:mara-lind']);
    expect(mara!.claims).toEqual(['github:mara-lind']);
    const profile = mara!.profiles.linkedin!;
    expect(profile.work.map((w) => `${w.position} @ ${w.name}`)).toEqual([
      'Senior Backend Engineer @ Quillworks',
      'Backend Engineer @ Harbor Systems',
      'Junior Software Engineer @ Harbor Systems',
      'Software Engineering Intern @ Nordlicht Labs',
    ]);
    expect(profile.skills).toHaveLength(6);
  });

  test('a GitHub profile, then another reached by Turbo, each captured', async () => {
    const page = await scout.newPage();
    await page.goto('https://github.com/ren-okafor');
    await expect.poll(async () => (await stored()).map((c) => c.id).sort()).toContain('github:ren-okafor');
    const ren = (await stored()).find((c) => c.id === 'github:ren-okafor');
    // The LinkedIn link on the profile is Ren's claim: it joins nothing until the LinkedIn profile names this account back.
    expect(ren?.aliases).toEqual(['github:ren-okafor']);
    expect(ren?.claims).toEqual(['linkedin:ren-okafor']);

    // What Turbo does: the URL first, the new <body> later (a slow connection), then turbo:load. The body arrives
    // only once the content script has read the page at the new address with the old body (its timer, then its idle
    // callback; the page's own, asked for after them, runs after them), so the in-between page is always seen.
    await page.evaluate(
      (html) =>
        new Promise<void>((resolve) => {
          history.pushState({}, '', '/sol-min');
          setTimeout(
            () =>
              requestIdleCallback(
                () => {
                  const next = new DOMParser().parseFromString(html, 'text/html');
                  document.title = next.title;
                  for (const meta of document.head.querySelectorAll('meta[name]')) meta.remove();
                  for (const meta of next.head.querySelectorAll('meta[name]')) document.head.append(document.importNode(meta, true));
                  document.documentElement.replaceChild(document.importNode(next.body, true), document.body);
                  document.dispatchEvent(new Event('turbo:load', { bubbles: true }));
                  resolve();
                },
                { timeout: 5_000 },
              ),
            0,
          );
        }),
      fixtureHtml('github/user-minimal-sol.html'),
    );
    await expect.poll(async () => (await stored()).map((c) => c.id)).toContain('github:sol-min');
  });
});
