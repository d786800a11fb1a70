import type { SidePanelView } from '@/utils/sourcing';

/**
 * Shortlists or Sourcing: the side panel's two views, in the title bar of
 * each (after the skip link, so the list stays the second Tab stop). Drawn
 * as two tabs of one control: the view shown is filled and underlined (not
 * told by colour alone), and stays a pressed button for screen readers.
 */
export function ViewSwitch({ view, onView }: { view: SidePanelView; onView(view: SidePanelView): void }) {
  return (
    <div role="group" aria-label="Side panel views" className="view-switch">
      <button type="button" aria-pressed={view === 'shortlists'} onClick={() => onView('shortlists')}>
        Shortlists
      </button>
      <button type="button" aria-pressed={view === 'sourcing'} onClick={() => onView('sourcing')}>
        Sourcing
      </button>
    </div>
  );
}
