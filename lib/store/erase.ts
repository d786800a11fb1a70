/**
 * "Erase this person" (GDPR Art. 17, and what a recruiter owes anyone who
 * asks): every trace of one candidate leaves the database in one
 * transaction, and the recruiter is told what went.
 *
 * Each table says how it holds a person (ERASERS). A table added later
 * without saying so is still searched: any record whose key or top-level
 * text names one of the person's ids or accounts is deleted, and a list of
 * names has the person taken out of it (a sourcing list keeps its other
 * people). lib/store/erase.test.ts checks every table of the database.
 */
import type { Table } from 'dexie';
import type { ScoutDatabase } from './db';
import { Candidate } from './records';

export interface Erased {
  /** Who was erased, as the recruiter knew them (the name, else the account). */
  who: string;
  /** Table name → records deleted or changed there. */
  removed: Record<string, number>;
}

interface Person {
  ids: Set<string>;
  /** Lower-cased identifiers: candidate ids, aliases, the GitHub login and the LinkedIn slug. */
  handles: Set<string>;
}

type Eraser = (table: Table, person: Person) => Promise<number>;

/** Deletes records whose primary key is one of the person's handles. */
const byKey: Eraser = async (table, person) => {
  const keys = (await table.toCollection().primaryKeys()).filter((k) => typeof k === 'string' && person.handles.has(k.toLowerCase()));
  await table.bulkDelete(keys);
  return keys.length;
};

/** How each known table holds a person; 'none' for tables that hold nobody (roles, the token). */
export const ERASERS: Record<string, Eraser | 'none'> = {
  candidates: async (table, person) => {
    const ids = [...person.ids];
    const found = (await table.bulkGet(ids)).filter(Boolean).length;
    await table.bulkDelete(ids);
    // Nobody else keeps a "kept apart from" pointing at them (an edit, not a record removed).
    await table
      .filter((c: { keptApart?: unknown }) => Array.isArray(c.keptApart) && c.keptApart.some((id: unknown) => person.ids.has(String(id))))
      .modify((c: { keptApart: string[] }) => {
        c.keptApart = c.keptApart.filter((id) => !person.ids.has(id));
      });
    return found;
  },
  notes: async (table, person) => table.where('candidateId').anyOf([...person.ids]).delete(),
  githubCache: byKey,
  githubQueue: byKey,
  // A sourcing list keeps its other people; the person leaves its tally, its people search answer and its screening requests.
  // (A list still reading pages could meet them again in a later page: they come back as a name only, as anyone GitHub lists.)
  sourcing: async (table, person) => {
    let count = 0;
    await table.toCollection().modify((run: { discovery?: { tallies?: Record<string, unknown> } | null; search?: { people?: Array<{ login?: unknown }> } | null; screenRequested?: unknown[] }) => {
      let changed = false;
      const tallies = run.discovery?.tallies;
      if (tallies) {
        for (const login of Object.keys(tallies)) {
          if (person.handles.has(login.toLowerCase())) {
            delete tallies[login];
            changed = true;
          }
        }
      }
      if (run.search?.people) {
        const kept = run.search.people.filter((p) => !(typeof p.login === 'string' && person.handles.has(p.login.toLowerCase())));
        if (kept.length !== run.search.people.length) {
          run.search.people = kept;
          changed = true;
        }
      }
      if (Array.isArray(run.screenRequested)) {
        const kept = run.screenRequested.filter((login) => !(typeof login === 'string' && person.handles.has(login.toLowerCase())));
        if (kept.length !== run.screenRequested.length) {
          run.screenRequested = kept;
          changed = true;
        }
      }
      if (changed) count++;
    });
    return count;
  },
  // A suggestion that names the person, either side, goes.
  suggestions: async (table, person) => table.where('accounts').anyOf([...person.ids]).delete(),
  // A confirmed join involving them goes: it holds both candidates as they were.
  merges: async (table, person) => table.filter((m: { into?: unknown; absorbed?: unknown }) => person.ids.has(String(m.into)) || person.ids.has(String(m.absorbed))).delete(),
  // What GitHub said their login is.
  githubAccounts: byKey,
  roles: 'none',
  secrets: 'none',
  settings: 'none',
};

