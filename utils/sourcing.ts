// The pages' wiring for sourcing: the side panel's view (Shortlists | Sourcing),
// GitHub's budget as the background last saw it, and messages to the background.
import { useCallback, useEffect, useState } from 'react';
import { GITHUB_BUDGET_KEY, RateBudgetSnapshot } from '@/lib/github/budget';

export type SidePanelView = 'shortlists' | 'sourcing';

/** storage.session key: the view the side panel shows (the popup asks for Sourcing after "Find the people"). */
export const SIDE_PANEL_VIEW_KEY = 'sidePanelView';

const parseView = (raw: unknown): SidePanelView | null => (raw === 'sourcing' || raw === 'shortlists' ? raw : null);

/** The view: ?view=sourcing wins (tests, links), then what the popup or the recruiter last chose. */
export function useSidePanelView(): [SidePanelView, (view: SidePanelView) => void] {
  const [view, setView] = useState<SidePanelView>(() => parseView(new URLSearchParams(location.search).get('view')) ?? 'shortlists');
  useEffect(() => {
    if (parseView(new URLSearchParams(location.search).get('view'))) return;
    let live = true;
    void browser.storage.session.get(SIDE_PANEL_VIEW_KEY).then((items) => {
      const stored = parseView(items[SIDE_PANEL_VIEW_KEY]);
      if (live && stored) setView(stored);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const next = area === 'session' ? parseView(changes[SIDE_PANEL_VIEW_KEY]?.newValue) : null;
      if (next) setView(next);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const choose = useCallback((next: SidePanelView) => {
    setView(next);
    void browser.storage.session.set({ [SIDE_PANEL_VIEW_KEY]: next });
  }, []);
  return [view, choose];
}

/** Asks the side panel to show Sourcing next time it draws (it listens while open). */
export function showSourcingInSidePanel(): void {
  void browser.storage.session.set({ [SIDE_PANEL_VIEW_KEY]: 'sourcing' });
}

/** GitHub's budget as the background last reported it, kept current. */
export function useGitHubBudget(): RateBudgetSnapshot | undefined {
  const [budget, setBudget] = useState<RateBudgetSnapshot>();
  useEffect(() => {
    let live = true;
    const read = async () => {
      const parsed = RateBudgetSnapshot.safeParse((await browser.storage.session.get(GITHUB_BUDGET_KEY))[GITHUB_BUDGET_KEY]);
      if (live) setBudget(parsed.success ? parsed.data : undefined);
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && GITHUB_BUDGET_KEY in changes) void read();
    };
    void read();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return budget;
}


/** The options page, where the GitHub token is added. */
export const OPTIONS_URL = '/options.html';
