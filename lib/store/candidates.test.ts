import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addNote } from './notes';
import { addTag, addToShortlist, removeCandidates, restoreCandidates, setStage, setVerdict, upsertCandidate } from './candidates';
import { blindAlias } from '../workspace/labels';
import { displayProfile } from '../profile/identity';
import { ScoutDatabase } from './db';
import { setContacted, setDoNotContact } from './contact';
import { Profile } from '../profile/profile';

const github = (login: string, extra: { linkedin?: string; name?: string; summary?: string } = {}) =>
  Profile.parse({
    basics: {
      name: extra.name,
      summary: extra.summary,
      profiles: [
        { network: 'GitHub', username: login, url: `https://github.com/${login}` },
        ...(extra.linkedin ? [{ network: 'LinkedIn', username: extra.linkedin, url: `https://www.linkedin.com/in/${extra.linkedin}/` }] : []),
      ],
    },
    projects: [{ name: `${login}/pinned` }],
    capture: { source: 'github', capturedAt: '2026-11-01T00:00:00Z' },
  });

const linkedin = (slug: string, extra: { github?: string; name?: string; label?: string } = {}) =>
  Profile.parse({
    basics: {
      name: extra.name,
      label: extra.label,
      profiles: [
        { network: 'LinkedIn', username: slug, url: `https://www.linkedin.com/in/${slug}/` },
        ...(extra.github ? [{ network: 'GitHub', username: extra.github, url: `https://github.com/${extra.github}` }] : []),
      ],
    },
    work: [{ name: 'Quillworks', position: 'Backend Engineer', startDate: '2020-01' }],
    capture: { source: 'linkedin', capturedAt: '2026-11-01T00:00:00Z' },
  });

