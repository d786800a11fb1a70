import { Suspense, lazy, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { setVerdict, type CandidateRead } from '@/lib/store/candidates';
import type { ScoutDatabase } from '@/lib/store/db';
import { readRoles } from '@/lib/store/roles';
import type { SortKey } from '@/lib/workspace/filter';
import { profileUrlOf } from '@/lib/workspace/rows';
import { BulkBar } from './BulkBar';
import type { CandidateDetailProps } from './CandidateDetail';
import { CandidateList } from './CandidateList';
import { FirstRun, NoMatches } from './EmptyState';
import { FilterBar, SortSelect } from './FilterBar';
import { ListToolbar, MessageLine } from './ListToolbar';
import { useBulkActions } from './useBulkActions';
import { useCandidateRows } from './useCandidateRows';
import { useListView } from './useListView';
import { useOwnEdits } from './useOwnEdits';
import { useTriageKeys } from './useTriageKeys';
import { flagLabel } from './flags';
import { ExportControls } from '../handoff/ExportControls';

// Loaded when first shown, so the list's first rows do not wait for them: the
// detail brings the screening engine (a candidate's flags are screened again
// from the stored profile), the rest are shown only on a selection, a toggle
// or a key.
const CandidateDetail = lazy(() => import('./CandidateDetail').then((m) => ({ default: m.CandidateDetail })));
const HelpOverlay = lazy(() => import('./HelpOverlay').then((m) => ({ default: m.HelpOverlay })));
const PossibleDuplicates = lazy(() => import('../handoff/PossibleDuplicates').then((m) => ({ default: m.PossibleDuplicates })));
const SendToLever = lazy(() => import('../handoff/SendToLever').then((m) => ({ default: m.SendToLever })));

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
  /** Opens the settings page, where roles are made. */
  openSettings(): void;
  /** The newest candidates, when the page started reading them before it rendered. */
  firstPage?: CandidateRead | undefined;
  /** Shortlists | Sourcing (./ViewSwitch), in the title bar. */
  viewSwitch?: ReactNode;
}

const ALL = '';

/**
 * The side panel: one shortlist per role plus "All candidates", searched,
 * filtered and sorted in memory over lightweight rows shown as cards, with
 * the focused candidate's detail below (beside, when the panel is wide).
 * Composed of hooks that each do one thing: read rows, hold the page's own
 * edits, filter and sort, act in bulk, answer keys.
 */
