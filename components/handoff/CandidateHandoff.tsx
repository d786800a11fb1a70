import { useId, useMemo, useState } from 'react';
import './handoff.css';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ScoutDatabase } from '@/lib/store/db';
import { readCandidate } from '@/lib/store/candidates';
import { setContacted, setDoNotContact, setGdprNoticeSent } from '@/lib/store/contact';
import { eraseCandidate, erasedSentence } from '@/lib/store/erase';
import { cachedEvidence } from '@/lib/store/github-cache';
import { addNote } from '@/lib/store/notes';
import { readRoles } from '@/lib/store/roles';
import type { Candidate, StoredRole } from '@/lib/store/records';
import { displayProfile } from '@/lib/profile/identity';
import { contactDetails } from '@/lib/workspace/contacts';
import { noticeState } from '@/lib/workspace/gdpr';
import { shortDate } from '@/lib/workspace/known';
import { blindAlias } from '@/lib/workspace/labels';
import { DEFAULT_COOLING_OFF_DAYS, draftText, mailtoUrl, makeDraft } from '@/lib/workspace/outreach';
import { safeHref } from '../links';
import { copyText, forgetTabsOf } from '@/utils/handoff';
import { useSettings } from '@/utils/settings';

/** Today in the recruiter's calendar, YYYY-MM-DD. */
export function today(now = new Date()): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export interface CandidateHandoffProps {
  db: ScoutDatabase;
  id: string;
  /** The shortlist's role, chosen first for the outreach draft. */
  roleId: string | null;
  /** A sentence for the side panel's message line. */
  onMessage(text: string): void;
  /** Blind mode: only the contact decisions and Erase; contact details, the notice (it reads the location) and drafts name the person. */
  blind?: boolean;
}

/**
 * The focused candidate's hand-off: how to reach them (only what they
 * published, each with its source), Do not contact and Contacted on, the
 * GDPR Art. 14 notice when the recruiter turned that on, an outreach draft
 * grounded in their own work, and Erase this person.
 */
export function CandidateHandoff({ db, id, roleId, onMessage, blind = false }: CandidateHandoffProps) {
  const read = useLiveQuery(() => readCandidate(db, id), [db, id]);
  const roles = useLiveQuery(() => readRoles(db), [db]);
  const settings = useSettings();
  if (!read || read === 'broken' || !roles || !settings) return null;
  return (
    <section className="sp-handoff" aria-label="Contact and hand-off">
      <h3 className="handoff-title">Contact and hand-off</h3>
      {blind ? null : <ContactDetails candidate={read} />}
      <ContactDecisions db={db} candidate={read} roles={roles} />
      {settings.gdprNotices && !blind ? <GdprNotice db={db} candidate={read} /> : null}
      {blind ? null : <OutreachDraft db={db} candidate={read} roles={roles} roleId={roleId} />}
      <EraseCandidate db={db} candidate={read} onMessage={onMessage} blind={blind} />
    </section>
  );
}

