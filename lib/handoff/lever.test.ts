/**
 * Send to Lever against a local fake Lever that answers as Lever documents:
 * its rate limit on a virtual clock (time passes only when the client waits),
 * its duplicate-by-email rule, and every way it can say no.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createLeverClient, leverNote, normaliseLeverUrl, opportunityBody, reportSentences, sendToLever, type LeverItem } from './lever';
import { ScoutDatabase } from '../store/db';
import { leverKeyOrigin, readLeverKey, saveLeverKey } from '../store/lever-key';
import { prepare } from '../workspace/ats';
import { screenCandidate } from '../workspace/screen-candidate';
import { defaultRole } from '../store/roles';
import { FAKE_LEVER_KEY, FAKE_LEVER_USER, startFakeLever, type FakeLever } from '../../tests/support/fake-lever';
import { candidate, evidence } from '../../tests/support/handoff';

let clock = 0;
const sleep = async (ms: number) => {
  clock += ms;
};
let lever: FakeLever;
beforeEach(async () => {
  clock = 0;
  lever = await startFakeLever({ now: () => clock });
});
afterEach(async () => {
  await lever.close();
});

const client = (apiKey = FAKE_LEVER_KEY, apiUrl = lever.url) => createLeverClient({ apiUrl, apiKey, fetch, sleep });

function item(name: string, email: string | null, extra: Partial<LeverItem['body']> = {}): LeverItem {
  const slug = name.toLowerCase().replace(/\W+/g, '-');
  return {
    candidateId: `linkedin:${slug}`,
    label: name,
    body: { name, emails: email ? [email] : [], phones: [], links: [`https://www.linkedin.com/in/${slug}/`], tags: [], sources: ['LinkedIn'], origin: 'sourced', ...extra },
    note: `Screened ${name}`,
  };
}

describe('the opportunity and its note', () => {
  test('name, headline, location, links, tags, sources, origin sourced; the note holds the flags with their evidence', () => {
    const ada = candidate({
      basics: { label: 'Backend engineer · Go, PostgreSQL', email: 'ada@example.org', url: 'https://ada.example.dev', location: { city: 'Lisbon', countryCode: 'PT' } },
      tags: ['payments'],
      stage: 'replied',
      doNotContact: { reason: 'asked', at: '2026-11-02T00:00:00Z' },
    });
    const p = prepare(ada, [], { includeFoundEmails: true });
    expect(opportunityBody(p)).toEqual({
      name: 'Ada Quill',
      headline: 'Backend engineer · Go, PostgreSQL',
      location: 'Lisbon, PT',
      emails: ['ada@example.org'],
      phones: [],
      links: ['https://www.linkedin.com/in/ada-quill/', 'https://ada.example.dev'],
      tags: ['payments', 'Do not contact', 'Stage: Replied'],
      sources: ['LinkedIn'],
      origin: 'sourced',
    });
    const role = defaultRole(new Date('2026-11-01T00:00:00Z'));
    const now = new Date('2026-11-23T10:00:00Z');
    const note = leverNote(p, screenCandidate(ada, evidence(), role, now), role, now);
    expect(note.split('\n')[0]).toBe('Backend Scout screening for Backend engineer (2026-11-23)');
    expect(note).toContain('Green flags:\n- Open source contributions to backend projects');
    expect(note).toContain('    github: merged pull request to pgbouncer/pgbouncer: "Retry TLS handshakes on EAGAIN" https://github.com/pgbouncer/pgbouncer/pull/812');
    expect(note).toContain('Do not contact: asked (marked 2026-11-02)');
  });
});

describe('sendToLever', () => {
  test('creates each opportunity as the recruiter’s user, adds its note, and says who went', async () => {
    const report = await sendToLever(client(), FAKE_LEVER_USER.id, [item('Ada Quill', 'ada@example.org'), item('Brook Tern', null)]);
    expect(report.stopped).toBeNull();
    expect(report.sent.map((s) => [s.label, s.noteSent])).toEqual([
      ['Ada Quill', true],
      ['Brook Tern', true],
    ]);
    expect(report.sent[0]!.url).toBe(`https://hire.lever.co/candidates/${report.sent[0]!.opportunityId}`);
    expect(lever.opportunities.map((o) => [o.name, o.origin, o.owner, o.notes.map((n) => n.value)])).toEqual([
      ['Ada Quill', 'sourced', FAKE_LEVER_USER.id, ['Screened Ada Quill']],
      ['Brook Tern', 'sourced', FAKE_LEVER_USER.id, ['Screened Brook Tern']],
    ]);
    // Only Ada had an email to look up first.
    expect(lever.requests).toEqual([
      'GET /v1/opportunities?email=ada%40example.org',
      `POST /v1/opportunities?perform_as=${FAKE_LEVER_USER.id}`,
      `POST /v1/opportunities/${report.sent[0]!.opportunityId}/notes?perform_as=${FAKE_LEVER_USER.id}`,
      `POST /v1/opportunities?perform_as=${FAKE_LEVER_USER.id}`,
      `POST /v1/opportunities/${report.sent[1]!.opportunityId}/notes?perform_as=${FAKE_LEVER_USER.id}`,
    ]);
    expect(reportSentences(report)).toEqual(['Sent to Lever: Ada Quill, Brook Tern.']);
  });

  test('the recruiter’s Lever user is found by email', async () => {
    expect(await client().userByEmail('robin@hiring.example')).toMatchObject({ id: FAKE_LEVER_USER.id });
    expect(await client().userByEmail('nobody@hiring.example')).toBeNull();
  });

  test('a duplicate at Lever (same email) is not sent again; the link to it is given', async () => {
    const existing = lever.seed({ name: 'Ada Q.', emails: ['ADA@example.org'] });
    const report = await sendToLever(client(), FAKE_LEVER_USER.id, [item('Ada Quill', 'ada@example.org'), item('Brook Tern', 'brook@example.org')]);
    expect(report.duplicates).toEqual([{ candidateId: 'linkedin:ada-quill', label: 'Ada Quill', url: `https://hire.lever.co/candidates/${existing.id}` }]);
    expect(report.sent.map((s) => s.label)).toEqual(['Brook Tern']);
    expect(lever.opportunities).toHaveLength(2);
    expect(reportSentences(report)).toEqual(['Sent to Lever: Brook Tern.', 'Already in Lever with the same email, not sent again: Ada Quill.']);
  });

  test('the fake follows Lever’s own rule: a new opportunity with a known email joins that contact', async () => {
    const existing = lever.seed({ name: 'Ada Q.', emails: ['ada@example.org'], links: ['https://a.example'] });
    const again = await client().createOpportunity(FAKE_LEVER_USER.id, item('Ada Quill', 'ada@example.org').body);
    expect(again.contact).toBe(existing.contact);
    expect(again.name).toBe('Ada Q.');
    expect(lever.contacts).toHaveLength(1);
    expect(lever.contacts[0]!.links).toEqual(['https://a.example', 'https://www.linkedin.com/in/ada-quill/']);
  });

  test('a wrong key: nothing is sent, and the sentence says why', async () => {
    const report = await sendToLever(client('wrong'), FAKE_LEVER_USER.id, [item('Ada Quill', null), item('Brook Tern', null)]);
    expect(report.sent).toEqual([]);
    expect(report.notSent.map((n) => n.label)).toEqual(['Ada Quill', 'Brook Tern']);
    expect(reportSentences(report)).toEqual([
      'Sending stopped: Lever refused the API key: it is wrong or was revoked. Save a current key in Options.',
      'Not sent yet (nothing was lost; send them again): Ada Quill, Brook Tern.',
    ]);
    expect(lever.opportunities).toEqual([]);
  });

  test('a key revoked midway: the report says exactly which went and which did not', async () => {
    const items = [item('Ada Quill', null), item('Brook Tern', null), item('Cai Lin', null)];
    const report = await sendToLever(client(), FAKE_LEVER_USER.id, items, (done) => {
      if (done === 1) lever.revoke(FAKE_LEVER_KEY);
    });
    expect(report.sent.map((s) => s.label)).toEqual(['Ada Quill']);
    expect(report.notSent.map((s) => s.label)).toEqual(['Brook Tern', 'Cai Lin']);
    expect(lever.opportunities.map((o) => o.name)).toEqual(['Ada Quill']);
    expect(reportSentences(report)[0]).toBe('Sending stopped: Lever refused the API key: it is wrong or was revoked. Save a current key in Options.');
  });

  test('the rate limit: a 429 waits and tries again, so a burst beyond the bucket still arrives whole', async () => {
    await lever.close();
    lever = await startFakeLever({ now: () => clock, rate: 1, burst: 2 });
    const items = Array.from({ length: 4 }, (_, i) => item(`Person ${i}`, null));
    const report = await sendToLever(client(), FAKE_LEVER_USER.id, items);
    expect(report.stopped).toBeNull();
    expect(report.sent).toHaveLength(4);
    expect(lever.opportunities).toHaveLength(4);
    // More requests than the eight needed: some were answered 429 and repeated after a wait.
    expect(lever.requests.length).toBeGreaterThan(8);
    expect(clock).toBeGreaterThanOrEqual(1000);
  });

  test('a rate limit that does not lift: sending stops, with who went and who did not', async () => {
    await lever.close();
    lever = await startFakeLever({ now: () => clock, rate: 0, burst: 3 });
    const report = await sendToLever(client(), FAKE_LEVER_USER.id, [item('Ada Quill', null), item('Brook Tern', null), item('Cai Lin', null)]);
    expect(report.sent.map((s) => [s.label, s.noteSent])).toEqual([['Ada Quill', true], ['Brook Tern', false]]);
    expect(report.notSent.map((s) => s.label)).toEqual(['Cai Lin']);
    expect(reportSentences(report)).toEqual([
      'Sending stopped: Lever is limiting requests from this key (too many at once): wait a minute and send the rest.',
      'Sent to Lever: Ada Quill, Brook Tern.',
      'In Lever without the screening note (add it by hand): Brook Tern.',
      'Not sent yet (nothing was lost; send them again): Cai Lin.',
    ]);
  });

  test('Lever unreachable: a sentence, nothing lost', async () => {
    const url = lever.url;
    await lever.close();
    const report = await sendToLever(client(FAKE_LEVER_KEY, url), FAKE_LEVER_USER.id, [item('Ada Quill', null)]);
    expect(report.stopped).toMatch(/^Lever could not be reached at 127\.0\.0\.1:\d+: check the connection and try again\.$/);
    expect(report.notSent.map((n) => n.label)).toEqual(['Ada Quill']);
    lever = await startFakeLever({ now: () => clock });
  });

  test('one candidate Lever refuses (400) is named with Lever’s words; the others go on', async () => {
    lever.fail(400, /^POST \/v1\/opportunities\?/, 1);
    const report = await sendToLever(client(), FAKE_LEVER_USER.id, [item('Ada Quill', null), item('Brook Tern', null)]);
    expect(report.failed).toEqual([{ candidateId: 'linkedin:ada-quill', label: 'Ada Quill', error: 'Lever refused it (400). Lever said: “Injected by the test”' }]);
    expect(report.sent.map((s) => s.label)).toEqual(['Brook Tern']);
  });

  test('a candidate without a name is not sent, and is named', async () => {
    const report = await sendToLever(client(), FAKE_LEVER_USER.id, [{ ...item('x', null), label: 'github:quiet', body: { ...item('x', null).body, name: '' } }]);
    expect(reportSentences(report)).toEqual(['Not sent: github:quiet. It has no name (Lever needs one).']);
    expect(lever.requests).toEqual([]);
  });
});

describe('the key and its address', () => {
  test('only Lever’s hosts (and 127.0.0.1 for tests) are accepted as its address', () => {
    expect(normaliseLeverUrl('https://api.lever.co')).toBe('https://api.lever.co/v1');
    expect(normaliseLeverUrl('https://api.eu.lever.co/v1/')).toBe('https://api.eu.lever.co/v1');
    expect(() => normaliseLeverUrl('https://evil.example/v1')).toThrow(/must be one of https:\/\/api\.lever\.co\/v1/);
    expect(() => normaliseLeverUrl('http://api.lever.co/v1')).toThrow();
  });

  test('the key is bound to the address it was saved for', async () => {
    const name = `lever-key-${Math.random()}`;
    const db = new ScoutDatabase(name);
    await saveLeverKey(db, 'https://api.lever.co', '  secret-key ');
    expect(await readLeverKey(db, 'https://api.lever.co')).toBe('secret-key');
    expect(await readLeverKey(db, 'https://api.eu.lever.co')).toBeNull();
    expect(await leverKeyOrigin(db)).toBe('https://api.lever.co');
    await saveLeverKey(db, 'https://api.lever.co', null);
    expect(await readLeverKey(db, 'https://api.lever.co')).toBeNull();
    db.close();
    await Dexie.delete(name);
  });
});

describe('the key stays out of backups', () => {
  test('a backup holds no Lever key', async () => {
    const { exportBackup } = await import('../store/backup');
    const name = `lever-backup-${Math.random()}`;
    const db = new ScoutDatabase(name);
    await saveLeverKey(db, 'https://api.lever.co', 'lever-secret-123');
    expect(JSON.stringify(await exportBackup(db, undefined))).not.toContain('lever-secret-123');
    db.close();
    await Dexie.delete(name);
  });
});
