import { useMemo, useState } from 'react';
import type { ScoutDatabase } from '@/lib/store/db';
import type { Candidate } from '@/lib/store/records';
import { keepApart } from '@/lib/store/contact';
import { sendToBackground } from '@/utils/background';
import { findPossibleDuplicates } from '@/lib/workspace/duplicates';
import { profileUrls } from '@/lib/workspace/rows';

/** The join goes to the background, which writes identity decisions, re-screens and reads GitHub; a refusal is thrown as its sentence. */
async function joinThroughBackground(a: string, b: string): Promise<void> {
  const reply = await sendToBackground({ type: 'join-duplicates', a, b });
  if (!reply.ok) throw new Error(reply.error);
}

/** Pairs listed at once; the rest follow as these are settled. */
const SHOWN = 50;

/** Where a record was captured, in a recruiter's words, with the account so two LinkedIn records can be told apart: "LinkedIn (ines-ledger)". */
const where = (id: string, c: Candidate | undefined) => {
  const urls: { linkedin?: string | null; github?: string | null } = c ? profileUrls(c) : {};
  const sites = [urls.linkedin ? 'LinkedIn' : '', urls.github ? 'GitHub' : ''].filter(Boolean).join(' and ') || 'a résumé';
  return `${sites} (${id.replace(/^[a-z]+:/, '')})`;
};

/**
 * Possible duplicates: two stored candidates with the same name and company
 * and no link between them. The recruiter joins them (one record, everything
 * kept) or keeps them apart (never offered again).
 */
export function PossibleDuplicates({ db, candidates, blind, onMessage }: { db: ScoutDatabase; candidates: readonly Candidate[] | undefined; blind: boolean; onMessage(text: string): void }) {
  // Looked for only while the list is open: with 10,000 candidates a search
  // on every live update would slow the table, and most days find nobody.
  const [open, setOpen] = useState(false);
  const pairs = useMemo(() => (open && candidates ? findPossibleDuplicates(candidates) : null), [open, candidates]);
  const byId = useMemo(() => new Map((open ? (candidates ?? []) : []).map((c) => [c.id, c])), [open, candidates]);
  const [busy, setBusy] = useState(false);
  // Blind mode hides names, and a pair by name is a name: the list waits until names are shown.
  if (blind || !candidates || candidates.length < 2) return null;
  const act = (work: Promise<unknown>, text: string) => {
    setBusy(true);
    void work
      .then(() => onMessage(text))
      .catch((error: unknown) => onMessage(error instanceof Error ? error.message : String(error)))
      .finally(() => setBusy(false));
  };
  return (
    <details className="sp-duplicates" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Possible duplicates{pairs ? ` (${pairs.length.toLocaleString()})` : ''}</summary>
      {pairs && pairs.length === 0 ? <p className="small muted">None: no two candidates share a name and a company without a link between them.</p> : null}
      {pairs && pairs.length > SHOWN ? (
        <p className="small muted">
          The first {SHOWN} of {pairs.length.toLocaleString()}: join or keep these apart and the next ones follow.
        </p>
      ) : null}
      <ul aria-label="Possible duplicates" className="duplicate-list">
        {(pairs ?? []).slice(0, SHOWN).map((pair) => {
          const both = `${where(pair.a, byId.get(pair.a))} and ${where(pair.b, byId.get(pair.b))}`;
          return (
            <li key={`${pair.a}|${pair.b}`}>
              <p>
                <strong>{pair.name}</strong> at {pair.company}
              </p>
              <p className="small muted">On {both}, with no link between them.</p>
              <div className="row">
                <button type="button" disabled={busy} onClick={() => act(joinThroughBackground(pair.a, pair.b), `Joined ${pair.name}: one candidate now, notes and tags kept (Separate again in their details undoes it).`)}>
                  Join<span className="visually-hidden"> {pair.name} on {both}</span>
                </button>
                <button type="button" disabled={busy} onClick={() => act(keepApart(db, pair.a, pair.b), `Kept apart: ${pair.name} on ${both} are two different people.`)}>
                  Keep apart<span className="visually-hidden"> {pair.name} on {both}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