function ContactDetails({ candidate }: { candidate: Candidate }) {
  const details = contactDetails(candidate);
  return (
    <div className="handoff-block">
      <h4>Contact details</h4>
      {details.length ? (
        <ul aria-label="Contact details" className="contact-details">
          {details.map((d) => {
            const href = d.kind === 'email' ? `mailto:${d.value}` : d.kind === 'phone' ? undefined : safeHref(d.value);
            return (
              <li key={`${d.kind}:${d.value}`}>
                {href ? (
                  <a href={href} target="_blank" rel="noreferrer">
                    {d.value}
                  </a>
                ) : (
                  d.value
                )}{' '}
                <span className="small muted contact-source">
                  {d.network ? `${d.network}, ` : ''}from the {d.source}
                  {d.kind === 'email' && !d.given ? '; exported only with “Include found emails”' : ''}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="small muted">Nothing published to reach them by. Backend Scout never reads commit emails.</p>
      )}
    </div>
  );
}

function ContactDecisions({ db, candidate, roles }: { db: ScoutDatabase; candidate: Candidate; roles: readonly StoredRole[] }) {
  const [reason, setReason] = useState('');
  const [day, setDay] = useState(today());
  const reasonId = useId();
  const mark = candidate.doNotContact;
  const contacted = candidate.contacted;
  const now = new Date();
  return (
    <div className="handoff-block">
      <h4>Contact status</h4>
      {mark ? (
        <p className="alert" role="status">
          <strong>Do not contact</strong>
          {mark.reason ? `: ${mark.reason}` : ''} (since {shortDate(mark.at, now)}){' '}
          <button type="button" className="quiet" onClick={() => void setDoNotContact(db, [candidate.id], null)}>
            Allow contact again
          </button>
        </p>
      ) : (
        <form
          className="handoff-form"
          onSubmit={(e) => {
            e.preventDefault();
            void setDoNotContact(db, [candidate.id], reason).then(() => setReason(''));
          }}
        >
          <label htmlFor={reasonId} className="visually-hidden">
            Reason not to contact
          </label>
          <input id={reasonId} value={reason} maxLength={500} required placeholder="Reason (e.g. asked us not to)" onChange={(e) => setReason(e.currentTarget.value)} />
          <button type="submit" className="danger">
            Mark do not contact
          </button>
        </form>
      )}
      {contacted ? (
        <p role="status">
          Contacted on {shortDate(contacted.on, now)}
          {contacted.roleId ? ` for ${roles.find((r) => r.id === contacted.roleId)?.name ?? 'a deleted role'}` : ''}.{' '}
          <button type="button" className="quiet" onClick={() => void setContacted(db, [candidate.id], null)}>
            Clear contacted date
          </button>
        </p>
      ) : null}
      <form
        className="handoff-form"
        onSubmit={(e) => {
          e.preventDefault();
          void setContacted(db, [candidate.id], day || today());
        }}
      >
        <label className="handoff-date">
          <span>Contacted on</span> <input type="date" value={day} max={today()} onChange={(e) => setDay(e.currentTarget.value)} />
        </label>
        <button type="submit">Save contacted date</button>
      </form>
    </div>
  );
}

function GdprNotice({ db, candidate }: { db: ScoutDatabase; candidate: Candidate }) {
  const now = new Date();
  const state = noticeState(candidate, displayProfile(candidate), now);
  if (state.kind === 'not-needed') return null;
  if (state.kind === 'sent') {
    return (
      <p className="small muted">
        GDPR notice sent {shortDate(state.at, now)}.{' '}
        <button type="button" className="quiet" onClick={() => void setGdprNoticeSent(db, [candidate.id], false)}>
          Undo
        </button>
      </p>
    );
  }
  const by = shortDate(state.by.toISOString(), now);
  const text = state.contactedFirst
    ? `GDPR notice due now: you wrote to them on ${shortDate(candidate.contacted!.on, now)}, before ${by} (Art. 14(3)(b)).`
    : state.overdue
      ? `GDPR notice overdue: it was due by ${by}.`
      : `GDPR notice due by ${by}`;
  return (
    <p className={`gdpr ${state.overdue ? 'alert' : 'notice'}`} role="status">
      <span>{state.region === 'unknown' ? `Location unknown: if they live in the EU/EEA, ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text}</span>{' '}
      <button type="button" onClick={() => void setGdprNoticeSent(db, [candidate.id], true)}>
        Notice sent
      </button>
    </p>
  );
}

function OutreachDraft({ db, candidate, roles, roleId }: { db: ScoutDatabase; candidate: Candidate; roles: readonly StoredRole[]; roleId: string | null }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const role = roles.find((r) => r.id === (chosen ?? roleId)) ?? roles[0];
  const evidence = useLiveQuery(() => cachedEvidence(db, candidate.githubLogin), [db, candidate.githubLogin]);
  const result = useMemo(() => (role ? makeDraft(candidate, role, evidence, today()) : null), [candidate, role, evidence]);
  const textId = useId();
  if (!role || !result) return null;
  const recordNote = (how: string) => void addNote(db, candidate.id, `Outreach draft ${how} (${role.name}); not sent by Backend Scout.`);
  return (
    <div className="handoff-block">
      <h4>Outreach draft</h4>
      {roles.length > 1 ? (
        <label className="field">
          Role
          <select value={role.id} onChange={(e) => setChosen(e.currentTarget.value)}>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {!result.ok ? (
        <p role="status" className="notice">
          {result.blocked}
        </p>
      ) : (
        <>
          <label htmlFor={textId} className="visually-hidden">
            Outreach draft text
          </label>
          <textarea id={textId} readOnly rows={7} value={draftText(result.draft)} className="draft-text" />
          {result.draft.leftOut.length ? (
            <p className="small muted">
              Left out, nothing in their work to fill it:{' '}
              {[...new Set(result.draft.leftOut.map((l) => `{${l.slot}}`))].join(', ')}.
            </p>
          ) : null}
          <p className="small muted">
            {result.draft.to ? `To ${result.draft.to.email} (from the ${result.draft.to.source}).` : 'No email published: paste it where you write to them.'} Backend Scout never sends it.
          </p>
          <div className="row">
            <button
              type="button"
              onClick={() =>
                void copyText(draftText(result.draft)).then((copied) => {
                  if (copied) {
                    recordNote('copied');
                    setStatus(`Draft copied on ${shortDate(new Date().toISOString(), new Date())}; a note says so.`);
                  } else setStatus('Could not reach the clipboard: select the text above and copy it.');
                })
              }
            >
              Copy draft
            </button>
            <a
              className="button"
              href={mailtoUrl(result.draft)}
              onClick={() => {
                recordNote('opened in the mail program');
                setStatus('Draft opened in your mail program; a note says so.');
              }}
            >
              Open in mail program
            </a>
          </div>
          {status ? (
            <p role="status" className="small ok">
              {status}
            </p>
          ) : null}
        </>
      )}
      <p className="small muted">
        {role.name} waits {role.coolingOffDays ?? DEFAULT_COOLING_OFF_DAYS} days after a contact; templates and waits are in Settings.
      </p>
    </div>
  );
}

function EraseCandidate({ db, candidate, onMessage, blind }: { db: ScoutDatabase; candidate: Candidate; onMessage(text: string): void; blind: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const name = blind ? blindAlias(candidate.id) : displayProfile(candidate).basics.name?.trim() || candidate.id.replace(/^[a-z]+:/, '');
  return (
    <div className="handoff-erase row">
      {confirming ? (
        <>
          <p role="alert" className="alert">
            Erase {name} and everything kept about them? This cannot be undone.
          </p>
          <button
            type="button"
            className="danger primary"
            onClick={() =>
              void eraseCandidate(db, candidate.id)
                .then(async (erased) => {
                  await forgetTabsOf(candidate.aliases.concat(candidate.id));
                  onMessage(erasedSentence(blind ? { ...erased, who: name } : erased));
                })
                .catch((error: unknown) => onMessage(error instanceof Error ? error.message : String(error)))
            }
          >
            Yes, erase {name}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep {name}
          </button>
        </>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Erase this person
        </button>
      )}
    </div>
  );
}
