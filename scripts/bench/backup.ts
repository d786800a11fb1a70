/**
 * Backup export and import of 10,000 candidates (with a note each), on
 * fake-indexeddb in Node: the same Dexie code the options page runs.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { exportBackup, importBackup } from '../../lib/store/backup';
import { Candidate, type Note } from '../../lib/store/records';
import { ScoutDatabase } from '../../lib/store/db';
import { defaultRole } from '../../lib/store/roles';

export function makeCandidates(count: number): Candidate[] {
  return Array.from({ length: count }, (_, i) =>
    Candidate.parse({
      id: `github:person-${i}`,
      aliases: [`github:person-${i}`],
      profiles: {
        github: {
          basics: {
            name: `Person ${i}`,
            label: 'Backend engineer',
            summary: 'Builds Go services on PostgreSQL and Kafka; on-call for the payments API.',
            profiles: [{ network: 'GitHub', username: `person-${i}`, url: `https://github.com/person-${i}` }],
          },
          work: [{ name: 'Quillworks', position: 'Backend Engineer', startDate: '2019-01', summary: 'Designed REST APIs.' }],
          skills: [{ name: 'Go' }, { name: 'PostgreSQL' }],
          capture: { source: 'github', capturedAt: '2026-11-01T00:00:00Z' },
        },
      },
      githubLogin: `person-${i}`,
      screening: {
        green: ['language-proficiency', 'database-experience'],
        yellow: i % 3 === 0 ? ['no-testing-or-quality'] : [],
        level: 'senior',
        years: 6.5,
        roleMatches: { 'backend-engineer': { met: 2, total: 3 } },
        screenedAt: '2026-11-01T00:00:00Z',
      },
      stage: 'sourced',
      tags: i % 2 ? ['golang'] : [],
      firstCapturedAt: '2026-11-01T00:00:00Z',
      updatedAt: `2026-11-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
    }),
  );
}

export async function benchBackup(count = 10_000) {
  const source = new ScoutDatabase(`bench-backup-source-${Date.now()}`);
  const target = new ScoutDatabase(`bench-backup-target-${Date.now()}`);
  const candidates = makeCandidates(count);
  const notes: Note[] = candidates.map((c, i) => ({ id: `note-${i}`, candidateId: c.id, text: 'Called; strong on Postgres.', at: '2026-11-02T00:00:00Z' }));
  await source.candidates.bulkPut(candidates);
  await source.notes.bulkPut(notes);
  await source.roles.put(defaultRole());

  let start = performance.now();
  const text = JSON.stringify(await exportBackup(source, undefined));
  const backupExport10kMs = performance.now() - start;

  start = performance.now();
  const result = await importBackup(target, text);
  const backupImport10kMs = performance.now() - start;
  if (!result.ok || result.report.added !== count) throw new Error('backup bench: the import did not add every candidate');

  await source.delete();
  await target.delete();
  return {
    backupExport10kMs: Math.round(backupExport10kMs),
    backupImport10kMs: Math.round(backupImport10kMs),
    backupBytes10k: text.length,
  };
}