/** Any other table: records naming the person are deleted; lists of names lose the person. */
async function eraseUnknown(table: Table, person: Person): Promise<number> {
  const names = (value: unknown) => typeof value === 'string' && person.handles.has(value.toLowerCase());
  let count = 0;
  await table.toCollection().modify((record: unknown, ref: { primaryKey: unknown; value?: unknown }) => {
    const fields = record && typeof record === 'object' ? (record as Record<string, unknown>) : {};
    if (names(ref.primaryKey) || Object.values(fields).some(names)) {
      // Dexie deletes a record whose `value` is deleted in modify().
      delete ref.value;
      count++;
      return;
    }
    let changed = false;
    for (const [key, value] of Object.entries(fields)) {
      if (!Array.isArray(value)) continue;
      const kept = value.filter((item) => !names(item) && !(item && typeof item === 'object' && Object.values(item as object).some(names)));
      if (kept.length !== value.length) {
        fields[key] = kept;
        changed = true;
      }
    }
    if (changed) count++;
  });
  return count;
}

/**
 * Erases one candidate and everything kept about them. Throws (and erases
 * nothing) when there is no such candidate.
 */
export async function eraseCandidate(db: ScoutDatabase, id: string): Promise<Erased> {
  return db.transaction('rw', db.tables, async () => {
    const raw = await db.candidates.get(id);
    if (!raw) throw new Error('This candidate is no longer stored; there is nothing to erase.');
    const parsed = Candidate.safeParse(raw);
    // A damaged record is erased all the same, from whatever ids it still has.
    const record = (parsed.success ? parsed.data : raw) as Partial<Candidate> & { id: string };
    const aliases = Array.isArray(record.aliases) ? record.aliases.filter((a): a is string => typeof a === 'string') : [];
    const ids = new Set([record.id, ...aliases]);
    const handles = new Set<string>();
    for (const value of ids) {
      handles.add(value.toLowerCase());
      const account = /^(github|linkedin):(.+)$/.exec(value)?.[2];
      if (account) handles.add(account.toLowerCase());
    }
    if (typeof record.githubLogin === 'string') handles.add(record.githubLogin.toLowerCase());
    const person: Person = { ids, handles };
    const who =
      (parsed.success && (parsed.data.profiles.linkedin?.basics.name || parsed.data.profiles.github?.basics.name || parsed.data.profiles.resume?.basics.name)) ||
      record.id.replace(/^[a-z]+:/, '');
    const removed: Record<string, number> = {};
    for (const table of db.tables) {
      const eraser = ERASERS[table.name];
      if (eraser === 'none') continue;
      const count = eraser ? await eraser(table, person) : await eraseUnknown(table, person);
      if (count > 0) removed[table.name] = count;
    }
    return { who: who.trim(), removed };
  });
}

const TABLE_WORDS: Record<string, [string, string]> = {
  candidates: ['the candidate record', 'candidate records'],
  notes: ['1 note', 'notes'],
  githubCache: ['the cached GitHub analysis', 'cached GitHub analyses'],
  githubQueue: ['the queued GitHub analysis', 'queued GitHub analyses'],
  sourcing: ['their place in a sourcing list', 'their places in sourcing lists'],
  suggestions: ['a "same person?" suggestion', '"same person?" suggestions'],
  merges: ['a confirmed join', 'confirmed joins'],
  githubAccounts: ['what GitHub said their account is', 'what GitHub said their accounts are'],
};

/** "Erased Ada Quill: the candidate record, 3 notes and the cached GitHub analysis." */
export function erasedSentence(erased: Erased): string {
  const parts = Object.entries(erased.removed).map(([table, n]) => {
    const words = TABLE_WORDS[table];
    if (!words) return `${n} ${n === 1 ? 'record' : 'records'} in ${table}`;
    return n === 1 ? words[0] : `${n} ${words[1]}`;
  });
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'nothing more');
  return `Erased ${erased.who}: ${list}. Files you exported or backed up before still hold what they held.`;
}
