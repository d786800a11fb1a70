import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Candidate } from '@/lib/store/records';
import { readAllCandidates, readNewestCandidates, type CandidateRead } from '@/lib/store/candidates';
import type { ScoutDatabase } from '@/lib/store/db';
import { toRow, type ShortlistRow } from '@/lib/workspace/rows';
import { FIRST_PAGE } from '@/utils/early-read';

export interface CandidateRows {
  /** Rows as stored (the page's own edits are applied by useOwnEdits). */
  rows: ShortlistRow[];
  /** The stored candidates behind the rows once every one has been read (exports and duplicates read them). */
  candidates: readonly Candidate[] | undefined;
  /** Every candidate has been read (not only the first page). */
  complete: boolean;
  /** Nothing read yet. */
  loading: boolean;
  /** Stored records that did not validate: left out of the list, counted. */
  broken: number;
}

/**
 * The newest screenful first, then everyone, kept live: reading 10,000
 * records takes long enough that the recruiter should see rows meanwhile.
 */
export function useCandidateRows(db: ScoutDatabase, prefetched?: CandidateRead): CandidateRows {
  const firstPage = useFirstPage(db, prefetched);
  const all = useLiveQuery(
    (): Promise<CandidateRead | undefined> => (firstPage ? readAllCandidates(db) : Promise.resolve(undefined)),
    [db, firstPage !== undefined],
  );
  const rows = useRows(all?.candidates ?? firstPage);
  return {
    rows,
    candidates: all?.candidates,
    complete: all !== undefined,
    loading: all === undefined && firstPage === undefined,
    broken: all?.broken.length ?? 0,
  };
}

/**
 * The newest candidates, read once, so the first paint does not wait for the
 * whole list. A page read while the side panel loaded is used from the first
 * render (no render without rows in between); without one it is read here.
 */
function useFirstPage(db: ScoutDatabase, prefetched: CandidateRead | undefined): Candidate[] | undefined {
  const [page, setPage] = useState<Candidate[] | undefined>(prefetched?.candidates);
  useEffect(() => {
    if (prefetched) return;
    let live = true;
    void readNewestCandidates(db, FIRST_PAGE).then((read) => live && setPage(read.candidates));
    return () => {
      live = false;
    };
  }, [db, prefetched]);
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
