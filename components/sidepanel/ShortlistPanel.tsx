import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { STAGES, Stage, type Candidate, type Verdict } from '@/lib/store/records';
import { STAGE_LABELS, VERDICT_LABELS } from '@/lib/workspace/labels';
import {
  addTag,
  addToShortlist,
  cleanTag,
  readAllCandidates,
  readNewestCandidates,
  removeCandidates,
  removeFromShortlist,
  restoreCandidates,
  setStage,
  setVerdict,
  type CandidateRead,
} from '@/lib/store/candidates';
import type { ScoutDatabase } from '@/lib/store/db';
import { readRoles } from '@/lib/store/roles';
import { DEFAULT_SORT, NO_LEVEL, NO_VERDICT, allTags, filterRows, keepOrder, type RowFilter, type RowSort, type SortKey } from '@/lib/workspace/filter';
import { LEVELS, LEVEL_LABELS } from '@/lib/screening/levels';
import { applyPatches, settlePatches, type RowPatch } from '@/lib/workspace/patches';
import { profileUrlOf, toRow, type ShortlistRow } from '@/lib/workspace/rows';
import { CandidateDetail } from './CandidateDetail';
import { CandidateTable } from './CandidateTable';
import { GREEN_FLAGS, YELLOW_FLAGS, flagLabel } from './flags';
import { CandidateHandoff } from '../handoff/CandidateHandoff';
import { ExportControls } from '../handoff/ExportControls';
import { PossibleDuplicates } from '../handoff/PossibleDuplicates';
import { SendToLever } from '../handoff/SendToLever';

export interface ShortlistPanelProps {
  db: ScoutDatabase;
  /** Blind mode: aliases instead of names, no locations (DOMAIN.md, Fairness). */
  blind: boolean;
  /** Blind mode reaches the CSV too. */
  blindCsv: boolean;
  /** Opens a profile page in a new tab. */
  openUrl(url: string): void;
  /** Saves a file the recruiter downloads. */
  download(fileName: string, text: string): void;
}

/** Rows the first paint shows while the whole list loads. */
const FIRST_PAGE = 60;
const ALL = '';
const VERDICT_KEYS: Record<string, Verdict> = { '1': 'strong-yes', '2': 'maybe', '3': 'no' };

interface Message {
  text: string;
  undo?: () => Promise<unknown>;
}

/**
 * The side panel: one shortlist per role plus "All candidates", searched,
 * filtered and sorted in memory over lightweight rows, in a virtualised table.
 */
