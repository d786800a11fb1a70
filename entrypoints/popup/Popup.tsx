import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { PopupView } from '@/components/popup/PopupView';
import { AlreadyKnown } from '@/components/handoff/AlreadyKnown';
import { SamePersonSuggestion } from '@/components/identity/SamePersonSuggestion';
import { addToShortlist, readCandidateByAnyId, setStage, setVerdict } from '@/lib/store/candidates';
import { CacheEntry } from '@/lib/github/cache';
import { RateBudgetSnapshot } from '@/lib/github/budget';
import { QueuedAnalysis } from '@/lib/store/records';
import { TabState, tabStateKey } from '@/lib/background/messages';
import { GITHUB_BUDGET_KEY } from '@/lib/github/budget';
import { readRoles } from '@/lib/store/roles';
import { screenCandidate } from '@/lib/workspace/screen-candidate';
import { db } from '@/utils/db';
import { saveSettings, useSettings } from '@/utils/settings';
import { RepositoryPopup } from '@/components/sourcing/RepositoryPopup';
import { OPTIONS_URL, showSourcingInSidePanel } from '@/utils/sourcing';
import { sendToBackground } from '@/utils/background';

/**
 * popup.html?tab=123 shows the verdict for that tab: the popup opened in a
 * tab of its own (and the real-browser tests) has no "active profile tab".
 */
function tabFromQuery(): number | undefined {
  const value = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

type Active = { status: 'loading' } | { status: 'ready'; tabId: number | undefined; state: TabState | null };

/** One value of storage.session, validated, kept current. */
function useSessionValue<T>(key: string | null, parse: (raw: unknown) => T | null): T | null | undefined {
  const [value, setValue] = useState<T | null>();
  useEffect(() => {
    if (!key) return;
    let live = true;
    const read = async () => {
      const raw = (await browser.storage.session.get(key))[key];
      if (live) setValue(parse(raw));
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) void read();
    };
    void read();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
    // `parse` is a module-level function at every call site, so only the key matters.
  }, [key]);
  return value;
}

const parseTabState = (raw: unknown) => {
  const parsed = TabState.safeParse(raw);
  return parsed.success ? parsed.data : null;
};
const parseBudget = (raw: unknown) => {
  const parsed = RateBudgetSnapshot.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

function useActiveTab(): Active {
  const [tabId, setTabId] = useState<number | undefined | null>(null);
  useEffect(() => {
    const fromQuery = tabFromQuery();
    if (fromQuery) return setTabId(fromQuery);
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id));
  }, []);
  const state = useSessionValue(tabId ? tabStateKey(tabId) : null, parseTabState);
  if (tabId === null) return { status: 'loading' };
  if (tabId === undefined) return { status: 'ready', tabId, state: null };
  return state === undefined ? { status: 'loading' } : { status: 'ready', tabId, state };
}

/**
 * Opens the side panel. Chrome allows sidePanel.open only in direct answer to
 * the click, so nothing may be awaited before it: the current window is named
 * by the constant, not looked up.
 */
