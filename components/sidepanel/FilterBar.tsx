import { useId, useState, type RefObject } from 'react';
import { STAGES, type Verdict } from '@/lib/store/records';
import { STAGE_LABELS, VERDICT_LABELS } from '@/lib/workspace/labels';
import { NO_LEVEL, NO_VERDICT, SORT_CHOICES, parseSortId, sortId, sortWords, type RowFilter, type RowSort } from '@/lib/workspace/filter';
import { LEVELS, LEVEL_LABELS } from '@/lib/screening/levels';
import { NO_FILTERS, type Filters } from './useListView';
import { GREEN_FLAGS, YELLOW_FLAGS, flagLabel } from './flags';

/**
 * The order of the list, beside the count (ListToolbar): "Sort by" and the
 * orders a recruiter picks from, including one chosen from a column header.
 */
export function SortSelect({ sort, onSort }: { sort: RowSort; onSort(sort: RowSort): void }) {
  const choices = SORT_CHOICES.some((c) => sortId(c) === sortId(sort)) ? SORT_CHOICES : [...SORT_CHOICES, sort];
  return (
    <label className="sp-sort">
      {/* "Sort" on screen (the orders read as orders), "Sort by" to a screen reader. */}
      <span aria-hidden="true">Sort</span>
      <select aria-label="Sort by" value={sortId(sort)} onChange={(e) => onSort(parseSortId(e.currentTarget.value) ?? sort)}>
        {choices.map((choice) => (
          <option key={sortId(choice)} value={sortId(choice)}>
            {sortWords(choice)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Search and the five filters behind one button (they are used less than
 * search, and a narrow panel has no room for them open). The button says how
 * many filters are on, so a narrowed list never hides why.
 */
export function FilterBar({
  filters,
  onFilters,
  tags,
  searchRef,
}: {
  filters: Filters;
  onFilters(filters: Filters): void;
  tags: readonly string[];
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const set = (patch: Partial<Filters>) => onFilters({ ...filters, ...patch });
  const on = [filters.stage, filters.verdict, filters.level, filters.flag, filters.tag].filter(Boolean).length;
  return (
    <div className="sp-filterbar">
      <div className="sp-searchrow">
        <input
          ref={searchRef}
          type="search"
          className="sp-search"
          aria-label="Search candidates"
          aria-keyshortcuts="/"
          placeholder="Search name, title, tag, skill"
          value={filters.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
          onKeyDown={(e) => {
            // Escape clears the search; a second Escape leaves the box (useTriageKeys).
            if (e.key === 'Escape' && filters.text) {
              e.preventDefault();
              set({ text: '' });
            }
          }}
        />
        <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)} className={on ? 'filters-on' : undefined}>
          Filters{on ? ` (${on})` : ''}
        </button>
      </div>
      <div id={panelId} className="sp-filters" role="group" aria-label="Filters" hidden={!open}>
        <select aria-label="Filter by stage" value={filters.stage} onChange={(e) => set({ stage: e.currentTarget.value as RowFilter['stage'] & string })}>
          <option value="">Any stage</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
        <select aria-label="Filter by verdict" value={filters.verdict} onChange={(e) => set({ verdict: e.currentTarget.value as Filters['verdict'] })}>
          <option value="">Any verdict</option>
          {(Object.keys(VERDICT_LABELS) as Verdict[]).map((v) => (
            <option key={v} value={v}>
              {VERDICT_LABELS[v]}
            </option>
          ))}
          <option value={NO_VERDICT}>Not rated</option>
        </select>
        <select aria-label="Filter by level" value={filters.level} onChange={(e) => set({ level: e.currentTarget.value as Filters['level'] })}>
          <option value="">Any level</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_LABELS[l]}
            </option>
          ))}
          <option value={NO_LEVEL}>Not screened</option>
        </select>
        <select aria-label="Filter by flag" value={filters.flag} onChange={(e) => set({ flag: e.currentTarget.value })}>
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
        <select aria-label="Filter by tag" value={filters.tag} onChange={(e) => set({ tag: e.currentTarget.value })} disabled={tags.length === 0}>
          <option value="">{tags.length ? 'Any tag' : 'No tags yet'}</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      {Object.values(filters).some(Boolean) ? (
        <button type="button" className="quiet sp-clear" onClick={() => onFilters(NO_FILTERS)}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
