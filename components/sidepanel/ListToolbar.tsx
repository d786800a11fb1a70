import type { ReactNode } from 'react';
import type { Message } from './useBulkActions';
import { count } from './useBulkActions';

/**
 * Above the list: select all shown, how many are shown, and their order;
 * then the export (of the selection, if any) on a line of its own, so the
 * count and the export never squeeze each other at 360 px.
 */
export function ListToolbar({
  shown,
  selected,
  of,
  loading,
  onSelectAll,
  sort,
  children,
}: {
  shown: number;
  selected: number;
  /** The shortlist's size when filters narrow it, else null. */
  of: number | null;
  loading: boolean;
  onSelectAll(on: boolean): void;
  /** The "Sort by" list (FilterBar's SortSelect). */
  sort?: ReactNode;
  /** The export controls (components/handoff). */
  children?: ReactNode;
}) {
  return (
    <>
      <div className="sp-actions">
        <label className="sp-select-all" title="Select all shown">
          <input type="checkbox" checked={shown > 0 && selected === shown} onChange={(e) => onSelectAll(e.currentTarget.checked)} />
          <span className="visually-hidden">Select all</span>
        </label>
        <span className="sp-count" aria-live="polite">
          {loading ? 'Loading all candidates…' : of !== null ? `${shown.toLocaleString()} of ${of.toLocaleString()} candidates` : count(shown)}
        </span>
        {sort}
      </div>
      <span id="export-scope" className="visually-hidden">
        {selected ? `the ${count(selected)} selected` : `the ${count(shown)} shown`}
      </span>
      {children ? <div className="sp-export">{children}</div> : null}
    </>
  );
}

/** What the last action did, with Undo when it can be taken back. */
export function MessageLine({ message, onUndo, onDismiss }: { message: Message | null; onUndo(): void; onDismiss(): void }) {
  return (
    <div className="sp-message" aria-live="polite">
      {message ? (
        <>
          <span>{message.text}</span>
          {message.undo ? (
            <button type="button" onClick={onUndo}>
              Undo
            </button>
          ) : null}
          <button type="button" className="quiet" aria-label="Dismiss message" onClick={onDismiss}>
            ×
          </button>
        </>
      ) : null}
    </div>
  );
}
