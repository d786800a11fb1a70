import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { STAGES, Stage, type Verdict } from '@/lib/store/records';
import { STAGE_LABELS, VERDICT_LABELS, aliasOf } from '@/lib/workspace/labels';
import { addNote, readNotes } from '@/lib/store/notes';
import { addTag, cleanTag, readCandidateByAnyId, removeTag, setStage, setVerdict } from '@/lib/store/candidates';
import { displayProfile } from '@/lib/profile/identity';
import type { ScoutDatabase } from '@/lib/store/db';
import { levelLabel } from '@/lib/workspace/labels';
import { locationText, profileUrls } from '@/lib/workspace/rows';
import { type RowPatch } from '@/lib/workspace/patches';
import { hideIdentity, identityTerms } from '@/lib/workspace/blind';
import { SamePersonSuggestion } from '../identity/SamePersonSuggestion';

const VERDICTS: Verdict[] = ['strong-yes', 'maybe', 'no'];
const noteDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The focused candidate: who (or the alias), the recruiter's verdict and
 * stage, the flags by name, tags and dated notes. Everything from a profile
 * is rendered as React text.
 */
export function CandidateDetail({
  db,
  id,
  blind,
  tagOptionsId,
  flagLabel,
  onOpen,
  onEdit,
}: {
  db: ScoutDatabase;
  id: string;
  blind: boolean;
  /** The <datalist> of existing tags. */
  tagOptionsId: string;
  flagLabel(id: string): string;
  onOpen(url: string): void;
  /** Shows a change in the table at once while `write` stores it. */
  onEdit(change: RowPatch['changes'], write: () => Promise<unknown>): Promise<boolean>;
}) {
  // By any id: a candidate joined meanwhile is followed into the one it became.
  const read = useLiveQuery(() => readCandidateByAnyId(db, id), [db, id]);
  const notes = useLiveQuery(() => readNotes(db, id), [db, id]);
  const [note, setNote] = useState('');
  const [tag, setTag] = useState('');

  if (read === 'broken') return <p className="sp-hint" role="status">This candidate's stored record is damaged and cannot be shown.</p>;
  const candidate = read;
  if (!candidate) return null;
  const profile = displayProfile(candidate);
  const name = blind ? aliasOf(candidate) : profile.basics.name?.trim() || candidate.id.replace(/^[a-z]+:/, '');
  const urls = profileUrls(candidate, profile);
  const location = blind ? '' : locationText(profile);
  const screening = candidate.screening;

  const submitNote = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return;
    await addNote(db, id, note);
    setNote('');
  };
  const submitTag = async (event: FormEvent) => {
    event.preventDefault();
    if (!tag.trim()) return;
    const clean = cleanTag(tag);
    const tags = candidate?.tags ?? [];
    const next = tags.some((t) => t.toLowerCase() === clean.toLowerCase()) ? tags : [...tags, clean];
    if (await onEdit({ tags: next }, () => addTag(db, [id], clean))) setTag('');
  };

  return (
    <section className="sp-detail" aria-label="Candidate details">
      <h2>{name}</h2>
      {profile.basics.label ? <p className="headline">{blind ? hideIdentity(profile.basics.label, identityTerms(candidate)) : profile.basics.label}</p> : null}
      <SamePersonSuggestion db={db} candidate={candidate} blind={blind} />
      <p className="sp-meta">
        {[location, screening ? `${levelLabel(screening.level)}${screening.years != null ? `, ${screening.years.toFixed(1)} years` : ''}` : 'Not screened yet']
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="sp-links">
        {urls.linkedin ? (
          <button type="button" className="link-button" onClick={() => onOpen(urls.linkedin!)}>
            Open LinkedIn profile
          </button>
        ) : null}
        {urls.github ? (
          <button type="button" className="link-button" onClick={() => onOpen(urls.github!)}>
            Open GitHub profile
          </button>
        ) : null}
      </p>

      <div className="sp-row">
        <div role="group" aria-label="Verdict" className="verdicts">
          {VERDICTS.map((verdict, i) => (
            <button
              key={verdict}
              type="button"
              aria-pressed={candidate.verdict === verdict}
              aria-keyshortcuts={String(i + 1)}
              className={`verdict-button verdict-${verdict}`}
              onClick={() => {
                const next = candidate.verdict === verdict ? null : verdict;
                void onEdit({ verdict: next }, () => setVerdict(db, [id], next));
              }}
            >
              {VERDICT_LABELS[verdict]}
            </button>
          ))}
        </div>
        <label className="sp-field">
          Stage
          <select
            value={candidate.stage}
            onChange={(e) => {
              const stage = Stage.parse(e.currentTarget.value);
              void onEdit({ stage }, () => setStage(db, [id], stage));
            }}
          >
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
        </label>
      </div>

      {screening ? (
        <div className="sp-flags">
          <FlagList title="Green flags" kind="green" ids={screening.green} flagLabel={flagLabel} />
          <FlagList title="Yellow flags" kind="yellow" ids={screening.yellow} flagLabel={flagLabel} />
        </div>
      ) : null}

      <h3>Tags</h3>
      {candidate.tags.length ? (
        <ul className="tags" aria-label="Tags">
          {candidate.tags.map((t) => (
            <li key={t} className="tag">
              {t}
              <button type="button" className="tag-remove" aria-label={`Remove tag ${t}`} onClick={() => void onEdit({ tags: candidate.tags.filter((x) => x !== t) }, () => removeTag(db, [id], t))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="sp-hint">No tags yet.</p>
      )}
      <form className="sp-inline-form" onSubmit={submitTag}>
        <input
          aria-label="Tag"
          list={tagOptionsId}
          value={tag}
          maxLength={60}
          placeholder="e.g. payments"
          onChange={(e) => setTag(e.currentTarget.value)}
        />
        <button type="submit">Add tag</button>
      </form>

      <h3>Notes</h3>
      {notes?.length ? (
        <ol className="notes" aria-label="Notes">
          {notes.map((n) => (
            <li key={n.id}>
              <time dateTime={n.at}>{noteDate.format(new Date(n.at))}</time>
              <p>{n.text}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="sp-hint">No notes yet.</p>
      )}
      <form className="sp-note-form" onSubmit={submitNote}>
        <textarea
          aria-label="Note"
          value={note}
          rows={2}
          maxLength={20_000}
          placeholder="What did you learn? (plain text)"
          onChange={(e) => setNote(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submitNote(e);
          }}
        />
        <button type="submit">Add note</button>
      </form>
    </section>
  );
}

function FlagList({ title, kind, ids, flagLabel }: { title: string; kind: 'green' | 'yellow'; ids: readonly string[]; flagLabel(id: string): string }) {
  return (
    <div className={`flag-list flag-${kind}`}>
      <h3>
        {title} ({ids.length})
      </h3>
      {ids.length ? (
        <ul aria-label={title}>
          {ids.map((flag) => (
            <li key={flag}>{flagLabel(flag)}</li>
          ))}
        </ul>
      ) : (
        <p className="sp-hint">None.</p>
      )}
    </div>
  );
}
