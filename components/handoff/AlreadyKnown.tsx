import { useLiveQuery } from 'dexie-react-hooks';
import './handoff.css';
import type { ScoutDatabase } from '@/lib/store/db';
import type { Candidate, StoredRole } from '@/lib/store/records';
import { alreadyKnown, readKnown, shortDate } from '@/lib/workspace/known';
import { draftBlocked } from '@/lib/workspace/outreach';
import { today } from './CandidateHandoff';

/**
 * The first thing the popup says on a capture: whether this person is
 * already held (found by their GitHub or LinkedIn page, or by email), and
 * the recruiter's contact decisions, so nobody writes to them twice.
 */
export function AlreadyKnown({ db, candidate, roles, role }: { db: ScoutDatabase; candidate: Candidate; roles: readonly StoredRole[]; role: StoredRole | undefined }) {
  const facts = useLiveQuery(() => readKnown(db, candidate), [db, candidate]);
  if (!facts) return null;
  const now = new Date();
  const known = alreadyKnown({ candidate, roles, notes: facts.notes, sameEmail: facts.sameEmail, now });
  const lines = [...(known.held ? [known.held] : []), ...known.sameEmail];
  const cooling = role && candidate.contacted && !candidate.doNotContact ? draftBlocked(candidate, role, today(now)) : null;
  if (!lines.length && !candidate.doNotContact && !cooling) return null;
  return (
    <section className="already-known" aria-label="Already known">
      {/* One box for what you hold and when you may write again: the popup's first screen is 600 px for everything. */}
      {lines.length || cooling ? (
        <div className="known-line">
          {lines.map((line) => (
            <p key={line} role="status">
              {line}
            </p>
          ))}
          {cooling ? <p className="known-wait">{cooling}</p> : null}
        </div>
      ) : null}
      {candidate.doNotContact ? (
        <p className="alert" role="alert">
          Do not contact{candidate.doNotContact.reason ? `: ${candidate.doNotContact.reason}` : ''} (since {shortDate(candidate.doNotContact.at, now)})
        </p>
      ) : null}
    </section>
  );
}
