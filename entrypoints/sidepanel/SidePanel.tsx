import { downloadText } from '@/components/links';
import { ShortlistPanel } from '@/components/sidepanel/ShortlistPanel';
import { db } from '@/utils/db';
import { useSettings } from '@/utils/settings';

/** The CSV, as a file the recruiter keeps. */
function download(fileName: string, text: string) {
  downloadText(fileName, text, 'text/csv;charset=utf-8');
}

/** Profiles open in a new tab beside the side panel. */
function openUrl(url: string) {
  void browser.tabs.create({ url });
}

/** Settings (roles, blind mode, GitHub) in a tab of their own. */
function openSettings() {
  void browser.runtime.openOptionsPage();
}

export function SidePanel() {
  // blindMode and blindCsv come from storage.local "settings" and follow every change.
  const settings = useSettings();
  // Nothing shows until the settings are read, so blind mode never flashes a name.
  if (!settings) return null;
  return <ShortlistPanel db={db} blind={settings.blindMode} blindCsv={settings.blindCsv} openUrl={openUrl} download={download} openSettings={openSettings} />;
}
