import { useState } from 'react';
import { Note, type StoredRole } from '@/lib/store/records';
import { readCandidates } from '@/lib/store/candidates';
import type { ScoutDatabase } from '@/lib/store/db';
import { addNote } from '@/lib/store/notes';
import { cachedEvidence } from '@/lib/store/github-cache';
import { readLeverKey } from '@/lib/store/lever-key';
import { createLeverClient, leverNote, normaliseLeverUrl, opportunityBody, reportSentences, sendToLever, sentNote, type LeverItem } from '@/lib/handoff/lever';
import { prepare } from '@/lib/workspace/ats';
import { localTimeZone } from '@/lib/workspace/csv';
import { screenCandidate } from '@/lib/workspace/screen-candidate';
import { openOptions, requestOrigin } from '@/utils/handoff';
import { useSettings } from '@/utils/settings';

export interface SendToLeverProps {
  db: ScoutDatabase;
  /** The selected candidates, in the table's order. */
  ids: readonly string[];
  /** The shortlist's role: the note screens against it (else the first role). */
  role: StoredRole | null;
  roles: readonly StoredRole[];
}

type State = { kind: 'idle' } | { kind: 'sending'; done: number; total: number } | { kind: 'done'; lines: string[]; needsOptions?: boolean };

/**
 * Send to Lever (in the selection's bar): the selected candidates become
 * Lever opportunities with the recruiter's own key. Access to Lever's address is asked for on the click
 * (an optional host permission), the key and the Lever user come from
 * Options, and the outcome is a sentence for each kind of result, naming who
 * went, who was already there and who did not go.
 */
export function SendToLever({ db, ids, role, roles }: SendToLeverProps) {
  const settings = useSettings();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const start = () => {
    if (!settings) return;
    if (ids.length === 0) return setState({ kind: 'done', lines: ['Select the candidates to send to Lever first.'] });
    let root: string;
    try {
      root = normaliseLeverUrl(settings.leverApiUrl);
    } catch (error) {
      return setState({ kind: 'done', lines: [`${error instanceof Error ? error.message : String(error)} Fix it in Settings.`], needsOptions: true });
    }
    const origin = new URL(root).origin;
    // Asked in direct answer to the click: nothing is awaited before it.
    const granted = requestOrigin(origin);
    void send(granted, root, origin);
  };

  const send = async (granted: Promise<boolean>, root: string, origin: string) => {
    if (!(await granted)) return setState({ kind: 'done', lines: [`Backend Scout needs your permission to reach ${new URL(origin).host}: nothing was sent.`] });
    const apiKey = await readLeverKey(db, origin);
    if (!apiKey) return setState({ kind: 'done', lines: [`Save your Lever API key for ${new URL(origin).host} in Settings first: nothing was sent.`], needsOptions: true });
    const performAs = settings?.leverUserId;
    if (!performAs) return setState({ kind: 'done', lines: ['Check your Lever key in Settings, so Backend Scout knows your Lever user: nothing was sent.'], needsOptions: true });

    setState({ kind: 'sending', done: 0, total: ids.length });
    const [found, rawNotes] = await Promise.all([readCandidates(db, ids), db.notes.where('candidateId').anyOf([...ids]).toArray()]);
    const notes = rawNotes.flatMap((raw) => {
      const parsed = Note.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    });
    const screenAgainst = role ?? roles[0] ?? null;
    const now = new Date();
    const timeZone = localTimeZone();
    const items: LeverItem[] = [];
    for (const candidate of found.candidates) {
      const p = prepare(
        candidate,
        notes.filter((n) => n.candidateId === candidate.id),
        { timeZone, includeFoundEmails: settings?.includeFoundEmails ?? false },
      );
      const evidence = await cachedEvidence(db, candidate.githubLogin);
      const result = screenCandidate(candidate, evidence, screenAgainst ?? undefined, now);
      items.push({ candidateId: candidate.id, label: p.name || candidate.id, body: opportunityBody(p), note: leverNote(p, result, screenAgainst, now) });
    }
    const client = createLeverClient({ apiUrl: root, apiKey, fetch: (input, init) => fetch(input, init) });
    const report = await sendToLever(client, performAs, items, (done) => setState({ kind: 'sending', done, total: items.length }));
    // Each candidate handed off says so in its own notes, with the link.
    for (const sent of report.sent) await addNote(db, sent.candidateId, sentNote(sent));
    for (const duplicate of report.duplicates) await addNote(db, duplicate.candidateId, sentNote(duplicate, true));
    const lines = reportSentences(report);
    if (found.broken.length) lines.push(`${found.broken.length} damaged ${found.broken.length === 1 ? 'record was' : 'records were'} left out.`);
    setState({ kind: 'done', lines, needsOptions: report.stopped?.includes('Options') ?? false });
  };

  // Offered once Lever is connected in Settings: most teams hand off through another ATS's CSV, and a
  // button for a system they do not use is one more thing to read on every selection.
  if (!settings?.leverUserId && state.kind === 'idle') return null;
  return (
    <>
      <button type="button" onClick={start} disabled={!settings || state.kind === 'sending'}>
        Send to Lever
      </button>
      {state.kind === 'sending' ? (
        <span role="status" className="handoff-result small">
          Sending to Lever: {state.done} of {state.total}…
        </span>
      ) : null}
      {state.kind === 'done' ? (
        <div role="status" aria-label="Lever" className="handoff-result small">
          <ul>
            {state.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div className="row">
            {state.needsOptions ? (
              <button type="button" className="quiet" onClick={openOptions}>
                Open Settings
              </button>
            ) : null}
            <button type="button" className="quiet" onClick={() => setState({ kind: 'idle' })}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
