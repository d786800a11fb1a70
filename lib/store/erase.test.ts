/**
 * "Erase this person" leaves nothing behind: every table of the database is
 * read back after the erase and searched for the person's ids, accounts and
 * name, and everyone else is untouched.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { ScoutDatabase } from './db';
import { ERASERS, eraseCandidate, erasedSentence } from './erase';
import { Profile } from '../profile/profile';
import { Candidate, SourcingRun } from './records';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function person(id: string, aliases: string[], name: string, login: string | null, extra: Partial<Candidate> = {}): Candidate {
  return Candidate.parse({
    id,
    aliases,
    githubLogin: login,
    profiles: {
      linkedin: Profile.parse({ basics: { name, email: `${login ?? 'x'}@example.com` }, capture: { source: 'linkedin', capturedAt: '2026-11-01T09:00:00Z' } }),
    },
    firstCapturedAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
    ...extra,
  });
}

const ada = person('linkedin:ada-quill', ['linkedin:ada-quill', 'github:ada-dev'], 'Ada Quill', 'ada-dev', {
  doNotContact: { reason: 'asked', at: '2026-11-02T00:00:00Z' },
});
const brook = person('github:brook', ['github:brook'], 'Brook Tern', 'brook', { keptApart: ['linkedin:ada-quill'] });

async function seed(db: ScoutDatabase) {
  await db.candidates.bulkPut([ada, brook]);
  await db.notes.bulkPut([
    { id: 'n1', candidateId: ada.id, text: 'Ada Quill: strong on Postgres', at: '2026-11-02T10:00:00Z' },
    { id: 'n2', candidateId: ada.id, text: 'Called', at: '2026-11-03T10:00:00Z' },
    { id: 'n3', candidateId: brook.id, text: 'Brook: later', at: '2026-11-03T10:00:00Z' },
  ]);
  await db.githubCache.bulkPut([
    { login: 'ada-dev', etag: null, fetchedAt: 1, evidence: { login: 'ada-dev', user: { name: 'Ada Quill' } } },
    { login: 'brook', etag: null, fetchedAt: 1, evidence: { login: 'brook' } },
  ]);
  await db.githubQueue.bulkPut([
    { login: 'ada-dev', state: 'done', notBefore: 0, refresh: false, attempts: 0, message: null, lease: null, leaseUntil: null, updatedAt: 0 },
    { login: 'brook', state: 'queued', notBefore: 0, refresh: false, attempts: 0, message: null, lease: null, leaseUntil: null, updatedAt: 0 },
  ]);
  await db.roles.put({ id: 'backend-engineer', name: 'Backend engineer', mission: '', mustHave: [], niceToHave: [], minimumLevel: null, updatedAt: '2026-11-01T00:00:00Z' });
  await db.secrets.put({ key: 'githubToken', value: 'ghp_secret' });
  await db.githubAccounts.bulkPut([
    { login: 'ada-dev', kind: 'user', from: 'api', at: '2026-11-01T00:00:00Z' },
    { login: 'brook', kind: 'user', from: 'api', at: '2026-11-01T00:00:00Z' },
  ]);
  await db.suggestions.put({ id: 'github:brook>github:ada-dev', from: 'github:brook', to: 'github:ada-dev', accounts: ['github:brook', 'github:ada-dev'], state: 'open', createdAt: '2026-11-01T00:00:00Z' });
  const tally = (login: string) => ({ login, pullRequests: [], reviews: [], commits: 3, commitDates: [] });
  await db.sourcing.put(
    SourcingRun.parse({
      id: 'repo:quill/ledger',
      kind: 'repository',
      subject: 'quill/ledger',
      state: 'done',
      notBefore: 0,
      discovery: {
        repository: { owner: 'quill', name: 'ledger', fullName: 'quill/ledger' },
        path: 'rest',
        since: '2025-01-01T00:00:00Z',
        next: 'done',
        tallies: { 'ada-dev': tally('Ada-Dev'), brook: tally('brook') },
      },
      screenRequested: ['Ada-Dev', 'brook'],
      createdAt: 0,
      updatedAt: 0,
    }),
  );
}

/** Every record of every table, as text. */
async function everything(db: Dexie): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of db.tables) out[table.name] = JSON.stringify(await table.toArray());
  return out;
}

