import { ShortlistPanel } from '@/components/sidepanel/ShortlistPanel';
import { db } from '@/utils/db';
import { useSettings } from '@/utils/settings';

/** A file the recruiter keeps: a Blob behind a one-off link, so no `downloads` permission is needed. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Profiles open in a new tab beside the side panel. */
function openUrl(url: string) {
  void browser.tabs.create({ url });
}

export function SidePanel() {
  // blindMode and blindCsv come from storage.local "settings" and follow every change.
  const settings = useSettings();
  // Nothing shows until the settings are read, so blind mode never flashes a name.
  if (!settings) return null;
  return <ShortlistPanel db={db} blind={settings.blindMode} blindCsv={settings.blindCsv} openUrl={openUrl} download={download} />;
}