function openSidePanel() {
  const opening = import.meta.env.FIREFOX
    ? // Firefox's sidebar API is not in WXT's Chrome-shaped types.
      (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open()
    : browser.sidePanel.open({ windowId: browser.windows.WINDOW_ID_CURRENT });
  void opening.then(() => window.close()).catch(() => {});
}

/** Settings in a tab of their own (one is reused if open); roles, and so shortlists, are made there. */
function openSettings() {
  void browser.runtime.openOptionsPage().then(() => window.close());
}

/** The popup before a profile is on screen: what this is and what to do next. */
function Elsewhere({ reason }: { reason: string }) {
  return (
    <main className="popup popup-elsewhere">
      <header className="header-card card">
        <h1>Backend Scout</h1>
        <p role="status">{reason}</p>
      </header>
      <section className="card decide" aria-label="Next steps">
        <ol className="steps">
          <li>Open a GitHub or LinkedIn profile in this tab.</li>
          <li>Click the Backend Scout button: the flags, the evidence and the role match appear here.</li>
          <li>Save the people worth a call to a role’s shortlist.</li>
        </ol>
        <div className="row">
          <button type="button" className="primary" onClick={() => openSidePanel()}>
            Open side panel
          </button>
          <a
            className="settings-link"
            href="options.html"
            target="_blank"
            rel="noreferrer"
            onClick={(event) => {
              event.preventDefault();
              openSettings();
            }}
          >
            Settings
          </a>
        </div>
      </section>
    </main>
  );
}

export function Popup() {
  const active = useActiveTab();
  const settings = useSettings();
  const candidateId = active.status === 'ready' && active.state?.kind === 'candidate' ? active.state.candidateId : null;
  // By any id: after a join (in another tab, or confirmed by the recruiter) this tab's id is an alias of the joined candidate.
  const read = useLiveQuery(async () => (candidateId ? ((await readCandidateByAnyId(db, candidateId)) ?? null) : null), [candidateId]);
  const candidate = read === 'broken' ? null : read;
  const login = candidate?.githubLogin ?? null;
  const evidence = useLiveQuery(async () => {
    if (!login) return null;
    const parsed = CacheEntry.safeParse(await db.githubCache.get(login));
    return parsed.success ? parsed.data.evidence : null;
  }, [login]);
  const job = useLiveQuery(async () => {
    if (!login) return null;
    const parsed = QueuedAnalysis.safeParse(await db.githubQueue.get(login));
    return parsed.success ? parsed.data : null;
  }, [login]);
  const roles = useLiveQuery(() => readRoles(db), []);
  const budget = useSessionValue(GITHUB_BUDGET_KEY, parseBudget);
  // Re-render when a running analysis's lease ends, so "Refresh" comes back for an interrupted one.
  const [now, setNow] = useState(() => Date.now());
  const leaseUntil = job?.state === 'working' ? job.leaseUntil : null;
  useEffect(() => {
    if (leaseUntil === null || leaseUntil === undefined) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, leaseUntil - Date.now()) + 100);
    return () => clearTimeout(timer);
  }, [leaseUntil]);

  const roleId =
    roles?.find((r) => r.id === settings?.lastRoleId)?.id ?? roles?.[0]?.id ?? '';
  const role = roles?.find((r) => r.id === roleId);
  const result = useMemo(
    () => (candidate ? screenCandidate(candidate, evidence ?? undefined, role, new Date()) : null),
    [candidate, evidence, role],
  );

  if (active.status === 'loading' || !settings) return <main className="popup"><p role="status">Reading this tab…</p></main>;
  if (active.state?.kind === 'repository') {
    const openSourcing = () => {
      showSourcingInSidePanel();
      openSidePanel();
    };
    return <RepositoryPopup db={db} repository={active.state.repository} optionsUrl={OPTIONS_URL} send={sendToBackground} onOpenSourcing={openSourcing} />;
  }
  if (!active.state || active.state.kind === 'not-a-profile') {
    return <Elsewhere reason={active.state?.reason ?? 'This page is not a GitHub or LinkedIn profile.'} />;
  }
  if (read === undefined || roles === undefined) return <main className="popup"><p role="status">Loading…</p></main>;
  if (read === 'broken') {
    return (
      <main className="popup">
        <p role="alert">
          This candidate’s stored record is damaged and cannot be shown. Reload the profile page to capture it again; everyone
          else is in the side panel.
        </p>
        <button type="button" onClick={() => openSidePanel()}>
          Open side panel
        </button>
      </main>
    );
  }
  if (!candidate || !result) {
    return (
      <main className="popup">
        <p role="alert" className="alert">This profile was read but could not be loaded. Reload the page to capture it again.</p>
      </main>
    );
  }
  return (
    <PopupView
      candidate={candidate}
      result={result}
      blind={settings.blindMode}
      roles={roles}
      roleId={roleId}
      onRoleChange={(id) => void saveSettings({ lastRoleId: id }).catch(() => {})}
      evidence={evidence}
      job={job ?? undefined}
      budget={budget ?? undefined}
      onSave={(id) => {
        void addToShortlist(db, [candidate.id], id);
        void saveSettings({ lastRoleId: id }).catch(() => {});
      }}
      onVerdict={(verdict) => void setVerdict(db, [candidate.id], verdict)}
      onStage={(stage) => void setStage(db, [candidate.id], stage)}
      onOpenSidePanel={openSidePanel}
      onOpenSettings={openSettings}
      onRefreshGitHub={() => void sendToBackground({ type: 'refresh-github', candidateId: candidate.id })}
      before={<AlreadyKnown db={db} candidate={candidate} roles={roles} role={role} />}
      now={now}
      identity={<SamePersonSuggestion db={db} candidate={candidate} blind={settings.blindMode} />}
    />
  );
}
