import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_SORT, allTags, filterRows, keepOrder, type RowFilter, type RowSort } from '@/lib/workspace/filter';
import type { ShortlistRow } from '@/lib/workspace/rows';

export type Filters = Required<Pick<RowFilter, 'text' | 'stage' | 'verdict' | 'level' | 'flag' | 'tag'>>;
export const NO_FILTERS: Filters = { text: '', stage: '', verdict: '', level: '', flag: '', tag: '' };

/**
 * Search, filters and order over the rows. Sorting is the costly step, so it
 * runs only when the rows or the order change; each keystroke filters the
 * already sorted list. Live updates keep rows where they were (keepOrder)
 * until the recruiter sorts again.
 */
export function useListView(rows: readonly ShortlistRow[], options: { shortlist: string; blind: boolean; complete: boolean; roleId: string | null }) {
  const { shortlist, blind, complete, roleId } = options;
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<RowSort>(DEFAULT_SORT);
  const order = useRef<{ sort: RowSort; blind: boolean; complete: boolean; roleId: string | null; ranks: Map<string, number> } | null>(null);
  const sorted = useMemo(() => {
    const previous = order.current;
    const same = previous && previous.sort === sort && previous.blind === blind && previous.complete === complete && previous.roleId === roleId;
    const next = keepOrder(rows, same ? previous.ranks : null, sort, { blind, roleId });
    order.current = { sort, blind, complete, roleId, ranks: next.order };
    return next.rows;
  }, [rows, sort, blind, complete, roleId]);
  const visible = useMemo(() => filterRows(sorted, { shortlist: shortlist || null, ...filters }, { blind }), [sorted, shortlist, filters, blind]);
  useEffect(() => {
    // Read by the bench: when a keystroke's rows were committed. Only the latest is kept.
    performance.clearMarks('candidates-filtered');
    performance.mark('candidates-filtered');
  }, [visible]);
  const tags = useMemo(() => allTags(rows), [rows]);
  const inShortlist = useMemo(() => (shortlist ? rows.filter((r) => r.shortlists.includes(shortlist)).length : rows.length), [rows, shortlist]);
  const filtered = Object.values(filters).some(Boolean);
  return { filters, setFilters, sort, setSort, visible, tags, inShortlist, filtered };
}
