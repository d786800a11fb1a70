import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { BlindModeSettings } from '@/components/options/BlindModeSettings';
import { DataSettings, type DataActions } from '@/components/options/DataSettings';
import { GitHubSettings, type GitHubActions } from '@/components/options/GitHubSettings';
import { RolesEditor } from '@/components/options/RolesEditor';
import { HandoffSettings } from '@/components/handoff/HandoffSettings';
import { exportBackup, importBackup, rejectedSentence } from '@/lib/store/backup';
import type { PageMessage } from '@/lib/background/messages';
import { sendToBackground } from '@/utils/background';
import type { SaveGitHubReply } from '@/lib/background/service';
import { deleteRole, ensureDefaultRole, readRoles, saveRole } from '@/lib/store/roles';
import { TECHNOLOGIES } from '@/lib/vocabulary/vocabulary';
import { DEFAULT_API_URL, normaliseApiUrl } from '@/lib/github/api-url';
import { tokenOrigin } from '@/lib/store/settings';
import { db } from '@/utils/db';
import { loadSettings, saveSettings, useSettings } from '@/utils/settings';

/** Offered while typing a role's skills: DOMAIN.md's concepts first, then every known technology. */
const SKILL_SUGGESTIONS = [
  'One backend language',
  'One database',
  'API design',
  'Production experience',
  'Testing and deployment pipelines',
  'Observability',
  'Message queues',
  'Containers or Kubernetes',
  'Cloud',
  'Open source contributions',
  ...TECHNOLOGIES.map((t) => t.name),
];

const rolesChanged = () => browser.runtime.sendMessage({ type: 'roles-changed' } satisfies PageMessage).catch(() => {});
const today = () => new Date().toISOString().slice(0, 10);

export function Options() {
  const settings = useSettings();
  const roles = useLiveQuery(() => readRoles(db), []);

  const github = useMemo<GitHubActions>(
    () => ({
      async save(address, token) {
        let apiUrl: string;
        try {
          apiUrl = normaliseApiUrl(address || DEFAULT_API_URL);
        } catch (error) {
          return { ok: false, error: error instanceof Error ? error.message : 'That is not a web address.', notice: null };
        }
        const origin = new URL(apiUrl).origin;
        if (origin !== new URL(DEFAULT_API_URL).origin) {
          // A GitHub Enterprise host: the browser asks the recruiter once (only a page can ask, within the click).
          const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
          if (!granted) return { ok: false, error: `Backend Scout needs your permission to reach ${origin}.`, notice: null };
        }
        // The background saves the address and the token (bound to this origin) and makes the one request.
        const reply = await sendToBackground({ type: 'save-github', apiUrl, token });
        return reply.ok ? (reply.value as SaveGitHubReply) : { ok: false, error: reply.error, notice: null };
      },
      async removeToken() {
        const reply = await sendToBackground({ type: 'remove-token' });
        if (!reply.ok) throw new Error(reply.error);
      },
      hasToken: async () => (await tokenOrigin(db)) !== null,
    }),
    [],
  );

  const data = useMemo<DataActions>(
    () => ({
      async exportBackup() {
        const backup = await exportBackup(db, await loadSettings());
        return { fileName: `backend-scout-backup-${today()}.json`, text: JSON.stringify(backup, null, 1) };
      },
      async importBackup(text) {
        const result = await importBackup(db, text);
        if (!result.ok) return result;
        if (result.settings) await saveSettings(result.settings);
        await rolesChanged();
        const { added, updated, skipped, rejected } = result.report;
        const left = rejectedSentence(rejected);
        return {
          ok: true,
          message: `Backup imported: ${added} added, ${updated} updated, ${skipped} skipped (newer here).${left ? ` ${left}` : ''}`,
        };
      },
      async deleteAll() {
        // Through the background: it cancels running GitHub analyses first, so nothing is written back afterwards.
        const reply = await sendToBackground({ type: 'delete-all' });
        if (!reply.ok) throw new Error(`${reply.error} Nothing was deleted.`);
      },
    }),
    [],
  );

  if (!settings || !roles) return <main className="options"><p role="status">Loading…</p></main>;
  return (
    <main className="options">
      <header className="options-title">
        <img src="/icon/48.png" alt="" />
        <h1>Backend Scout settings</h1>
      </header>
      <RolesEditor
        roles={roles}
        vocabulary={SKILL_SUGGESTIONS}
        onSave={async (draft) => {
          await saveRole(db, draft);
          await rolesChanged();
        }}
        onDelete={async (id) => {
          await deleteRole(db, id);
          await ensureDefaultRole(db);
          await rolesChanged();
        }}
      />
      <BlindModeSettings blindMode={settings.blindMode} blindCsv={settings.blindCsv} onChange={(patch) => void saveSettings(patch).catch((error: unknown) => console.warn('[Backend Scout]', error instanceof Error ? error.message : String(error)))} />
      <GitHubSettings apiUrl={settings.apiUrl} actions={github} />
      <HandoffSettings db={db} settings={settings} roles={roles} save={saveSettings} />
      <DataSettings actions={data} />
    </main>
  );
}
