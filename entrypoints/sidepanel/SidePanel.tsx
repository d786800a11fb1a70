import { Suspense, lazy, useEffect, useState } from 'react';
import { downloadText } from '@/components/links';
import { ShortlistPanel } from '@/components/sidepanel/ShortlistPanel';
import { FIRST_PAGE } from '@/components/sidepanel/useCandidateRows';
import { readNewestCandidates, type CandidateRead } from '@/lib/store/candidates';
import { db } from '@/utils/db';
import { useSettings } from '@/utils/settings';
import { ViewSwitch } from '@/components/sidepanel/ViewSwitch';
import { OPTIONS_URL, useGitHubBudget, useSidePanelView } from '@/utils/sourcing';
import { sendToBackground } from '@/utils/background';

/** The Sourcing view loads when it is first chosen: most visits are to the shortlists. */
const SourcingView = lazy(() => import('@/components/sourcing/SourcingView').then((m) => ({ default: m.SourcingView })));

/** The CSV, as a file the recruiter keeps. */
function download(fileName: string, text: string) {
  downloadText(fileName, text, 'text/csv;charset=utf-8');
}

/** Profiles open in a new tab beside the side panel. */
function openUrl(url: string) {
  void browser.tabs.create({ url });
}

/**
 * The newest candidates, asked for while the settings are read, so the first
 * rows do not wait for both in turn; a read that fails leaves the list to read
 * them itself.
 */
let firstPageRead: CandidateRead | undefined;
const firstPage = readNewestCandidates(db, FIRST_PAGE).then(
  (read) => (firstPageRead = read),
  () => undefined,
);

/** The first page once read: the list renders with its rows from its first render. */
function usePrefetchedPage(): { read: CandidateRead | undefined; done: boolean } {
  const [read, setRead] = useState(firstPageRead);
  const [done, setDone] = useState(firstPageRead !== undefined);
  useEffect(() => {
    let live = true;
    void firstPage.then((value) => {
      if (!live) return;
      setRead(value);
      setDone(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return { read, done };
}

/** Settings (roles, blind mode, GitHub) in a tab of their own. */
function openSettings() {
  void browser.runtime.openOptionsPage();
}

export function SidePanel() {
  // blindMode and blindCsv come from storage.local "settings" and follow every change.
  const settings = useSettings();
  const [view, setView] = useSidePanelView();
  const budget = useGitHubBudget();
  const page = usePrefetchedPage();
  // Nothing shows until the settings are read, so blind mode never flashes a name; the list also waits for its first page.
  if (!settings || (view !== 'sourcing' && !page.done)) return null;
  const viewSwitch = <ViewSwitch view={view} onView={setView} />;
  return view === 'sourcing' ? (
    <Suspense fallback={<p className="sp-hint">Loading the Sourcing view…</p>}>
      <SourcingView db={db} blind={settings.blindMode} budget={budget} optionsUrl={OPTIONS_URL} send={sendToBackground} viewSwitch={viewSwitch} />
    </Suspense>
  ) : (
    <ShortlistPanel
      db={db}
      blind={settings.blindMode}
      blindCsv={settings.blindCsv}
      openUrl={openUrl}
      download={download}
      openSettings={openSettings}
      firstPage={page.read}
      viewSwitch={viewSwitch}
    />
  );
}
