import { Suspense, lazy, useEffect, useState } from 'react';
import { downloadText } from '@/components/links';
import { ShortlistPanel } from '@/components/sidepanel/ShortlistPanel';
import { readNewestCandidates, validateCandidates, type CandidateRead } from '@/lib/store/candidates';
import { loadSettings, readSettings, type Settings } from '@/lib/store/settings';
import { FIRST_PAGE, takeEarlyRead } from '@/utils/early-read';
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

/** What the first render needs: the newest candidates and the settings, each undefined when it could not be read early. */
interface FirstRead {
  page: CandidateRead | undefined;
  settings: Settings | undefined;
}

/**
 * The first read, started as soon as this module runs. The classic script in
 * the page's <head> (entrypoints/sidepanel-early.ts) has usually read both
 * while the modules loaded; what it read is validated here like any read.
 * Without it (or when it read nothing) both are read through Dexie.
 */
let firstRead: FirstRead | undefined;
const firstReadDone: Promise<FirstRead> = (takeEarlyRead(globalThis) ?? Promise.resolve(undefined))
  .then(async (early): Promise<FirstRead> => {
    if (early) return { page: validateCandidates(early.candidates), settings: readSettings(early.settings) };
    // Both at once, as the early read does.
    const [page, settings] = await Promise.all([readNewestCandidates(db, FIRST_PAGE).catch(() => undefined), loadSettings(db).catch(() => undefined)]);
    return { page, settings };
  })
  .catch(() => ({ page: undefined, settings: undefined }))
  .then((read) => (firstRead = read));

/** The first read once done (from the first render when it finished before React started). */
function useFirstRead(): FirstRead | undefined {
  const [read, setRead] = useState(firstRead);
  useEffect(() => {
    let live = true;
    void firstReadDone.then((value) => live && setRead(value));
    return () => {
      live = false;
    };
  }, []);
  return read;
}

/** Settings (roles, blind mode, GitHub) in a tab of their own. */
function openSettings() {
  void browser.runtime.openOptionsPage();
}

export function SidePanel() {
  const first = useFirstRead();
  // Nothing shows before the first read: the settings decide whether names show at all (blind mode).
  return first ? <SidePanelView first={first} /> : null;
}

function SidePanelView({ first }: { first: FirstRead }) {
  // blindMode and blindCsv come from the settings and follow every change; the early read's are the first.
  const settings = useSettings(first.settings);
  const [view, setView] = useSidePanelView();
  const budget = useGitHubBudget();
  // Nothing shows until the settings are read, so blind mode never flashes a name.
  if (!settings) return null;
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
      firstPage={first.page}
      viewSwitch={viewSwitch}
    />
  );
}