describe('candidates', () => {
  let db: ScoutDatabase;
  beforeEach(() => {
    db = new ScoutDatabase(`candidates-${Math.random()}`);
  });
  afterEach(() => db.delete());

  test('a LinkedIn profile and a GitHub profile that name each other join, whichever is captured first', async () => {
    for (const order of ['github first', 'linkedin first'] as const) {
      const local = new ScoutDatabase(`join-${order}-${Math.random()}`);
      const captures = [
        (at: Date) => upsertCandidate(local, github('ada-dev', { name: 'ada', linkedin: 'ada-quill' }), at),
        (at: Date) => upsertCandidate(local, linkedin('ada-quill', { github: 'Ada-Dev', name: 'Ada Quill', label: 'Backend engineer' }), at),
      ];
      if (order === 'linkedin first') captures.reverse();
      await captures[0]!(new Date('2026-11-01'));
      const joined = await captures[1]!(new Date('2026-11-02'));
      expect(await local.candidates.count()).toBe(1);
      expect(joined.id).toBe(order === 'github first' ? 'github:ada-dev' : 'linkedin:ada-quill');
      expect(joined.aliases.sort()).toEqual(['github:ada-dev', 'linkedin:ada-quill']);
      expect(joined.claims).toEqual([]);
      expect(joined.githubLogin).toBe('ada-dev');
      const shown = displayProfile(joined);
      expect(shown.basics.name).toBe('Ada Quill');
      expect(shown.basics.label).toBe('Backend engineer');
      expect(shown.work).toHaveLength(1);
      expect(shown.projects.map((p) => p.name)).toEqual(['ada-dev/pinned']);
      expect(shown.basics.profiles?.map((p) => p.network).sort()).toEqual(['GitHub', 'LinkedIn']);
      await local.delete();
    }
  });

  test('two candidates captured apart join when a later capture makes the link run both ways, keeping the recruiter\'s work of both', async () => {
    const a = await upsertCandidate(db, github('ada-dev'), new Date('2026-11-01'));
    const b = await upsertCandidate(db, linkedin('ada-quill', { github: 'ada-dev' }), new Date('2026-11-02'));
    // One way only so far: two people, and a suggestion.
    expect(await db.candidates.count()).toBe(2);
    await addTag(db, [a.id], 'golang');
    await addTag(db, [b.id], 'referral');
    await addToShortlist(db, [b.id], 'role-1');
    await setStage(db, [b.id], 'contacted');
    await addNote(db, b.id, 'Called on Monday', new Date('2026-11-03'));
    await setDoNotContact(db, [b.id], 'Asked us not to write again', new Date('2026-11-03'));
    await setContacted(db, [a.id], '2026-11-02');

    await upsertCandidate(db, github('ada-dev', { linkedin: 'ada-quill' }), new Date('2026-11-04'));
    const all = await db.candidates.toArray();
    expect(all).toHaveLength(1);
    const [merged] = all;
    expect(merged?.id).toBe('github:ada-dev');
    expect(merged?.tags.sort()).toEqual(['golang', 'referral']);
    expect(merged?.shortlists).toEqual(['role-1']);
    expect(merged?.stage).toBe('contacted');
    expect(merged?.profiles.linkedin).toBeDefined();
    // The recruiter's contact decisions on either record survive the join.
    expect(merged?.doNotContact).toMatchObject({ reason: 'Asked us not to write again' });
    expect(merged?.contacted).toMatchObject({ on: '2026-11-02' });
    expect((await db.notes.where('candidateId').equals('github:ada-dev').toArray()).map((n) => n.text)).toEqual(['Called on Monday']);
  });

  test('a revisit never drops verdict, stage, tags or shortlists', async () => {
    const c = await upsertCandidate(db, github('ada-dev'));
    await setVerdict(db, [c.id], 'strong-yes');
    await setStage(db, [c.id], 'interviewing');
    await addTag(db, [c.id], ' Go  lang ');
    await addToShortlist(db, [c.id], 'role-1');
    await upsertCandidate(db, github('ada-dev', { name: 'Ada Q.' }));
    expect(await db.candidates.get(c.id)).toMatchObject({
      verdict: 'strong-yes',
      stage: 'interviewing',
      tags: ['Go lang'],
      shortlists: ['role-1'],
      profiles: { github: { basics: { name: 'Ada Q.' } } },
    });
  });

  test('two pages editing the same candidate at once both keep their edits', async () => {
    const c = await upsertCandidate(db, github('ada-dev'));
    const otherPage = new ScoutDatabase(db.name); // a second connection, as a second page has
    await Promise.all([
      setStage(db, [c.id], 'screening'),
      setVerdict(otherPage, [c.id], 'maybe'),
      addTag(db, [c.id], 'one'),
      addTag(otherPage, [c.id], 'two'),
      addNote(db, c.id, 'from the side panel'),
      addNote(otherPage, c.id, 'from the popup'),
    ]);
    otherPage.close();
    const stored = await db.candidates.get(c.id);
    expect(stored).toMatchObject({ stage: 'screening', verdict: 'maybe' });
    expect(stored?.tags.sort()).toEqual(['one', 'two']);
    expect(await db.notes.where('candidateId').equals(c.id).count()).toBe(2);
  });

  test('tags are compared without case and blank ones are ignored', async () => {
    const c = await upsertCandidate(db, github('ada-dev'));
    await addTag(db, [c.id], 'Golang');
    await addTag(db, [c.id], 'golang');
    await addTag(db, [c.id], '   ');
    expect((await db.candidates.get(c.id))?.tags).toEqual(['Golang']);
  });

  test('removing candidates can be undone exactly, notes included', async () => {
    const a = await upsertCandidate(db, github('ada-dev'));
    const b = await upsertCandidate(db, github('brook'));
    await addNote(db, a.id, 'strong Go');
    await setVerdict(db, [a.id], 'strong-yes');
    const before = await db.candidates.toArray();
    const removed = await removeCandidates(db, [a.id, b.id]);
    expect(await db.candidates.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    await restoreCandidates(db, removed);
    expect(await db.candidates.toArray()).toEqual(before);
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['strong Go']);
  });

  test('blind aliases are stable, short and reveal nothing of the name', () => {
    expect(blindAlias('github:ada-dev')).toMatch(/^Candidate [0-9A-F]{4}$/);
    expect(blindAlias('github:ada-dev')).toBe(blindAlias('github:ada-dev'));
    expect(blindAlias('github:ada-dev')).not.toBe(blindAlias('github:brook'));
  });
});
