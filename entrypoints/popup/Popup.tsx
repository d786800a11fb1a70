import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { CandidateSummary } from '@/components/CandidateSummary';
import { TabState, tabStateKey } from '@/lib/messages';
import { db } from '@/utils/db';

/**
 * popup.html?tab=123 shows the verdict for that tab: the popup opened in a
 * tab of its own (and the real-browser tests) has no "active profile tab".
 */
function tabFromQuery(): number | undefined {
  const value = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

type Active = { status: 'loading' } | { status: 'ready'; state: TabState | null };

/** What the background recorded for the active tab (storage.session survives worker restarts). */
function useActiveTabState(): Active {
  const [active, setActive] = useState<Active>({ status: 'loading' });
  useEffect(() => {
    let tabId: number | undefined;
    const read = async () => {
      tabId = tabFromQuery() ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return setActive({ status: 'ready', state: null });
      const key = tabStateKey(tabId);
      const stored = (await browser.storage.session.get(key))[key];
      const parsed = TabState.safeParse(stored);
      setActive({ status: 'ready', state: parsed.success ? parsed.data : null });
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && tabId !== undefined && tabStateKey(tabId) in changes) void read();
    };
    void read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return active;
}

export function Popup() {
  const active = useActiveTabState();
  const candidateId = active.status === 'ready' && active.state?.kind === 'candidate' ? active.state.candidateId : null;
  const candidate = useLiveQuery(() => (candidateId ? db.candidates.get(candidateId) : undefined), [candidateId]);

  return (
    <main className="popup">
      {active.status === 'loading' ? <p role="status">Reading this tab…</p> : null}
      {active.status === 'ready' && !active.state ? (
        <p role="status">
          Open a GitHub or LinkedIn profile to screen the person. Everyone you have seen is in the side panel.
        </p>
      ) : null}
      {active.status === 'ready' && active.state?.kind === 'not-a-profile' ? <p role="status">{active.state.reason}</p> : null}
      {candidate ? <CandidateSummary candidate={candidate} /> : null}
    </main>
  );
}