export function ShortlistPanel({ db, blind, blindCsv, openUrl, download }: ShortlistPanelProps) {
  // The newest screenful first, then everyone: reading 10,000 records takes
  // long enough that the recruiter should see rows while it happens.
  const firstPage = useFirstPage(db);
  const all = useLiveQuery(
    (): Promise<CandidateRead | undefined> => (firstPage ? readAllCandidates(db) : Promise.resolve(undefined)),
    [db, firstPage !== undefined],
  );
  const candidates = all?.candidates;
  // Records that do not validate are left out of the list and counted, never shown half-read.
  const broken = (all ?? (firstPage ? { broken: [] } : undefined))?.broken.length ?? 0;
  const roles = useLiveQuery(() => readRoles(db), [db]);
  const storedRows = useRows(candidates ?? firstPage);
  // The page's own edits show at once; the live query confirms them later (RowPatch).
  const [patches, setPatches] = useState<ReadonlyMap<string, RowPatch>>(new Map());
  useEffect(() => setPatches((current) => settlePatches(storedRows, current)), [storedRows]);
  const rows = useMemo(() => applyPatches(storedRows, patches), [storedRows, patches]);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const [shortlist, setShortlist] = useState(ALL);
  const [text, setText] = useState('');
  const [stage, setStageFilter] = useState<RowFilter['stage']>('');
  const [verdict, setVerdictFilter] = useState<RowFilter['verdict']>('');
  const [level, setLevelFilter] = useState<RowFilter['level']>('');
  const [flag, setFlagFilter] = useState('');
  const [tag, setTagFilter] = useState('');
  const [sort, setSort] = useState<RowSort>(DEFAULT_SORT);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const focusActive = useRef(false);

  /**
   * Shows an edit in the table at once, then stores it; a failed write takes
   * the edit back and says why.
   */
  const edit = useCallback(
    async (ids: readonly string[], change: (row: ShortlistRow) => RowPatch['changes'], write: () => Promise<unknown>, deleted = false) => {
      const at = new Date().toISOString();
      const wanted = new Set(ids);
      const byId = new Map(rowsRef.current.filter((r) => wanted.has(r.id)).map((r) => [r.id, r]));
      setPatches((current) => {
        const next = new Map(current);
        for (const id of ids) {
          const row = byId.get(id);
          if (row) next.set(id, { changes: { ...current.get(id)?.changes, ...change(row) }, deleted, at });
        }
        return next;
      });
      try {
        await write();
        return true;
      } catch (error) {
        setPatches((current) => {
          const next = new Map(current);
          for (const id of ids) next.delete(id);
          return next;
        });
        setMessage({ text: `Could not save: ${error instanceof Error ? error.message : String(error)}` });
        return false;
      }
    },
    [],
  );
  const searchRef = useRef<HTMLInputElement>(null);
  const tagOptionsId = useId();

  const role = roles?.find((r) => r.id === shortlist) ?? null;
  const shortlistName = role?.name ?? 'All candidates';
  // The chosen role was deleted elsewhere: fall back to every candidate.
  useEffect(() => {
    if (shortlist !== ALL && roles && !role) setShortlist(ALL);
  }, [shortlist, roles, role]);

  // Sorting is the costly step, so it runs only when the rows or the order
  // change; each keystroke filters the already sorted list. Live updates keep
  // rows where they were (keepOrder) until the recruiter sorts again.
  const order = useRef<{ sort: RowSort; blind: boolean; complete: boolean; ranks: Map<string, number> } | null>(null);
  const complete = candidates !== undefined;
  const sorted = useMemo(() => {
    const previous = order.current;
    const same = previous && previous.sort === sort && previous.blind === blind && previous.complete === complete;
    const next = keepOrder(rows, same ? previous.ranks : null, sort, { blind });
    order.current = { sort, blind, complete, ranks: next.order };
    return next.rows;
  }, [rows, sort, blind, complete]);
  const visible = useMemo(
    () => filterRows(sorted, { shortlist: shortlist || null, text, stage, verdict, level, flag, tag }, { blind }),
    [sorted, shortlist, text, stage, verdict, level, flag, tag, blind],
  );
  useEffect(() => {
    // Read by the bench: when a keystroke's rows were committed. Only the latest is kept.
    performance.clearMarks('candidates-filtered');
    performance.mark('candidates-filtered');
  }, [visible]);
  const tags = useMemo(() => allTags(rows), [rows]);
  useEffect(() => {
    // Read by the bench: every candidate loaded, sorted and on screen.
    if (complete && performance.getEntriesByName('candidates-all-rendered').length === 0) performance.mark('candidates-all-rendered');
  }, [complete]);

  const selectedIds = useMemo(
    () => (selected.size === 0 ? [] : visible.filter((r) => selected.has(r.id)).map((r) => r.id)),
    [visible, selected],
  );
  const active = (activeId && visible.find((r) => r.id === activeId)) || visible[0] || null;

  const onSort = useCallback((key: SortKey) => {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'updatedAt' || key === 'green' || key === 'verdict' || key === 'level' ? 'descending' : 'ascending' },
    );
  }, []);
  const onSelect = useCallback((id: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  // Callbacks stay the same across keystrokes (they read the latest rows from a ref), so rows that did not change are not rendered again.
  const visibleRef = useRef(visible);
  visibleRef.current = visible;
  const onSelectAll = useCallback((on: boolean) => setSelected(on ? new Set(visibleRef.current.map((r) => r.id)) : new Set()), []);
  const onActivate = useCallback((id: string) => setActiveId(id), []);
  const openRow = useCallback(
    (id: string) => {
      const row = visibleRef.current.find((r) => r.id === id);
      const url = row && profileUrlOf(row);
      if (url) openUrl(url);
    },
    [openUrl],
  );
  // The detail follows the cursor at a lower priority than the table, so typing never waits for it.
  const detailId = useDeferredValue(active?.id ?? null);
  const onRendered = useCallback(() => {
    // Read by the bench (scripts/bench/sidepanel.ts): the first time rows (or the empty state) are on screen.
    if (performance.getEntriesByName('candidates-rendered').length === 0) performance.mark('candidates-rendered');
  }, []);

  const bulkStage = async (value: string) => {
    const parsed = Stage.safeParse(value);
    if (!parsed.success || selectedIds.length === 0) return;
    if (!(await edit(selectedIds, () => ({ stage: parsed.data }), () => setStage(db, selectedIds, parsed.data)))) return;
    setMessage({ text: `Moved ${count(selectedIds.length)} to ${STAGE_LABELS[parsed.data]}.` });
  };
  const [bulkTag, setBulkTag] = useState('');
  const addBulkTag = async () => {
    if (!bulkTag.trim() || selectedIds.length === 0) return;
    const tag = cleanTag(bulkTag);
    const tagged = await edit(
      selectedIds,
      (row) => ({ tags: row.tags.some((t) => t.toLowerCase() === tag.toLowerCase()) ? row.tags : [...row.tags, tag] }),
      () => addTag(db, selectedIds, tag),
    );
    if (!tagged) return;
    setMessage({ text: `Tagged ${count(selectedIds.length)} “${bulkTag.trim()}”.` });
    setBulkTag('');
  };
  const removeSelected = async () => {
    const ids = selectedIds;
    if (ids.length === 0) return;
    if (role) {
      const roleId = role.id;
      const off = (row: ShortlistRow) => ({ shortlists: row.shortlists.filter((r) => r !== roleId) });
      if (!(await edit(ids, off, () => removeFromShortlist(db, ids, roleId)))) return;
      setMessage({
        text: `Removed ${count(ids.length)} from ${role.name}.`,
        undo: () => edit(ids, (row) => ({ shortlists: [...off(row).shortlists, roleId] }), () => addToShortlist(db, ids, roleId)),
      });
    } else {
      let removed: Awaited<ReturnType<typeof removeCandidates>> | undefined;
      const deleted = await edit(ids, () => ({}), async () => (removed = await removeCandidates(db, ids)), true);
      if (!deleted || !removed) return;
      const restore = removed;
      setMessage({
        text: `Deleted ${count(ids.length)} and their notes.`,
        undo: async () => {
          await restoreCandidates(db, restore);
          setPatches((current) => {
            const next = new Map(current);
            for (const id of ids) next.delete(id);
            return next;
          });
        },
      });
    }
    setSelected(new Set());
  };
  const undo = async () => {
    const action = message?.undo;
    if (!action) return;
    await action();
    setMessage({ text: 'Undone.' });
  };

  // Keyboard: arrows or j/k move, Enter opens the profile, 1/2/3 set the
  // verdict, "/" searches. Typing in a field is never taken over.
  const keyState = useRef({ visible, active, openRow, edit });
  keyState.current = { visible, active, openRow, edit };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      // Text fields and selects keep their keys; a checkbox does not type, so the shortcuts work from it.
      const typing = !!target?.closest(
        'input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable=""], [contenteditable="true"]',
      );
      const onControl = !!target?.closest('button, a[href], summary, input');
      if (typing) {
        // Escape in the search box clears it, and a second Escape hands the keys back to the table.
        const search = searchRef.current;
        if (event.key === 'Escape' && search && target === search) {
          if (search.value) setText('');
          else search.blur();
        }
        return;
      }
      const { visible: list, active: current } = keyState.current;
      const index = current ? list.findIndex((r) => r.id === current.id) : -1;
      const move = (to: number) => {
        const next = list[Math.max(0, Math.min(list.length - 1, to))];
        if (!next) return;
        event.preventDefault();
        focusActive.current = true;
        setActiveId(next.id);
      };
      switch (event.key) {
        case '/':
          event.preventDefault();
          searchRef.current?.focus();
          searchRef.current?.select();
          return;
        case 'ArrowDown':
        case 'j':
          return move(index + 1);
        case 'ArrowUp':
        case 'k':
          return move(index - 1);
        case 'Home':
          return move(0);
        case 'End':
          return move(list.length - 1);
        case 'Enter':
          if (onControl || !current) return;
          event.preventDefault();
          keyState.current.openRow(current.id);
          return;
        case '1':
        case '2':
        case '3': {
          const verdictKey = VERDICT_KEYS[event.key];
          if (!current || !verdictKey) return;
          event.preventDefault();
          void keyState.current.edit([current.id], () => ({ verdict: verdictKey }), () => setVerdict(db, [current.id], verdictKey));
          return;
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [db]);

  const loading = candidates === undefined && firstPage === undefined;
  const filtered = text || stage || verdict || level || flag || tag;
  const inShortlist = shortlist ? rows.filter((r) => r.shortlists.includes(shortlist)).length : rows.length;

  return (
    <main className="sp">
      <header className="sp-header">
        <label className="sp-field sp-shortlist">
          Shortlist
          <select value={shortlist} onChange={(e) => {
            setShortlist(e.currentTarget.value);
            setSelected(new Set());
          }}>
            <option value={ALL}>All candidates</option>
            {(roles ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <input
          ref={searchRef}
          type="search"
          className="sp-search"
          aria-label="Search candidates"
          aria-keyshortcuts="/"
          placeholder="Search name, headline, tag, skill…  ( / )"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <div className="sp-filters" role="group" aria-label="Filters">
          <select aria-label="Filter by stage" value={stage} onChange={(e) => setStageFilter(e.currentTarget.value as RowFilter['stage'])}>
            <option value="">Any stage</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
          <select aria-label="Filter by verdict" value={verdict} onChange={(e) => setVerdictFilter(e.currentTarget.value as RowFilter['verdict'])}>
            <option value="">Any verdict</option>
            {(Object.keys(VERDICT_LABELS) as Verdict[]).map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABELS[v]}
              </option>
            ))}
            <option value={NO_VERDICT}>Not rated</option>
          </select>
          <select aria-label="Filter by level" value={level} onChange={(e) => setLevelFilter(e.currentTarget.value as RowFilter['level'])}>
            <option value="">Any level</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l]}
              </option>
            ))}
            <option value={NO_LEVEL}>Not screened</option>
          </select>
          <select aria-label="Filter by flag" value={flag} onChange={(e) => setFlagFilter(e.currentTarget.value)}>
            <option value="">Any flag</option>
            <optgroup label="Green flags">
              {GREEN_FLAGS.map((f) => (
                <option key={f} value={f}>
                  {flagLabel(f)}
                </option>
              ))}
            </optgroup>
            <optgroup label="Yellow flags">
              {YELLOW_FLAGS.map((f) => (
                <option key={f} value={f}>
                  {flagLabel(f)}
                </option>
              ))}
            </optgroup>
          </select>
          <select aria-label="Filter by tag" value={tag} onChange={(e) => setTagFilter(e.currentTarget.value)}>
            <option value="">Any tag</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
          {filtered ? (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setText('');
                setStageFilter('');
                setVerdictFilter('');
                setLevelFilter('');
                setFlagFilter('');
                setTagFilter('');
              }}
            >
              Clear filters
            </button>
          ) : null}
        </div>
      </header>

      <div className="sp-actions">
        <span className="sp-count">
          {candidates === undefined && rows.length > 0
            ? 'Loading all candidates…'
            : filtered
              ? `${visible.length.toLocaleString()} of ${inShortlist.toLocaleString()} candidates`
              : `${visible.length.toLocaleString()} ${visible.length === 1 ? 'candidate' : 'candidates'}`}
          {selectedIds.length ? ` · ${selectedIds.length.toLocaleString()} selected` : ''}
        </span>
        <ExportControls
          db={db}
          selectedIds={selectedIds}
          visible={visible}
          loaded={candidates}
          shortlistName={shortlistName}
          role={role}
          blindCsv={blind && blindCsv}
          flagLabel={flagLabel}
          download={download}
          onDone={(text) => setMessage({ text })}
          scopeId="export-scope"
        />
        <SendToLever db={db} ids={selectedIds} role={role} roles={roles ?? []} />
        <span id="export-scope" className="visually-hidden">
          {selectedIds.length ? `the ${count(selectedIds.length)} selected` : `the ${count(visible.length)} shown`}
          {blind && blindCsv ? ', names hidden' : ''}
        </span>
      </div>

      {selectedIds.length > 0 ? (
        <div className="sp-bulk" role="group" aria-label="Selected candidates">
          <select aria-label="Set stage for selected" value="" onChange={(e) => void bulkStage(e.currentTarget.value)}>
            <option value="" disabled>
              Set stage…
            </option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
          <form
            className="sp-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void addBulkTag();
            }}
          >
            <input
              aria-label="Tag for selected"
              list={tagOptionsId}
              value={bulkTag}
              maxLength={60}
              placeholder="Tag"
              onChange={(e) => setBulkTag(e.currentTarget.value)}
            />
            <button type="submit">Add tag to selected</button>
          </form>
          <button type="button" className="danger" onClick={() => void removeSelected()} aria-describedby="remove-scope">
            Remove selected
          </button>
          <span id="remove-scope" className="visually-hidden">
            {role ? `from ${role.name}` : 'deletes them and their notes'}
          </span>
          <button type="button" className="link-button" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      ) : null}

      {broken > 0 ? (
        <p className="sp-hint" role="status">
          {broken === 1 ? '1 stored candidate could not be read and is left out' : `${broken.toLocaleString()} stored candidates could not be read and are left out`}
          {' '}(damaged records; a backup from Options keeps everything else).
        </p>
      ) : null}
      <PossibleDuplicates db={db} candidates={candidates} blind={blind} onMessage={(text) => setMessage({ text })} />
      <div className="sp-message" aria-live="polite">
        {message ? (
          <>
            <span>{message.text}</span>
            {message.undo ? (
              <button type="button" onClick={() => void undo()}>
                Undo
              </button>
            ) : null}
            <button type="button" className="link-button" aria-label="Dismiss message" onClick={() => setMessage(null)}>
              ×
            </button>
          </>
        ) : null}
      </div>

      <datalist id={tagOptionsId}>
        {tags.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>

      {loading ? (
        <p className="sp-hint">Loading…</p>
      ) : rows.length === 0 ? (
        <EmptyState onRendered={onRendered} />
      ) : visible.length === 0 ? (
        <p className="sp-hint">{shortlist && !filtered ? `No one on ${shortlistName} yet. Save a profile to it from the popup.` : 'No candidates match. Try fewer filters.'}</p>
      ) : (
        <CandidateTable
          rows={visible}
          blind={blind}
          sort={sort}
          onSort={onSort}
          selected={selected}
          onSelect={onSelect}
          onSelectAll={onSelectAll}
          activeId={active?.id ?? null}
          onActivate={onActivate}
          onOpen={openRow}
          focusActive={focusActive}
          flagLabel={flagLabel}
          onRendered={onRendered}
        />
      )}

      {detailId ? (
        <CandidateDetail
          key={detailId}
          db={db}
          id={detailId}
          blind={blind}
          tagOptionsId={tagOptionsId}
          flagLabel={flagLabel}
          onOpen={openUrl}
          onEdit={(change, write) => edit([detailId], () => change, write)}
        />
      ) : null}
      {detailId ? <CandidateHandoff key={`handoff-${detailId}`} db={db} id={detailId} roleId={role?.id ?? null} blind={blind} onMessage={(text) => setMessage({ text })} /> : null}
      <p className="sp-keys">
        Keys: <kbd>↑</kbd>
        <kbd>↓</kbd> or <kbd>j</kbd>
        <kbd>k</kbd> move · <kbd>Enter</kbd> open profile · <kbd>1</kbd> Strong yes · <kbd>2</kbd> Maybe · <kbd>3</kbd> No · <kbd>/</kbd> search
      </p>
    </main>
  );
}

