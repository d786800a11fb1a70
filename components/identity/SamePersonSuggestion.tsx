import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PageMessage } from '@/lib/background/messages';
import type { ScoutDatabase } from '@/lib/store/db';
import { readMergesInto } from '@/lib/store/merges';
import type { Candidate, MergeRecord } from '@/lib/store/records';
import { readSuggestionsFor, type SuggestionView } from '@/lib/store/suggestions';
import { displayProfile } from '@/lib/profile/identity';
import { aliasOf } from '@/lib/workspace/labels';
import { sendToBackground } from '@/utils/background';
import './identity.css';

/** The recruiter's decisions about identity go to the background, which re-screens and analyses: null when done, else its sentence. */
const send = (message: PageMessage): Promise<string | null> => sendToBackground(message).then((reply) => (reply.ok ? null : reply.error));

const SITES: Record<string, string> = { github: 'GitHub', linkedin: 'LinkedIn' };
const siteOf = (id: string) => SITES[id.split(':')[0] ?? ''] ?? 'another';
const handleOf = (id: string) => id.replace(/^[a-z]+:/, '');

/** How a candidate is named here: the alias in blind mode, else the name or the account. */
function nameOf(candidate: Candidate, blind: boolean): string {
  if (blind) return aliasOf(candidate);
  return displayProfile(candidate).basics.name?.trim() || handleOf(candidate.id);
}

/** Why the two may be one person, in the recruiter's words; no account names in blind mode. */
function reasonOf(view: SuggestionView, otherName: string, blind: boolean): string {
  const { from, to } = view.suggestion;
  const account = blind ? `a ${siteOf(to)} account` : `the ${siteOf(to)} account ${handleOf(to)}`;
  return view.direction === 'names-them'
    ? `This ${siteOf(from)} profile names ${account}, captured as ${otherName}; that profile does not name this one back.`
    : `${otherName}'s ${siteOf(from)} profile names this ${siteOf(to)} account; this profile does not name it back.`;
}

/**
 * "May be the same person as …: join?" (DESIGN.md "Who is the same person"):
 * a one-way link between two captured people, for the recruiter to join or
 * keep apart, and "Separate again" for a join they confirmed. Self-contained
 * (it reads its own data and talks to the background), so the popup and the
 * side panel each wire it in with one line.
 */
export function SamePersonSuggestion({ db, candidate, blind }: { db: ScoutDatabase; candidate: Candidate; blind: boolean }) {
  const aliases = candidate.aliases.join('|');
  const suggestions = useLiveQuery(() => readSuggestionsFor(db, candidate), [db, candidate.id, aliases]);
  const merges = useLiveQuery(() => readMergesInto(db, candidate.id), [db, candidate.id]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = (message: PageMessage) => {
    setBusy(true);
    setError(null);
    void send(message)
      .then(setError)
      .finally(() => setBusy(false));
  };
  if (!suggestions?.length && !merges?.length && !error) return null;
  return (
    <section className="same-person" aria-label="Same person?">
      {suggestions?.map((view) => (
        <Suggestion key={view.suggestion.id} view={view} blind={blind} busy={busy} onChoose={run} />
      ))}
      {merges?.map((merge) => (
        <Joined key={merge.id} merge={merge} blind={blind} busy={busy} onSeparate={run} />
      ))}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function Suggestion({ view, blind, busy, onChoose }: { view: SuggestionView; blind: boolean; busy: boolean; onChoose(message: PageMessage): void }) {
  const reason = useId();
  const otherName = nameOf(view.other, blind);
  return (
    <div role="group" aria-label={`May be the same person as ${otherName}`} aria-describedby={reason} className="suggestion">
      {/* "join?" is the buttons' question: the title stays one line in the popup's 400 px. */}
      <p>
        <strong>May be the same person as {otherName}</strong>
      </p>
      <p id={reason} className="reason">
        {reasonOf(view, otherName, blind)}
      </p>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => onChoose({ type: 'join-candidates', suggestionId: view.suggestion.id })}>
          Join
        </button>
        <button type="button" disabled={busy} onClick={() => onChoose({ type: 'keep-apart', suggestionId: view.suggestion.id })}>
          Keep apart
        </button>
      </div>
    </div>
  );
}

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function Joined({ merge, blind, busy, onSeparate }: { merge: MergeRecord; blind: boolean; busy: boolean; onSeparate(message: PageMessage): void }) {
  const otherName = nameOf(merge.before.absorbed, blind);
  return (
    <div role="group" aria-label={`Joined with ${otherName}`} className="joined">
      <p className="reason">
        You joined this candidate with {otherName} on {day.format(new Date(merge.at))}.
      </p>
      <button type="button" className="quiet" disabled={busy} onClick={() => onSeparate({ type: 'separate-candidates', mergeId: merge.id })}>
        Separate again
      </button>
    </div>
  );
}