const TRACES = ['ada-dev', 'Ada-Dev', 'ada-quill', 'Ada Quill', 'Ada'];

describe('eraseCandidate', () => {
  test('every table says how it holds a person', () => {
    const db = new ScoutDatabase('unused-erase');
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(ERASERS).sort());
  });

  test('removes every trace from every table and says what went; everyone else stays', async () => {
    const name = `erase-${Math.random()}`;
    names.push(name);
    const db = new ScoutDatabase(name);
    await seed(db);
    const before = await everything(db);
    expect(Object.values(before).join('')).toContain('ada-dev');

    const erased = await eraseCandidate(db, 'linkedin:ada-quill');
    expect(erased).toEqual({ who: 'Ada Quill', removed: { candidates: 1, notes: 2, githubCache: 1, githubQueue: 1, sourcing: 1, suggestions: 1, githubAccounts: 1 } });
    expect(erasedSentence(erased)).toBe(
      'Erased Ada Quill: the candidate record, 2 notes, the cached GitHub analysis, the queued GitHub analysis, a "same person?" suggestion, what GitHub said their account is and their place in a sourcing list. Files you exported or backed up before still hold what they held.',
    );

    const after = await everything(db);
    for (const [table, text] of Object.entries(after)) {
      for (const trace of TRACES) expect(text, `${table} still holds "${trace}"`).not.toContain(trace);
    }
    // Brook keeps everything, minus the "kept apart from Ada".
    expect(Candidate.parse(await db.candidates.get('github:brook')).keptApart).toEqual([]);
    expect(await db.notes.where('candidateId').equals('github:brook').count()).toBe(1);
    expect(await db.githubCache.get('brook')).toBeDefined();
    expect(await db.githubQueue.get('brook')).toBeDefined();
    const list = SourcingRun.parse(await db.sourcing.get('repo:quill/ledger'));
    expect(Object.keys(list.discovery?.tallies ?? {})).toEqual(['brook']);
    expect(list.screenRequested).toEqual(['brook']);
    expect(await db.githubAccounts.get('brook')).toBeDefined();
    expect(await db.roles.count()).toBe(1);
    expect(await db.secrets.get('githubToken')).toEqual({ key: 'githubToken', value: 'ghp_secret' });
    db.close();
  });

  test('a table added later (sourcing lists) is searched too: records naming the person go, lists lose them', async () => {
    const name = `erase-later-${Math.random()}`;
    names.push(name);
    class Later extends ScoutDatabase {
      constructor() {
        super(name);
        this.version(99).stores({ sourcingLists: 'id', sourcingPeople: 'login' });
      }
    }
    const db = new Later();
    await seed(db);
    await db.table('sourcingLists').put({ id: 'quill/ledger', people: ['ada-dev', 'brook'], ranked: [{ login: 'ada-dev', rank: 1 }, { login: 'brook', rank: 2 }] });
    await db.table('sourcingPeople').bulkPut([{ login: 'ada-dev', rank: 1 }, { login: 'brook', rank: 2 }]);

    const erased = await eraseCandidate(db, 'linkedin:ada-quill');
    expect(erased.removed).toMatchObject({ sourcingLists: 1, sourcingPeople: 1 });
    for (const [table, text] of Object.entries(await everything(db))) {
      for (const trace of TRACES) expect(text, `${table} still holds "${trace}"`).not.toContain(trace);
    }
    expect(await db.table('sourcingLists').get('quill/ledger')).toEqual({ id: 'quill/ledger', people: ['brook'], ranked: [{ login: 'brook', rank: 2 }] });
    expect(await db.table('sourcingPeople').get('brook')).toEqual({ login: 'brook', rank: 2 });
    db.close();
  });

  test('nobody to erase: a sentence, and nothing touched', async () => {
    const name = `erase-none-${Math.random()}`;
    names.push(name);
    const db = new ScoutDatabase(name);
    await seed(db);
    const before = await everything(db);
    await expect(eraseCandidate(db, 'github:nobody')).rejects.toThrow('This candidate is no longer stored; there is nothing to erase.');
    expect(await everything(db)).toEqual(before);
    db.close();
  });
});
