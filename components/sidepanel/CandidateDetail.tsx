import { memo, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { STAGES, Stage, type Candidate, type StoredRole, type Verdict } from '@/lib/store/records';
import { STAGE_LABELS, VERDICT_LABELS, aliasOf, levelWord, matchWords, seniorityLine, seniorityNotes } from '@/lib/workspace/labels';
import { addNote, readNotes } from '@/lib/store/notes';
import { addTag, cleanTag, readCandidateByAnyId, removeTag, setStage, setVerdict } from '@/lib/store/candidates';
import { blindScreening, hideIdentity, identityTerms } from '@/lib/workspace/blind';
import { SamePersonSuggestion } from '../identity/SamePersonSuggestion';
import { cachedEvidence } from '@/lib/store/github-cache';
import { displayProfile } from '@/lib/profile/identity';
import type { GitHubEvidence } from '@/lib/profile/github-evidence';
import type { ScoutDatabase } from '@/lib/store/db';
import { evidenceView, githubSummary } from '@/lib/workspace/evidence';
import { locationText, profileUrls, titleLine } from '@/lib/workspace/rows';
import { screenCandidate } from '@/lib/workspace/screen-candidate';
import type { RowPatch } from '@/lib/workspace/patches';
import type { ShortlistRow } from '@/lib/workspace/rows';
import { FlagSection, SkillChecklist } from '../evidence/FlagEvidence';
import { NoteEditor } from './NoteEditor';
import { CandidateHandoff } from '../handoff/CandidateHandoff';
import { TagEditor } from './TagEditor';

const VERDICTS: Verdict[] = ['strong-yes', 'maybe', 'no'];

export interface DetailRefs {
  stage: RefObject<HTMLSelectElement | null>;
  note: RefObject<HTMLTextAreaElement | null>;
  tag: RefObject<HTMLInputElement | null>;
}

export interface CandidateDetailProps {
  db: ScoutDatabase;
  id: string;
  /** The row as this page shows it (own edits applied), so the detail and the list never disagree. */
  row: ShortlistRow | undefined;
  blind: boolean;
  /** The role the match is counted against (the shortlist's). */
  role: StoredRole | undefined;
  /** The <datalist> of existing tags. */
  tagOptionsId: string;
  refs: DetailRefs;
  onOpen(url: string): void;
  /** Shows a change in the list at once while `write` stores it. */
  onEdit(change: (row: ShortlistRow) => RowPatch['changes'], write: () => Promise<unknown>): Promise<boolean>;
  onMessage(text: string): void;
}

/**
 * The focused candidate: the name fixed at the top with the verdict and
 * stage, then the role match and the flags with their evidence (screened
 * here, live, from the stored profile and GitHub evidence), tags and notes.
 * Everything from a profile is rendered as React text.
 */
export const CandidateDetail = memo(function CandidateDetail(props: CandidateDetailProps) {
  const { db, id } = props;
  // By any id: a candidate joined meanwhile is followed into the one it became.
  const read = useLiveQuery(() => readCandidateByAnyId(db, id), [db, id]);
  const notes = useLiveQuery(() => readNotes(db, id), [db, id]);
  const login = read && read !== 'broken' ? read.githubLogin : null;
  const github = useLiveQuery(() => cachedEvidence(db, login), [db, login]);
  if (read === 'broken') return <p className="sp-hint" role="status">This candidate's stored record is damaged and cannot be shown.</p>;
  if (!read) return null;
  return <Detail {...props} candidate={read} notes={notes} github={github} />;
});

function Detail({
  db,
  id,
  row,
  blind,
  role,
  tagOptionsId,
  refs,
  onOpen,
  onEdit,
  onMessage,
  candidate,
  notes,
  github,
}: CandidateDetailProps & { candidate: Candidate; notes: Awaited<ReturnType<typeof readNotes>> | undefined; github: GitHubEvidence | undefined }) {
  const profile = useMemo(() => displayProfile(candidate), [candidate]);
  // Blind mode: no name, login, school or place anywhere, evidence included (lib/workspace/blind.ts).
  const terms = useMemo(() => (blind ? identityTerms(candidate) : []), [blind, candidate]);
  const result = useMemo(() => {
    const screened = screenCandidate(candidate, github, role, new Date());
    return blind ? blindScreening(screened, terms) : screened;
  }, [candidate, github, role, blind, terms]);
  const view = useMemo(() => evidenceView(result, profile), [result, profile]);
  const name = blind ? aliasOf(candidate) : profile.basics.name?.trim() || candidate.id.replace(/^[a-z]+:/, '');
  const urls = profileUrls(candidate, profile);
  const location = blind ? '' : locationText(profile);
  const title = blind ? hideIdentity(titleLine(profile), terms) : titleLine(profile);
  const verdict = row?.verdict ?? candidate.verdict;
  const stage = row?.stage ?? candidate.stage;
  const tags = row?.tags ?? candidate.tags;
  const { seniority } = result;
  const github1 = githubSummary(github);
  const head = useStickyHeadHeight();

  return (
    <section className="sp-detail" aria-label="Candidate details" ref={head.section}>
      <header className="sp-detail-head" ref={head.header}>
        <h2>{name}</h2>
        {title ? <p className="sp-detail-title">{title}</p> : null}
        <div className="sp-detail-controls">
          <div role="group" aria-label="Verdict" className="segmented verdicts">
            {VERDICTS.map((v, i) => (
              <button
                key={v}
                type="button"
                aria-pressed={verdict === v}
                aria-keyshortcuts={String(i + 1)}
                className={`verdict-${v}`}
                onClick={() => {
                  const next = verdict === v ? null : v;
                  void onEdit(() => ({ verdict: next }), () => setVerdict(db, [id], next));
                }}
              >
                {VERDICT_LABELS[v]}
              </button>
            ))}
          </div>
          <label className="sp-stage">
            <span>Stage</span>
            <select
              ref={refs.stage}
              aria-keyshortcuts="s"
              value={stage}
              onChange={(e) => {
                const next = Stage.parse(e.currentTarget.value);
                void onEdit(() => ({ stage: next }), () => setStage(db, [id], next));
              }}
            >
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {STAGE_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <SamePersonSuggestion db={db} candidate={candidate} blind={blind} />

      <div className="sp-detail-body">
        <p className="pills">
          <span className="pill pill-accent">{levelWord(seniority, profile.basics.label ?? '')}</span>
          {role ? <span className="pill">{matchWords(result.role.mustHaveMet, result.role.mustHave.length)}</span> : null}
          {location ? <span className="muted small">{location}</span> : null}
        </p>
        <p className="small">{seniorityLine(seniority, profile.capture?.source)}</p>
        {seniorityNotes(seniority.notes).map((note) => (
          <p key={note} className="small muted">
            {note}
          </p>
        ))}
        <p className="sp-links">
          {urls.linkedin ? (
            <button type="button" className="quiet" onClick={() => onOpen(urls.linkedin!)}>
              Open LinkedIn profile
            </button>
          ) : null}
          {urls.github ? (
            <button type="button" className="quiet" onClick={() => onOpen(urls.github!)}>
              Open GitHub profile
            </button>
          ) : null}
        </p>

        {role ? (
          <section className="sp-section" aria-labelledby="detail-role-title">
            <h3 id="detail-role-title">Role match: {role.name}</h3>
            <SkillChecklist label="Must-haves" skills={view.mustHave} />
          </section>
        ) : null}
        <FlagSection kind="green" flags={view.flags.filter((f) => f.kind === 'green')} headingLevel={3} />
        <FlagSection kind="yellow" flags={view.flags.filter((f) => f.kind === 'yellow')} headingLevel={3} />
        {github1 ? <p className="small muted">{github1}</p> : null}

        <TagEditor
          tags={tags}
          tagOptionsId={tagOptionsId}
          inputRef={refs.tag}
          onAdd={(typed) => {
            const tag = cleanTag(typed);
            return onEdit(
              (current) => ({ tags: current.tags.some((t) => t.toLowerCase() === tag.toLowerCase()) ? current.tags : [...current.tags, tag] }),
              () => addTag(db, [id], tag),
            );
          }}
          onRemove={(tag) => void onEdit((current) => ({ tags: current.tags.filter((t) => t !== tag) }), () => removeTag(db, [id], tag))}
        />
        <NoteEditor
          notes={notes}
          inputRef={refs.note}
          onAdd={async (text) => {
            try {
              await addNote(db, id, text);
              return true;
            } catch (error) {
              onMessage(`Could not save the note: ${error instanceof Error ? error.message : String(error)}`);
              return false;
            }
          }}
        />
        <CandidateHandoff db={db} id={id} roleId={role?.id ?? null} blind={blind} onMessage={onMessage} />
      </div>
    </section>
  );
}

/**
 * The sticky head's height as --detail-head on the detail, kept current: the
 * detail's scroll padding, so a control reached with Tab (or scrolled into
 * view) is never left hidden under the name.
 */
function useStickyHeadHeight() {
  const section = useRef<HTMLElement>(null);
  const header = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const [scroller, sticky] = [section.current, header.current];
    if (!scroller || !sticky) return;
    const set = () => scroller.style.setProperty('--detail-head', `${Math.ceil(sticky.getBoundingClientRect().height)}px`);
    set();
    const observer = new ResizeObserver(set);
    observer.observe(sticky);
    return () => observer.disconnect();
  }, []);
  return { section, header };
}