export function ShortlistPanel({ db, blind, blindCsv, openUrl, download, openSettings, firstPage, viewSwitch }: ShortlistPanelProps) {
  const stored = useCandidateRows(db, firstPage);
  const roles = useLiveQuery(() => readRoles(db), [db]);
  const [shortlist, setShortlist] = useState(ALL);
  const role = roles?.find((r) => r.id === shortlist) ?? null;
  // The match is counted against the shortlist's role, or the first role under All candidates.
  const matchRole = role ?? roles?.[0] ?? null;
  const shortlistName = role?.name ?? 'All candidates';
  useEffect(() => {
    // The chosen role was deleted elsewhere: fall back to every candidate.
    if (shortlist !== ALL && roles && !role) setShortlist(ALL);
  }, [shortlist, roles, role]);

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const clearSelection = useCallback(() => setSelected(new Set()), []);
  const onErrorRef = useRef<(text: string) => void>(() => {});
  const own = useOwnEdits(stored.rows, (text) => onErrorRef.current(text));
  const list = useListView(own.rows, { shortlist, blind, complete: stored.complete, roleId: matchRole?.id ?? null });
  const { visible } = list;
  const actions = useBulkActions({ db, edit: own.edit, forget: own.forget, role, shortlistName, blindCsv, download, clearSelection });
  onErrorRef.current = (text) => actions.setMessage({ text });

  const [activeId, setActiveId] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const focusActive = useRef<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const stageRef = useRef<HTMLSelectElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const tagRef = useRef<HTMLInputElement>(null);
  const refs = useMemo(() => ({ stage: stageRef, note: noteRef, tag: tagRef }), []);
  const tagOptionsId = useId();

  const selectedIds = useMemo(() => (selected.size === 0 ? [] : visible.filter((r) => selected.has(r.id)).map((r) => r.id)), [visible, selected]);
  const active = (activeId && visible.find((r) => r.id === activeId)) || visible[0] || null;
  // The detail follows the cursor at a lower priority than the list, so typing never waits for it;
  // it starts empty, so the first rows go on screen before the detail (and its code) is loaded.
  const detailId = useDeferredValue(active?.id ?? null, null);
  const visibleRef = useRef(visible);
  visibleRef.current = visible;
  const detailRow = useMemo(() => (detailId ? own.rows.find((r) => r.id === detailId) : undefined), [own.rows, detailId]);
  const { edit } = own;
  const { setMessage } = actions;
  const onDetailEdit = useCallback<CandidateDetailProps['onEdit']>((change, write) => edit(detailId ? [detailId] : [], change, write), [edit, detailId]);
  const onDetailMessage = useCallback((text: string) => setMessage({ text }), [setMessage]);

  // Callbacks stay the same across keystrokes, so rows that did not change are not rendered again.
  const onSort = useCallback(
    (key: SortKey) =>
      list.setSort((current) =>
        current.key === key
          ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
          : { key, direction: ['updatedAt', 'green', 'verdict', 'level', 'match', 'stage'].includes(key) ? 'descending' : 'ascending' },
      ),
    [list.setSort],
  );
  const onSelect = useCallback((id: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const openRow = useCallback(
    (id: string) => {
      const row = visibleRef.current.find((r) => r.id === id);
      const url = row && profileUrlOf(row);
      if (url) openUrl(url);
    },
    [openUrl],
  );
  const onRendered = useCallback(() => {
    // Read by the bench (scripts/bench/sidepanel.ts): the first time rows (or the empty state) are on screen.
    if (performance.getEntriesByName('candidates-rendered').length === 0) performance.mark('candidates-rendered');
  }, []);
  useEffect(() => {
    // Read by the bench: every candidate loaded, sorted and on screen.
    if (stored.complete && performance.getEntriesByName('candidates-all-rendered').length === 0) performance.mark('candidates-all-rendered');
  }, [stored.complete]);

  const focusRow = () => {
    if (active) setActiveId(active.id);
    (document.querySelector<HTMLElement>('[role="row"][aria-current="true"]') ?? document.getElementById('candidate-list'))?.focus();
  };

  useTriageKeys({
    visible,
    activeId: active?.id ?? null,
    moveTo(id) {
      focusActive.current = id;
      setActiveId(id);
    },
    open: openRow,
    verdict: (id, verdict) => void own.edit([id], () => ({ verdict }), () => setVerdict(db, [id], verdict)),
    toggleSelected: (id) => onSelect(id, !selected.has(id)),
    clearSelection() {
      if (selected.size === 0) return false;
      clearSelection();
      return true;
    },
    focusRow,
    showHelp: () => setHelp(true),
    search: searchRef,
    ...refs,
  });

  const firstRun = stored.rows.length === 0 && !stored.loading;

  return (
    <>
      <a
        className="skip-link"
        href="#candidate-list"
        onClick={(event) => {
          // Straight to the focused candidate's row: the list's one Tab stop.
          event.preventDefault();
          focusRow();
        }}
      >
        Skip to candidates
      </a>
      <main className="sp" aria-busy={stored.loading ? 'true' : 'false'}>
        <header className="sp-top">
          <div className="sp-titlebar">
            {viewSwitch}
            <span className="sp-titlebar-end">
              <button type="button" className="quiet" onClick={() => setHelp(true)} aria-keyshortcuts="?" title="Keyboard shortcuts (?)">
                Keys
              </button>
              <button type="button" className="quiet" onClick={openSettings}>
                Settings
              </button>
            </span>
          </div>
          <div className="sp-shortlist-row">
            <label className="sp-shortlist">
              <span className="visually-hidden">Shortlist</span>
              <select
                value={shortlist}
                onChange={(e) => {
                  setShortlist(e.currentTarget.value);
                  clearSelection();
                }}
              >
                <option value={ALL}>All candidates</option>
                {(roles ?? []).map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {firstRun ? null : (
            <>
              <FilterBar filters={list.filters} onFilters={list.setFilters} tags={list.tags} searchRef={searchRef} />
              <ListToolbar
                shown={visible.length}
                selected={selectedIds.length}
                of={list.filtered ? list.inShortlist : null}
                loading={!stored.complete && own.rows.length > 0}
                onSelectAll={(on) => setSelected(on ? new Set(visible.map((r) => r.id)) : new Set())}
                sort={<SortSelect sort={list.sort} onSort={list.setSort} />}
              >
                <ExportControls
                  db={db}
                  selectedIds={selectedIds}
                  visible={visible}
                  loaded={stored.candidates}
                  shortlistName={shortlistName}
                  role={role}
                  blindCsv={blind && blindCsv}
                  flagLabel={flagLabel}
                  download={download}
                  onDone={onDetailMessage}
                  scopeId="export-scope"
                />
              </ListToolbar>
            </>
          )}
          {selectedIds.length > 0 ? (
            <BulkBar
              count={selectedIds.length}
              removeScope={role ? `from ${role.name}` : 'deletes them and their notes'}
              tagOptionsId={tagOptionsId}
              onStage={(stage) => void actions.stage(selectedIds, stage)}
              onTag={(tag) => actions.tag(selectedIds, tag)}
              onRemove={() => void actions.remove(selectedIds)}
              onClear={clearSelection}
            >
              {/* A selection's hand-off to Lever, offered once Lever is connected in Settings. */}
              <Suspense fallback={null}>
                <SendToLever db={db} ids={selectedIds} role={role} roles={roles ?? []} />
              </Suspense>
            </BulkBar>
          ) : null}
          {stored.broken > 0 ? (
            <p className="sp-hint small">
              {stored.broken === 1 ? '1 stored candidate could not be read and is left out' : `${stored.broken.toLocaleString()} stored candidates could not be read and are left out`}{' '}
              (damaged records; a backup from Settings keeps everything else).
            </p>
          ) : null}
          <MessageLine message={actions.message} onUndo={() => void actions.undo()} onDismiss={() => actions.setMessage(null)} />
          {/* Offered once every candidate is read (it compares them all), so its code never loads ahead of the first rows. */}
          {stored.candidates ? (
            <Suspense fallback={null}>
              <PossibleDuplicates db={db} candidates={stored.candidates} blind={blind} onMessage={onDetailMessage} />
            </Suspense>
          ) : null}
        </header>

        <datalist id={tagOptionsId}>
          {list.tags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>

        {stored.loading ? (
          <p className="sp-hint">Loading…</p>
        ) : firstRun ? (
          <FirstRun roles={roles} onOpenSettings={openSettings} onRendered={onRendered} />
        ) : (
          <div className="sp-body">
            {visible.length === 0 ? (
              <NoMatches shortlistName={shortlistName} filtered={list.filtered} />
            ) : (
              <CandidateList
                rows={visible}
                blind={blind}
                sort={list.sort}
                onSort={onSort}
                roleId={matchRole?.id ?? null}
                roleName={matchRole?.name ?? ''}
                selected={selected}
                onSelect={onSelect}
                activeId={active?.id ?? null}
                onActivate={setActiveId}
                onOpen={openRow}
                focusActive={focusActive}
                flagLabel={flagLabel}
                onRendered={onRendered}
              />
            )}
            {detailId && visible.length > 0 ? (
              <Suspense fallback={<p className="sp-hint">Loading the candidate…</p>}>
                <CandidateDetail
                  key={detailId}
                  db={db}
                  id={detailId}
                  row={detailRow}
                  blind={blind}
                  role={matchRole ?? undefined}
                  tagOptionsId={tagOptionsId}
                  refs={refs}
                  onOpen={openUrl}
                  onEdit={onDetailEdit}
                  onMessage={onDetailMessage}
                />
              </Suspense>
            ) : null}
          </div>
        )}
      </main>
      {help ? (
        <Suspense fallback={null}>
          <HelpOverlay open={help} onClose={() => setHelp(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
