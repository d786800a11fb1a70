/**
 * The background joins a LinkedIn profile's "Show all" lists (/details/ pages)
 * to the candidate of the person they belong to, and screens the whole; a
 * list of someone never captured is nobody's profile yet. Messages are what
 * the LinkedIn content script sends for the fixture pages of Ilka Brandvold.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createBackground } from './service';
import { extractLinkedInProfile } from '../extract/linkedin';
import { ScoutDatabase } from '../store/db';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const PROFILE_URL = 'https://www.linkedin.com/in/ilka-brandvold/';
const fromTab = (url: string, tabId = 3) => ({ id: OWN_ID, url, tabId });

/** The message the content script sends for this fixture at this address. */
function messageFor(file: string, url: string) {
  const result = extractLinkedInProfile(parseHTML(readFileSync(`tests/fixtures/pages/linkedin/${file}`, 'utf8')).document, new URL(url), new Date('2026-11-01T10:00:00Z'));
  if (result.kind === 'details') return { type: 'details-captured', section: result.section, profile: result.profile };
  if (result.kind === 'profile') return { type: 'profile-captured', profile: result.profile };
  throw new Error(`${file}: ${result.kind}`);
}
const mainPage = () => messageFor('logged-in-show-all-ilka-brandvold.html', PROFILE_URL);
const experienceList = () => messageFor('details-experience-ilka-brandvold.html', `${PROFILE_URL}details/experience/`);

describe('LinkedIn "Show all" lists in the background', () => {
  let db: ScoutDatabase;
  let session: Map<string, unknown>;
  let service: ReturnType<typeof createBackground>;

  beforeEach(() => {
    db = new ScoutDatabase(`details-${Math.random()}`);
    session = new Map();
    service = createBackground({
      db,
      ownId: OWN_ID,
      ownOrigin: `chrome-extension://${OWN_ID}/`,
      session: {
        set: async (items) => void Object.entries(items).forEach(([k, v]) => session.set(k, v)),
        remove: async (key) => void session.delete(key),
      },
      log: () => {},
      now: () => new Date('2026-11-02T09:00:00.000Z'),
    });
  });
  afterEach(() => db.delete());

  const ilka = async () => (await db.candidates.get('linkedin:ilka-brandvold'))!;

  test('a list joins the candidate of its person, the flags are recomputed on the whole, and the tab shows that candidate', async () => {
    await service.handleMessage(mainPage(), fromTab(PROFILE_URL));
    const before = await ilka();
    expect(before.profiles.linkedin?.work).toHaveLength(7);
    expect(before.screening?.green).not.toContain('observability');

    const reply = await service.handleMessage(experienceList(), fromTab(`${PROFILE_URL}details/experience/`));
    expect(reply).toEqual({ ok: true, value: { kind: 'candidate', candidateId: 'linkedin:ilka-brandvold', url: PROFILE_URL } });
    const after = await ilka();
    expect(after.profiles.linkedin?.work).toHaveLength(12);
    expect(after.profiles.linkedin?.capture?.partial?.work).toBeUndefined();
    // The Datadog role only the list shows.
    expect(after.screening?.green).toContain('observability');
    // Still one candidate, with the recruiter's account links as before.
    expect(await db.candidates.count()).toBe(1);
    expect(after.aliases).toEqual(before.aliases);
    expect(session.get('tab:3')).toEqual({ kind: 'candidate', candidateId: 'linkedin:ilka-brandvold', url: PROFILE_URL });
  });

  test('going back to the profile page keeps the twelve roles read from the list', async () => {
    await service.handleMessage(mainPage(), fromTab(PROFILE_URL));
    await service.handleMessage(experienceList(), fromTab(`${PROFILE_URL}details/experience/`));
    await service.handleMessage(mainPage(), fromTab(PROFILE_URL));
    expect((await ilka()).profiles.linkedin?.work).toHaveLength(12);
  });

  test('a list of someone never captured is nobody\'s profile yet: nothing is stored, and the tab says what to open', async () => {
    const reply = await service.handleMessage(experienceList(), fromTab(`${PROFILE_URL}details/experience/`));
    expect(reply).toEqual({
      ok: true,
      value: {
        kind: 'not-a-profile',
        reason: "This list belongs to ilka-brandvold's LinkedIn profile: open the profile itself first, then this list is added to it.",
        url: `${PROFILE_URL}details/experience/`,
      },
    });
    expect(await db.candidates.count()).toBe(0);
  });

  test('a list sent from another site is refused', async () => {
    await service.handleMessage(mainPage(), fromTab(PROFILE_URL));
    const reply = await service.handleMessage(experienceList(), fromTab('https://github.com/ilka-b'));
    expect(reply).toEqual({ ok: false, error: 'invalid capture: a linkedin profile sent from another site' });
    expect((await ilka()).profiles.linkedin?.work).toHaveLength(7);
  });
});
