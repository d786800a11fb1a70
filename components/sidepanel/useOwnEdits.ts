import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { applyPatches, settlePatches, type RowPatch } from '@/lib/workspace/patches';
import type { ShortlistRow } from '@/lib/workspace/rows';

export type EditFn = (
  ids: readonly string[],
  change: (row: ShortlistRow) => RowPatch['changes'],
  write: () => Promise<unknown>,
  deleted?: boolean,
) => Promise<boolean>;

/**
 * The page's own edits, shown at once: each is a patch over the stored rows
 * until the live query delivers the stored change (lib/workspace/patches.ts).
 * A failed write takes its patch back and says why through `onError`.
 */
export function useOwnEdits(stored: readonly ShortlistRow[], onError: (text: string) => void) {
  const [patches, setPatches] = useState<ReadonlyMap<string, RowPatch>>(new Map());
  useEffect(() => setPatches((current) => settlePatches(stored, current)), [stored]);
  const rows = useMemo(() => applyPatches(stored, patches), [stored, patches]);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const errorRef = useRef(onError);
  errorRef.current = onError;

  const forget = useCallback((ids: readonly string[]) => {
    setPatches((current) => {
      const next = new Map(current);
      for (const id of ids) next.delete(id);
      return next;
    });
  }, []);

  const edit = useCallback<EditFn>(
    async (ids, change, write, deleted = false) => {
      const at = new Date().toISOString();
      const wanted = new Set(ids);
      const byId = new Map(rowsRef.current.filter((r) => wanted.has(r.id)).map((r) => [r.id, r]));
      setPatches((current) => {
        const next = new Map(current);
        for (const id of ids) {
          const row = byId.get(id);
          // The change is computed on the row as this page last changed it, so two quick edits both count.
          const before = current.get(id)?.changes;
          if (row) next.set(id, { changes: { ...before, ...change(before ? { ...row, ...before } : row) }, deleted, at });
        }
        return next;
      });
      try {
        await write();
        return true;
      } catch (error) {
        forget(ids);
        errorRef.current(`Could not save (${error instanceof Error ? error.message : String(error)}): the change was taken back. Try again; if it keeps failing, reload the panel.`);
        return false;
      }
    },
    [forget],
  );

  return { rows, rowsRef, edit, forget };
}
