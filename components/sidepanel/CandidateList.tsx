import { memo, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { levelWord, stageLabel, verdictLabel } from '@/lib/workspace/labels';
import { shownName, type ShortlistRow } from '@/lib/workspace/rows';
import type { RowSort, SortKey } from '@/lib/workspace/filter';

/**
 * Rows are cards of fixed height (the virtualiser never measures, so 10,000
 * rows cost what 20 do): three lines in a side panel's 320–480 px, one line
 * with more columns when the panel is wide.
 */
export const CARD_HEIGHT = 78;
export const LINE_HEIGHT = 42;
/** From this list width on, one row is one line (and from 1,040 px, with tags and the last update too: sidepanel.css). */
export const WIDE = 760;

/** Columns, for screen readers and the wide layout's header (the "Sort by" list sorts at any width). */
const COLUMNS: ReadonlyArray<{ key: SortKey | null; label: string; className: string }> = [
  // In the order of each row's cells; the wide layout places them (sidepanel.css).
  { key: null, label: 'Selected', className: 'col-select' },
  { key: 'name', label: 'Name', className: 'col-name' },
  { key: 'headline', label: 'Title', className: 'col-title' },
  { key: 'level', label: 'Level', className: 'col-level' },
  { key: 'green', label: 'Green', className: 'col-count col-green' },
  { key: 'yellow', label: 'Yellow', className: 'col-count col-yellow' },
  { key: 'match', label: 'Match', className: 'col-match' },
  { key: 'tags', label: 'Tags', className: 'col-tags' },
  { key: 'updatedAt', label: 'Last updated', className: 'col-updated' },
  { key: 'verdict', label: 'Verdict', className: 'col-verdict' },
  { key: 'stage', label: 'Stage', className: 'col-stage' },
];

export interface CandidateListProps {
  rows: readonly ShortlistRow[];
  blind: boolean;
  sort: RowSort;
  onSort(key: SortKey): void;
  /** The role whose must-haves the Match column counts. */
  roleId: string | null;
  roleName: string;
  selected: ReadonlySet<string>;
  onSelect(id: string, selected: boolean): void;
  activeId: string | null;
  onActivate(id: string): void;
  onOpen(id: string): void;
  /**
   * Set by the keyboard to the row it moved to, which takes focus once it is
   * rendered as the active row. An id, not a yes: a render for an earlier
   * key can run its effects after the next key was handled, and must not
   * pull the focus back to the row that key left.
   */
  focusActive: RefObject<string | null>;
  flagLabel(id: string): string;
  onRendered(): void;
}

/**
 * Whether the list is wide enough for one line per row, kept current. The
 * first guess is the window's width (the list spans it, less the padding), so
 * the first rows render once, in the right layout, without forcing a layout
 * to measure; the observer corrects a guess near the line, and only a change
 * of answer renders again.
 */
function useWide(ref: RefObject<HTMLElement | null>): boolean {
  const [wide, setWide] = useState(() => window.innerWidth >= WIDE);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWide((entry?.contentRect.width ?? 0) >= WIDE));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return wide;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/**
 * The candidates as a grid with one Tab stop (roving focus: only the active
 * row is tabbable; arrows and j/k move, see useTriageKeys). Checkboxes are
 * for the mouse; Space or x selects from the keyboard.
 */
export function CandidateList(props: CandidateListProps) {
  const { rows, sort, onSort, activeId, focusActive, onRendered } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const wide = useWide(scrollRef);
  const height = wide ? LINE_HEIGHT : CARD_HEIGHT;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => height,
    overscan: 4,
    // Render a first screenful before the container has been measured.
    initialRect: { width: 400, height: 600 },
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  useEffect(() => virtualizer.measure(), [height, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const top = items[0]?.start ?? 0;
  const bottom = total - (items[items.length - 1]?.end ?? 0);

  const activeIndex = activeId ? rows.findIndex((r) => r.id === activeId) : -1;
  useEffect(() => {
    if (activeIndex >= 0 && activeId !== null && focusActive.current === activeId) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, activeId, virtualizer, focusActive]);
  useEffect(() => {
    if (!activeId || focusActive.current !== activeId) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[role="row"][data-id="${CSS.escape(activeId)}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      focusActive.current = null;
    }
  });

  const rendered = useRef(false);
  useLayoutEffect(() => {
    if (!rendered.current) {
      rendered.current = true;
      onRendered();
    }
  });

  return (
    <div className={`sp-list ${wide ? 'is-wide' : 'is-narrow'}`} ref={scrollRef} id="candidate-list" tabIndex={-1}>
      <div role="grid" aria-label="Candidates" aria-rowcount={rows.length + 1} aria-colcount={COLUMNS.length} className="sp-grid">
        <div role="row" aria-rowindex={1} className="sp-head">
          {COLUMNS.map((column) => {
            const sorted = column.key && sort.key === column.key ? sort.direction : undefined;
            return (
              <div key={column.label} role="columnheader" className={column.className} aria-sort={column.key ? (sorted ?? 'none') : undefined}>
                {column.key ? (
                  // Mouse users sort from the header; the keyboard has the "Sort by" list (one Tab stop for the grid).
                  <button type="button" tabIndex={-1} className="sort-button" onClick={() => onSort(column.key!)}>
                    {column.label}
                    <span aria-hidden="true">{sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''}</span>
                  </button>
                ) : (
                  <span className="visually-hidden">{column.label}</span>
                )}
              </div>
            );
          })}
        </div>
        {top > 0 ? <div role="none" className="spacer" style={{ height: top }} /> : null}
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <CandidateRow
              key={row.id}
              row={row}
              index={item.index}
              height={height}
              blind={props.blind}
              roleId={props.roleId}
              roleName={props.roleName}
              selected={props.selected.has(row.id)}
              active={row.id === activeId || (activeId === null && item.index === 0)}
              onSelect={props.onSelect}
              onActivate={props.onActivate}
              onOpen={props.onOpen}
              flagLabel={props.flagLabel}
            />
          );
        })}
        {bottom > 0 ? <div role="none" className="spacer" style={{ height: bottom }} /> : null}
      </div>
    </div>
  );
}

