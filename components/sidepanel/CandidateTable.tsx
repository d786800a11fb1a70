import { memo, useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { levelLabel, stageLabel, verdictLabel } from '@/lib/workspace/labels';
import { shownName, type ShortlistRow } from '@/lib/workspace/rows';
import { type RowSort, type SortKey } from '@/lib/workspace/filter';

/** Fixed row height: the virtualiser never measures, so 10,000 rows cost what 20 do. */
export const ROW_HEIGHT = 36;

const COLUMNS: ReadonlyArray<{ key: SortKey; label: string; className: string }> = [
  // What a recruiter triages by comes first, so it fits a narrow panel; the rest scrolls.
  { key: 'name', label: 'Name', className: 'col-name' },
  { key: 'level', label: 'Level', className: 'col-level' },
  { key: 'green', label: 'Green', className: 'col-count' },
  { key: 'yellow', label: 'Yellow', className: 'col-count' },
  { key: 'verdict', label: 'Verdict', className: 'col-verdict' },
  { key: 'stage', label: 'Stage', className: 'col-stage' },
  { key: 'headline', label: 'Headline', className: 'col-headline' },
  { key: 'tags', label: 'Tags', className: 'col-tags' },
  { key: 'updatedAt', label: 'Last updated', className: 'col-updated' },
];

export interface CandidateTableProps {
  rows: readonly ShortlistRow[];
  blind: boolean;
  sort: RowSort;
  onSort(key: SortKey): void;
  selected: ReadonlySet<string>;
  onSelect(id: string, selected: boolean): void;
  onSelectAll(selected: boolean): void;
  activeId: string | null;
  onActivate(id: string): void;
  onOpen(id: string): void;
  /** Set by the keyboard: the active row should take focus once it is rendered. */
  focusActive: RefObject<boolean>;
  flagLabel(id: string): string;
  onRendered(): void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export function CandidateTable(props: CandidateTableProps) {
  const { rows, blind, sort, onSort, selected, onSelectAll, activeId, focusActive, onRendered } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    // Render a first screenful before the container has been measured.
    initialRect: { width: 800, height: 600 },
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const top = items[0]?.start ?? 0;
  const bottom = total - (items[items.length - 1]?.end ?? 0);

  const activeIndex = activeId ? rows.findIndex((r) => r.id === activeId) : -1;
  useEffect(() => {
    if (activeIndex >= 0 && focusActive.current) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer, focusActive]);
  useEffect(() => {
    if (!focusActive.current || !activeId) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(activeId)}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      focusActive.current = false;
    }
  });

  const rendered = useRef(false);
  useLayoutEffect(() => {
    if (!rendered.current) {
      rendered.current = true;
      onRendered();
    }
  });

  const selectedCount = rows.reduce((n, r) => (selected.has(r.id) ? n + 1 : n), 0);
  const allSelected = rows.length > 0 && selectedCount === rows.length;
  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = selectedCount > 0 && !allSelected;
  }, [selectedCount, allSelected]);

  return (
    <div className="sp-table-scroll" ref={scrollRef}>
      <table aria-label="Candidates" aria-rowcount={rows.length + 1} className="sp-table">
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="col-select">
              <input
                ref={selectAll}
                type="checkbox"
                aria-label="Select all"
                checked={allSelected}
                onChange={(e) => onSelectAll(e.currentTarget.checked)}
              />
            </th>
            {COLUMNS.map((column) => {
              const sorted = sort.key === column.key ? sort.direction : undefined;
              return (
                <th key={column.key} scope="col" className={column.className} aria-sort={sorted ?? 'none'}>
                  <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                    {column.label}
                    <span aria-hidden="true" className="sort-mark">
                      {sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={COLUMNS.length + 1} style={{ height: top }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <CandidateRow
                key={row.id}
                row={row}
                index={item.index}
                blind={blind}
                selected={selected.has(row.id)}
                active={row.id === activeId || (activeId === null && item.index === 0)}
                onSelect={props.onSelect}
                onActivate={props.onActivate}
                onOpen={props.onOpen}
                flagLabel={props.flagLabel}
              />
            );
          })}
          {bottom > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={COLUMNS.length + 1} style={{ height: bottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: ShortlistRow;
  index: number;
  blind: boolean;
  selected: boolean;
  active: boolean;
  onSelect(id: string, selected: boolean): void;
  onActivate(id: string): void;
  onOpen(id: string): void;
  flagLabel(id: string): string;
}

const CandidateRow = memo(function CandidateRow({ row, index, blind, selected, active, onSelect, onActivate, onOpen, flagLabel }: RowProps) {
  const name = shownName(row, blind);
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    // Space on the row toggles its checkbox, as in a mail client.
    if (event.key === ' ' && event.target === event.currentTarget) {
      event.preventDefault();
      onSelect(row.id, !selected);
    }
  };
  return (
    <tr
      data-id={row.id}
      aria-rowindex={index + 2}
      aria-current={active ? 'true' : undefined}
      tabIndex={active ? 0 : -1}
      className={active ? 'active' : undefined}
      style={{ height: ROW_HEIGHT }}
      onClick={() => onActivate(row.id)}
      onFocus={(event) => {
        if (event.target === event.currentTarget && !active) onActivate(row.id);
      }}
      onDoubleClick={() => onOpen(row.id)}
      onKeyDown={onKeyDown}
    >
      <td className="col-select">
        <input
          type="checkbox"
          aria-label={`Select ${name}`}
          checked={selected}
          onClick={(e) => e.stopPropagation()}
          onChange={(e) => onSelect(row.id, e.currentTarget.checked)}
        />
      </td>
      <td className="col-name" title={name}>
        {name}
      </td>
      <td className="col-level">{levelLabel(row.level)}</td>
      <FlagCount kind="green" ids={row.green} flagLabel={flagLabel} />
      <FlagCount kind="yellow" ids={row.yellow} flagLabel={flagLabel} />
      <td className="col-verdict">
        {row.verdict ? <span className={`verdict verdict-${row.verdict}`}>{verdictLabel(row.verdict)}</span> : null}
      </td>
      <td className="col-stage">{stageLabel(row.stage)}</td>
      <td className="col-headline" title={blind ? row.blindHeadline : row.headline}>
        {blind ? row.blindHeadline : row.headline}
      </td>
      <td className="col-tags" title={row.tags.join(', ')}>
        {row.tags.join(', ')}
      </td>
      <td className="col-updated">
        <time dateTime={row.updatedAt}>{dateFormat.format(new Date(row.updatedAt))}</time>
      </td>
    </tr>
  );
});

/**
 * A flag count whose names show on hover (title) and are read out with the
 * cell (visually hidden text); the focused candidate's detail lists them too.
 */
function FlagCount({ kind, ids, flagLabel }: { kind: 'green' | 'yellow'; ids: readonly string[]; flagLabel(id: string): string }) {
  const names = ids.map(flagLabel).join(', ');
  return (
    <td className={`col-count flag-count flag-${kind}`} title={names || undefined}>
      <span aria-hidden="true">{ids.length}</span>
      <span className="visually-hidden">
        {ids.length} {kind} {ids.length === 1 ? 'flag' : 'flags'}
        {names ? `: ${names}` : ''}
      </span>
    </td>
  );
}
