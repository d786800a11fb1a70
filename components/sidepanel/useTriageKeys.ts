import { useEffect, useRef, type RefObject } from 'react';
import type { Verdict } from '@/lib/store/records';
import type { ShortlistRow } from '@/lib/workspace/rows';

/** Every key the side panel answers, for the help overlay (one list, so the help never drifts from the code). */
export const KEYS: ReadonlyArray<{ keys: string[]; does: string }> = [
  { keys: ['↓', 'j'], does: 'Next candidate' },
  { keys: ['↑', 'k'], does: 'Previous candidate' },
  { keys: ['Home', 'End'], does: 'First or last candidate' },
  { keys: ['Enter'], does: 'Open the profile in a new tab' },
  { keys: ['1'], does: 'Verdict: Strong yes' },
  { keys: ['2'], does: 'Verdict: Maybe' },
  { keys: ['3'], does: 'Verdict: No' },
  { keys: ['s'], does: 'Change the stage' },
  { keys: ['n'], does: 'Write a note' },
  { keys: ['t'], does: 'Add a tag' },
  { keys: ['Space', 'x'], does: 'Select or unselect the candidate' },
  { keys: ['Esc'], does: 'Clear the selection; in a text box, back to the list' },
  { keys: ['/'], does: 'Search' },
  { keys: ['?'], does: 'Show these keys' },
];

const VERDICT_KEYS: Record<string, Verdict> = { '1': 'strong-yes', '2': 'maybe', '3': 'no' };

export interface TriageActions {
  visible: readonly ShortlistRow[];
  activeId: string | null;
  /** Moves the cursor and focuses the row once it is rendered. */
  moveTo(id: string): void;
  open(id: string): void;
  verdict(id: string, verdict: Verdict): void;
  toggleSelected(id: string): void;
  /** True when something was selected and is now cleared. */
  clearSelection(): boolean;
  focusRow(): void;
  showHelp(): void;
  search: RefObject<HTMLInputElement | null>;
  stage: RefObject<HTMLSelectElement | null>;
  note: RefObject<HTMLTextAreaElement | null>;
  tag: RefObject<HTMLInputElement | null>;
}

/**
 * The side panel's keys (KEYS above). A text field keeps its keys: Escape in
 * the search box clears it, then leaves it; Escape in a note or tag box goes
 * back to the list. Keys inside a dialog belong to the dialog.
 */
export function useTriageKeys(actions: TriageActions) {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const a = latest.current;
      const target = event.target as HTMLElement | null;
      if (target?.closest('dialog')) return;
      // A checkbox does not type, so the keys work from it.
      const typing = !!target?.closest('input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable=""], [contenteditable="true"]');
      if (typing) {
        if (event.key !== 'Escape') return;
        if (target === a.search.current) {
          const search = a.search.current!;
          if (search.value) return; // the search box's own Escape clears it (FilterBar)
          search.blur();
          return;
        }
        if (target === a.note.current || target === a.tag.current || target === a.stage.current) {
          event.preventDefault();
          a.focusRow();
        }
        return;
      }
      const onControl = !!target?.closest('button, a[href], summary, input');
      const list = a.visible;
      const index = a.activeId ? list.findIndex((r) => r.id === a.activeId) : -1;
      const current = index >= 0 ? list[index] : list[0];
      const move = (to: number) => {
        const next = list[Math.max(0, Math.min(list.length - 1, to))];
        if (!next) return;
        event.preventDefault();
        a.moveTo(next.id);
      };
      const focus = (ref: RefObject<HTMLElement | null>) => {
        if (!current || !ref.current) return;
        event.preventDefault();
        ref.current.focus();
      };
      switch (event.key) {
        case '/':
          event.preventDefault();
          a.search.current?.focus();
          a.search.current?.select();
          return;
        case '?':
          event.preventDefault();
          a.showHelp();
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
          a.open(current.id);
          return;
        case 's':
          return focus(a.stage);
        case 'n':
          return focus(a.note);
        case 't':
          return focus(a.tag);
        case 'x':
          if (!current) return;
          event.preventDefault();
          a.toggleSelected(current.id);
          return;
        case 'Escape':
          if (a.clearSelection()) event.preventDefault();
          return;
        case '1':
        case '2':
        case '3': {
          const verdict = VERDICT_KEYS[event.key];
          if (!current || !verdict) return;
          event.preventDefault();
          a.verdict(current.id, verdict);
          return;
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
