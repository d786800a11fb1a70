/**
 * Who is the same person (DESIGN.md): only a two-way link joins captures by
 * itself; a one-way claim becomes a suggestion and never takes over anyone's
 * candidate; an organisation is nobody's account; a join the recruiter
 * confirmed can be undone; blind aliases are unique and stable.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { accountId, claimsOf, idsOfProfile } from '../profile/identity';
import { Profile } from '../profile/profile';
import { addNote, readNotes } from './notes';
import {
  addTag,
  addToShortlist,
  markOrganisation,
  readCandidateByAnyId,
  removeCandidates,
  restoreCandidates,
  setStage,
  setVerdict,
  upsertCandidate,
} from './candidates';
import { ScoutDatabase } from './db';
import { joinSuggested, readMergesInto, separateJoined } from './merges';
import { dismissSuggestion, readSuggestionsFor } from './suggestions';

type Link = { network: string; username: string; url?: string };

const github = (login: string, extra: { links?: Link[]; name?: string; organizations?: string[]; pinned?: string[] } = {}) =>
  Profile.parse({
    basics: { name: extra.name, profiles: [{ network: 'GitHub', username: login, url: `https://github.com/${login}` }, ...(extra.links ?? [])] },
    projects: (extra.pinned ?? [`${login}/pinned`]).map((name) => ({ name })),
    capture: { source: 'github', capturedAt: '2026-11-01T00:00:00Z', githubPage: { organizations: extra.organizations ?? [] } },
  });

const linkedin = (slug: string, extra: { links?: Link[]; name?: string } = {}) =>
  Profile.parse({
    basics: { name: extra.name, profiles: [{ network: 'LinkedIn', username: slug, url: `https://www.linkedin.com/in/${slug}/` }, ...(extra.links ?? [])] },
    work: [{ name: 'Quillworks', position: 'Backend Engineer', startDate: '2020-01' }],
    capture: { source: 'linkedin', capturedAt: '2026-11-01T00:00:00Z' },
  });

const gh = (login: string): Link => ({ network: 'GitHub', username: login });
const li = (slug: string): Link => ({ network: 'LinkedIn', username: slug });
const day = (n: number) => new Date(Date.UTC(2026, 10, n));

describe('what counts as an account', () => {
  test.each([
    ['a user', 'GitHub', 'mara-lind', 'github:mara-lind'],
    ['a repository', 'GitHub', 'apache/kafka', null],
    ['GitHub\'s own path "orgs"', 'GitHub', 'orgs', null],
    ['GitHub\'s own path "features"', 'GitHub', 'features', null],
    ['GitHub\'s own path "sponsors"', 'GitHub', 'sponsors', null],
    ['a login with a double hyphen', 'GitHub', 'a--b', null],
    ['a LinkedIn slug', 'LinkedIn', 'Mara-Lind', 'linkedin:mara-lind'],
    ['another network', 'Mastodon', 'mara', null],
  ])('%s', (_, network, username, id) => {
    expect(accountId(network, username)).toBe(id);
  });

  test('a login known to be an organisation is nobody\'s account, and a profile\'s claims leave it out', () => {
    const profile = linkedin('mara-lind', { links: [gh('apache')] });
    expect(idsOfProfile(profile)).toEqual(['linkedin:mara-lind', 'github:apache']);
    expect(claimsOf(profile, new Set(['apache']))).toEqual([]);
  });
});

describe('who is the same person', () => {
  let db: ScoutDatabase;
  beforeEach(() => {
    db = new ScoutDatabase(`identity-${Math.random()}`);
  });
  afterEach(() => db.delete());

  test('a second LinkedIn profile naming someone\'s GitHub never takes over their candidate', async () => {
    // Mara's GitHub and LinkedIn name each other: one candidate, with the recruiter's work on it.
    await upsertCandidate(db, github('mara-lind', { name: 'Mara', links: [li('mara-lind')] }), day(1));
    const mara = await upsertCandidate(db, linkedin('mara-lind', { name: 'Mara Lind', links: [gh('mara-lind')] }), day(2));
    await setVerdict(db, [mara.id], 'strong-yes');
    await setStage(db, [mara.id], 'interviewing');
    await addTag(db, [mara.id], 'payments');
    await addToShortlist(db, [mara.id], 'backend');
    await addNote(db, mara.id, 'Great call', day(3));

    // Eve's LinkedIn claims Mara's GitHub.
    const eve = await upsertCandidate(db, linkedin('eve-mallory', { name: 'Eve Mallory', links: [gh('Mara-Lind')] }), day(4));
    expect(eve.id).toBe('linkedin:eve-mallory');
    expect(eve.aliases).toEqual(['linkedin:eve-mallory']);
    expect(eve.claims).toEqual(['github:mara-lind']);
    // Mara's GitHub is Mara's: Eve is not screened with it.
    expect(eve.githubLogin).toBeNull();
    expect(eve).toMatchObject({ verdict: null, stage: 'sourced', tags: [], shortlists: [] });
    expect(await readNotes(db, eve.id)).toEqual([]);

    const after = await db.candidates.get(mara.id);
    expect(after?.profiles.linkedin?.basics.name).toBe('Mara Lind');
    expect(after).toMatchObject({ verdict: 'strong-yes', stage: 'interviewing', tags: ['payments'], shortlists: ['backend'], githubLogin: 'mara-lind' });
    expect(after?.aliases.sort()).toEqual(['github:mara-lind', 'linkedin:mara-lind']);

    // The recruiter is asked, on both sides.
    const [onEve] = await readSuggestionsFor(db, eve);
    expect(onEve).toMatchObject({ other: { id: mara.id }, direction: 'names-them', account: 'github:mara-lind' });
    const [onMara] = await readSuggestionsFor(db, after!);
    expect(onMara).toMatchObject({ other: { id: eve.id }, direction: 'named-by-them' });
  });

  test('a GitHub page listing someone\'s LinkedIn stays apart, and its pinned repositories are not theirs', async () => {
    const mara = await upsertCandidate(db, linkedin('mara-lind', { name: 'Mara Lind' }), day(1));
    await setVerdict(db, [mara.id], 'strong-yes');
    const other = await upsertCandidate(db, github('x-impostor', { links: [li('mara-lind')], pinned: ['x-impostor/crypto-miner'] }), day(2));
    expect(await db.candidates.count()).toBe(2);
    expect(other.id).toBe('github:x-impostor');
    expect(other.verdict).toBeNull();
    const stored = await db.candidates.get(mara.id);
    expect(stored?.profiles.github).toBeUndefined();
    expect(stored?.githubLogin).toBeNull();
    expect((await readSuggestionsFor(db, stored!)).map((s) => s.other.id)).toEqual([other.id]);
  });

  test('a LinkedIn profile naming a GitHub account nobody captured keeps it as a claim and has it analysed', async () => {
    const tomas = await upsertCandidate(db, linkedin('tomas-ruiz', { links: [gh('truiz-codes')] }), day(1));
    expect(tomas).toMatchObject({ aliases: ['linkedin:tomas-ruiz'], claims: ['github:truiz-codes'], githubLogin: 'truiz-codes' });
    expect(await readSuggestionsFor(db, tomas)).toEqual([]);
    // Then the GitHub page is captured and does not name Tomás back: two people, a suggestion, and the account is its own page's.
    const page = await upsertCandidate(db, github('truiz-codes'), day(2));
    expect(page.githubLogin).toBe('truiz-codes');
    expect((await db.candidates.get(tomas.id))?.githubLogin).toBeNull();
    expect((await readSuggestionsFor(db, page)).map((s) => s.other.id)).toEqual([tomas.id]);
  });

  test('two people who mention the same organisation stay two people, and neither gets it as their GitHub once GitHub says what it is', async () => {
    const one = await upsertCandidate(db, linkedin('ana-one', { name: 'Ana One', links: [gh('apache')] }), day(1));
    const two = await upsertCandidate(db, linkedin('bo-two', { name: 'Bo Two', links: [gh('apache')] }), day(2));
    await setVerdict(db, [one.id], 'strong-yes');
    expect(await db.candidates.count()).toBe(2);
    expect((await db.candidates.get(two.id))?.verdict).toBeNull();
    expect(await readSuggestionsFor(db, one)).toEqual([]);

    // GitHub's API says apache is an organisation.
    expect((await markOrganisation(db, 'apache', day(3))).sort()).toEqual([one.id, two.id].sort());
    for (const id of [one.id, two.id]) expect(await db.candidates.get(id)).toMatchObject({ claims: [], githubLogin: null });
    // A third who mentions it later never claims it at all.
    expect(await upsertCandidate(db, linkedin('cy-three', { links: [gh('Apache')] }), day(4))).toMatchObject({ claims: [], githubLogin: null });
  });

  test('an organisation a GitHub page shows in its sidebar is nobody\'s account from then on', async () => {
    await upsertCandidate(db, github('ren-okafor', { organizations: ['quillworks'] }), day(1));
    const lena = await upsertCandidate(db, linkedin('lena-b', { links: [gh('quillworks')] }), day(2));
    expect(lena).toMatchObject({ claims: [], githubLogin: null });
  });

  test('an account\'s own page says it is a person, over what another page\'s sidebar said; GitHub\'s API over both', async () => {
    await upsertCandidate(db, github('someone', { organizations: ['lena-b'] }), day(1));
    await upsertCandidate(db, github('lena-b'), day(2));
    const claimer = await upsertCandidate(db, linkedin('lena-li', { links: [gh('lena-b')] }), day(3));
    expect(claimer.claims).toEqual(['github:lena-b']);
    await markOrganisation(db, 'lena-b', day(4));
    await upsertCandidate(db, github('lena-b'), day(5));
    expect((await upsertCandidate(db, linkedin('lena-li', { links: [gh('lena-b')] }), day(6))).claims).toEqual([]);
  });

  test('a page that names an account that is a repository or a GitHub path claims nothing', async () => {
    const c = await upsertCandidate(db, linkedin('lena-b', { links: [gh('apache/kafka'), gh('orgs')] }), day(1));
    expect(c).toMatchObject({ aliases: ['linkedin:lena-b'], claims: [], githubLogin: null });
  });

  test('a suggestion kept apart stays apart through later captures', async () => {
    await upsertCandidate(db, github('mara-lind'), day(1));
    const eve = await upsertCandidate(db, linkedin('eve-mallory', { links: [gh('mara-lind')] }), day(2));
    const [suggestion] = await readSuggestionsFor(db, eve);
    expect(await dismissSuggestion(db, suggestion!.suggestion.id)).toBe(true);
    await upsertCandidate(db, linkedin('eve-mallory', { links: [gh('mara-lind')] }), day(3));
    expect(await readSuggestionsFor(db, eve)).toEqual([]);
    expect(await db.candidates.count()).toBe(2);
  });

  test('a join the recruiter confirmed keeps both sides\' work, follows the absorbed id, and can be undone exactly', async () => {
    const gh1 = await upsertCandidate(db, github('ada-dev', { name: 'ada' }), day(1));
    const li1 = await upsertCandidate(db, linkedin('ada-quill', { name: 'Ada Quill', links: [gh('ada-dev')] }), day(2));
    await setVerdict(db, [gh1.id], 'maybe');
    await addTag(db, [gh1.id], 'golang');
    await setStage(db, [li1.id], 'contacted');
    await addTag(db, [li1.id], 'referral');
    await addNote(db, li1.id, 'Met at GopherCon', day(3));
    await addNote(db, gh1.id, 'Strong Go repositories', day(3));
    const before = { gh: await db.candidates.get(gh1.id), li: await db.candidates.get(li1.id) };

    const [suggestion] = await readSuggestionsFor(db, li1);
    const joined = await joinSuggested(db, suggestion!.suggestion.id, day(4));
    if (!joined.ok) throw new Error(joined.error);
    expect(joined.candidate.id).toBe(gh1.id);
    expect(joined.candidate.aliases.sort()).toEqual(['github:ada-dev', 'linkedin:ada-quill']);
    expect(joined.candidate).toMatchObject({ stage: 'contacted', verdict: 'maybe', githubLogin: 'ada-dev' });
    expect(await db.candidates.count()).toBe(1);
    expect((await readNotes(db, gh1.id)).map((n) => n.text).sort()).toEqual(['Met at GopherCon', 'Strong Go repositories']);
    // Another tab still showing the LinkedIn candidate follows the join.
    expect(await readCandidateByAnyId(db, li1.id)).toMatchObject({ id: gh1.id });
    expect(await readSuggestionsFor(db, joined.candidate)).toEqual([]);

    const [merge] = await readMergesInto(db, gh1.id);
    const separated = await separateJoined(db, merge!.id, day(5));
    if (!separated.ok) throw new Error(separated.error);
    const [ghAfter, liAfter] = [await db.candidates.get(gh1.id), await db.candidates.get(li1.id)];
    for (const [after, was] of [
      [ghAfter, before.gh],
      [liAfter, before.li],
    ] as const) {
      expect(after).toMatchObject({
        aliases: was!.aliases,
        claims: was!.claims,
        verdict: was!.verdict,
        stage: was!.stage,
        tags: was!.tags,
        shortlists: was!.shortlists,
        blindAlias: was!.blindAlias,
        githubLogin: was!.githubLogin,
      });
      expect(after?.profiles).toEqual(was!.profiles);
    }
    expect((await readNotes(db, li1.id)).map((n) => n.text)).toEqual(['Met at GopherCon']);
    expect((await readNotes(db, gh1.id)).map((n) => n.text)).toEqual(['Strong Go repositories']);
    // Kept apart now: the suggestion does not come back.
    expect(await readSuggestionsFor(db, liAfter!)).toEqual([]);
    expect(await readMergesInto(db, gh1.id)).toEqual([]);
  });
});

describe('blind aliases', () => {
  let db: ScoutDatabase;
  beforeEach(() => {
    db = new ScoutDatabase(`aliases-${Math.random()}`);
  });
  afterEach(() => db.delete());

  test('are unique in the database even when two ids share the four-digit guess, and stable across revisits', async () => {
    // These two slugs hash to the same 16 bits.
    const a = await upsertCandidate(db, linkedin('person-909'), day(1));
    const b = await upsertCandidate(db, linkedin('person-2080'), day(2));
    expect(a.blindAlias).toBe('Candidate D997');
    expect(b.blindAlias).toMatch(/^Candidate [0-9A-F]{4}$/);
    expect(b.blindAlias).not.toBe(a.blindAlias);
    expect((await upsertCandidate(db, linkedin('person-2080', { name: 'Again' }), day(3))).blindAlias).toBe(b.blindAlias);
  });

  test('a thousand candidates get a thousand aliases', async () => {
    for (let i = 0; i < 1000; i++) await upsertCandidate(db, linkedin(`someone-${i}`), day(1));
    const aliases = (await db.candidates.toArray()).map((c) => c.blindAlias);
    expect(new Set(aliases).size).toBe(1000);
  });

  test('a removed candidate brought back by Undo keeps its alias unless someone took it meanwhile', async () => {
    const a = await upsertCandidate(db, linkedin('person-909'), day(1));
    const removed = await removeCandidates(db, [a.id]);
    const b = await upsertCandidate(db, linkedin('person-2080'), day(2));
    expect(b.blindAlias).toBe('Candidate D997');
    await restoreCandidates(db, removed);
    const back = await db.candidates.get(a.id);
    expect(back?.blindAlias).toMatch(/^Candidate [0-9A-F]{4}$/);
    expect(back?.blindAlias).not.toBe(b.blindAlias);
  });
});