interface RowProps {
  row: ShortlistRow;
  index: number;
  height: number;
  blind: boolean;
  roleId: string | null;
  roleName: string;
  selected: boolean;
  active: boolean;
  onSelect(id: string, selected: boolean): void;
  onActivate(id: string): void;
  onOpen(id: string): void;
  flagLabel(id: string): string;
}

const CandidateRow = memo(function CandidateRow({ row, index, height, blind, roleId, roleName, selected, active, onSelect, onActivate, onOpen, flagLabel }: RowProps) {
  const name = shownName(row, blind);
  const match = roleId ? row.roleMatches[roleId] : undefined;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Space on the row selects it, as in a mail client.
    if (event.key === ' ' && event.target === event.currentTarget) {
      event.preventDefault();
      onSelect(row.id, !selected);
    }
  };
  return (
    <div
      role="row"
      data-id={row.id}
      aria-rowindex={index + 2}
      aria-current={active ? 'true' : undefined}
      tabIndex={active ? 0 : -1}
      className={`sp-row${active ? ' active' : ''}${selected ? ' selected' : ''}`}
      style={{ height }}
      onClick={() => onActivate(row.id)}
      onFocus={(event) => {
        if (event.target === event.currentTarget && !active) onActivate(row.id);
      }}
      onDoubleClick={() => onOpen(row.id)}
      onKeyDown={onKeyDown}
    >
      <div role="gridcell" className="col-select">
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={`Select ${name}`}
          checked={selected}
          onClick={(e) => e.stopPropagation()}
          onChange={(e) => onSelect(row.id, e.currentTarget.checked)}
        />
      </div>
      <div role="gridcell" className="col-name" title={name}>
        {name}
      </div>
      <div role="gridcell" className="col-title" title={blind ? row.blindTitle : row.title}>
        {blind ? row.blindTitle : row.title}
      </div>
      <div role="none" className="card-meta">
        <div role="gridcell" className="col-level">
          {row.level ? <span className="level-word">{levelWord({ level: row.level }, row.headline)}</span> : <span className="muted">Not screened</span>}
        </div>
        <FlagCount kind="green" ids={row.green} flagLabel={flagLabel} />
        <FlagCount kind="yellow" ids={row.yellow} flagLabel={flagLabel} />
        <div role="gridcell" className="col-match" title={match ? `Must-haves of ${roleName} met` : undefined}>
          {match ? (
            <>
              <span aria-hidden="true">
                <span className="match-word">Must-haves </span>
                {`${match.met}/${match.total}`}
              </span>
              <span className="visually-hidden">{`${match.met} of ${match.total} must-haves of ${roleName}`}</span>
            </>
          ) : null}
        </div>
        <div role="gridcell" className="col-tags" title={row.tags.join(', ')}>
          {row.tags.join(', ')}
        </div>
        <div role="gridcell" className="col-updated">
          <time dateTime={row.updatedAt}>{dateFormat.format(new Date(row.updatedAt))}</time>
        </div>
      </div>
      <div role="gridcell" className="col-verdict">
        {row.verdict ? <span className={`pill verdict-pill verdict-${row.verdict}`}>{verdictLabel(row.verdict)}</span> : null}
      </div>
      <div role="gridcell" className="col-stage">
        <span className={`pill stage-pill stage-${row.stage}`}>{stageLabel(row.stage)}</span>
      </div>
    </div>
  );
});

/**
 * A flag count whose names show on hover (title) and are read out with the
 * cell (visually hidden text); the focused candidate's detail lists them too.
 */
function FlagCount({ kind, ids, flagLabel }: { kind: 'green' | 'yellow'; ids: readonly string[]; flagLabel(id: string): string }) {
  const names = ids.map(flagLabel).join(', ');
  return (
    <div role="gridcell" className={`col-count col-${kind} flag-count flag-${kind}`} title={names || undefined}>
      <span aria-hidden="true">
        <span className={`dot dot-${kind}`} /> {ids.length}
      </span>
      <span className="visually-hidden">
        {ids.length} {kind} {ids.length === 1 ? 'flag' : 'flags'}
        {names ? `: ${names}` : ''}
      </span>
    </div>
  );
}