function EmptyState({ onRendered }: { onRendered(): void }) {
  useEffect(() => {
    onRendered();
  }, [onRendered]);
  return <p role="status">No candidates yet. Open a GitHub or LinkedIn profile and it will appear here.</p>;
}

const count = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'candidate' : 'candidates'}`;

/** The newest candidates, read once, so the first paint does not wait for the whole list. */
function useFirstPage(db: ScoutDatabase): Candidate[] | undefined {
  const [page, setPage] = useState<Candidate[]>();
  useEffect(() => {
    let live = true;
    void readNewestCandidates(db, FIRST_PAGE).then((read) => live && setPage(read.candidates));
    return () => {
      live = false;
    };
  }, [db]);
  return page;
}

/**
 * Rows for the candidates, rebuilt only for candidates that changed: a live
 * update after one edit costs one row, not 10,000.
 */
function useRows(candidates: readonly Candidate[] | undefined): ShortlistRow[] {
  const cache = useRef(new Map<string, { stamp: string; row: ShortlistRow }>());
  return useMemo(() => {
    if (!candidates) return [];
    const next = new Map<string, { stamp: string; row: ShortlistRow }>();
    const rows = candidates.map((candidate) => {
      const stamp = `${candidate.updatedAt}|${candidate.screening?.screenedAt ?? ''}|${candidate.stage}|${candidate.verdict}|${candidate.tags.join('\u0000')}|${candidate.shortlists.join(',')}`;
      const cached = cache.current.get(candidate.id);
      const row = cached && cached.stamp === stamp ? cached.row : toRow(candidate);
      next.set(candidate.id, { stamp, row });
      return row;
    });
    cache.current = next;
    return rows;
  }, [candidates]);
}
