import { useEffect, useId, useState } from 'react';
import './handoff.css';
import type { ScoutDatabase } from '@/lib/store/db';
import type { StoredRole } from '@/lib/store/records';
import { saveRoleOutreach } from '@/lib/store/contact';
import { leverKeyOrigin, readLeverKey, saveLeverKey } from '@/lib/store/lever-key';
import { createLeverClient, DEFAULT_LEVER_URL, LeverError, normaliseLeverUrl } from '@/lib/handoff/lever';
import { DEFAULT_COOLING_OFF_DAYS, DEFAULT_OUTREACH_TEMPLATE, SLOTS } from '@/lib/workspace/outreach';
import type { Settings } from '@/lib/store/settings';
import { requestOrigin } from '@/utils/handoff';

export interface HandoffSettingsProps {
  db: ScoutDatabase;
  settings: Settings;
  roles: readonly StoredRole[];
  save(patch: Partial<Settings>): Promise<unknown>;
}

/** Options for the hand-off: the GDPR notice reminder, the Lever connection, and each role's outreach template and cooling-off period. */
export function HandoffSettings({ db, settings, roles, save }: HandoffSettingsProps) {
  return (
    <>
      <section aria-labelledby="gdpr-title">
        <h2 id="gdpr-title">Privacy notices</h2>
        <label className="check">
          <input type="checkbox" checked={settings.gdprNotices} onChange={(e) => void save({ gdprNotices: e.currentTarget.checked })} /> Remind me of GDPR
          notices
        </label>
        <p className="muted">
          A person in the EU or EEA whose profile you saved from a public page must be told within a month (GDPR Art. 14), or when you first
          write to them if that is sooner. The side panel then shows “notice due by …” from the day they were first saved, for people whose
          profile places them in the EU/EEA, and asks when the place is unknown.
        </p>
      </section>
      <LeverSettings db={db} settings={settings} save={save} />
      <OutreachSettings db={db} roles={roles} />
    </>
  );
}

type Check = { ok: true; text: string } | { ok: false; text: string };

function LeverSettings({ db, settings, save }: Omit<HandoffSettingsProps, 'roles'>) {
  const [address, setAddress] = useState(settings.leverApiUrl);
  const [key, setKey] = useState('');
  const [email, setEmail] = useState(settings.leverUserEmail ?? '');
  const [savedFor, setSavedFor] = useState<string | null>();
  const [check, setCheck] = useState<Check>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void leverKeyOrigin(db).then(setSavedFor);
  }, [db]);

  const submit = () => {
    let root: string;
    try {
      root = normaliseLeverUrl(address || DEFAULT_LEVER_URL);
    } catch (error) {
      return setCheck({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
    const origin = new URL(root).origin;
    // Asked in direct answer to the click: the browser shows its prompt only then.
    const granted = requestOrigin(origin);
    setBusy(true);
    void (async () => {
      if (!(await granted)) return setCheck({ ok: false, text: `Backend Scout needs your permission to reach ${new URL(origin).host}.` });
      if (key.trim()) await saveLeverKey(db, origin, key);
      else if (savedFor !== origin) return setCheck({ ok: false, text: `Paste your Lever API key: a key is kept only for the address it was saved for.` });
      setKey('');
      setSavedFor(origin);
      await save({ leverApiUrl: root, leverUserEmail: email.trim() || null });
      if (!email.trim()) return setCheck({ ok: false, text: 'Give your Lever email: opportunities are created as your Lever user.' });
      const apiKey = await readLeverKey(db, origin);
      try {
        const user = await createLeverClient({ apiUrl: root, apiKey: apiKey ?? '', fetch: (i, init) => fetch(i, init) }).userByEmail(email.trim());
        if (!user) {
          await save({ leverUserId: null });
          return setCheck({ ok: false, text: `No Lever user has the email ${email.trim()}: use the email you sign in to Lever with.` });
        }
        await save({ leverUserId: user.id });
        setCheck({ ok: true, text: `Connected to Lever as ${user.name ?? email.trim()}: opportunities will be created as them.` });
      } catch (error) {
        setCheck({ ok: false, text: error instanceof LeverError ? error.message : 'Lever could not be checked.' });
      }
    })().finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby="lever-title">
      <h2 id="lever-title">Lever</h2>
      <p className="muted">
        Optional: send shortlisted candidates straight to Lever with your own API key (Lever: Settings › Integrations and API › API Credentials; it
        needs access to opportunities, notes and users). The key is stored in this browser, sent only to the address below, and never included in
        logs, exports or backups. Greenhouse and Ashby take the CSV exports instead: their APIs are meant for servers, not browsers.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label>
          Lever API address
          <input type="url" value={address} onChange={(e) => setAddress(e.currentTarget.value)} required />
        </label>
        <span className="hint">https://api.lever.co/v1, https://api.eu.lever.co/v1 (EU), or https://api.sandbox.lever.co/v1</span>
        <label>
          Lever API key
          <input
            type="password"
            autoComplete="off"
            value={key}
            placeholder={savedFor ? `A key is saved for ${new URL(savedFor).host} (type to replace it)` : 'Not saved'}
            onChange={(e) => setKey(e.currentTarget.value)}
          />
        </label>
        <label>
          Your Lever email
          <input type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            Connect Lever
          </button>
          {savedFor ? (
            <button
              type="button"
              onClick={() =>
                void saveLeverKey(db, savedFor, null).then(async () => {
                  await save({ leverUserId: null });
                  setSavedFor(null);
                  setCheck(undefined);
                })
              }
            >
              Remove Lever key
            </button>
          ) : null}
        </div>
      </form>
      {busy ? <p role="status">Checking with Lever…</p> : null}
      {check && !busy ? (
        <p role={check.ok ? 'status' : 'alert'} className={check.ok ? 'ok' : 'error'}>
          {check.text}
        </p>
      ) : null}
    </section>
  );
}

function OutreachSettings({ db, roles }: { db: ScoutDatabase; roles: readonly StoredRole[] }) {
  return (
    <section aria-labelledby="outreach-title">
      <h2 id="outreach-title">Outreach</h2>
      <p className="muted">
        Each role’s draft is filled from the person’s own work; a line whose slot has nothing to fill it is left out. A first line “Subject: …”
        becomes the subject. No draft is offered for someone marked Do not contact, or within the role’s cooling-off period after you contacted
        them.
      </p>
      {/* The slots as a list to look things up in, not a paragraph to read. */}
      <dl className="slots" aria-label="Slots a template may use">
        {Object.entries(SLOTS).map(([slot, what]) => (
          <div key={slot}>
            <dt>
              <code>{`{${slot}}`}</code>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      {roles.map((role) => (
        <RoleOutreach key={`${role.id}:${role.updatedAt}`} db={db} role={role} />
      ))}
    </section>
  );
}

function RoleOutreach({ db, role }: { db: ScoutDatabase; role: StoredRole }) {
  const [days, setDays] = useState(String(role.coolingOffDays ?? DEFAULT_COOLING_OFF_DAYS));
  const [template, setTemplate] = useState(role.outreachTemplate?.trim() ? role.outreachTemplate : DEFAULT_OUTREACH_TEMPLATE);
  const [message, setMessage] = useState<Check>();
  const templateId = useId();
  return (
    <form
      aria-label={`Outreach for ${role.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number(days);
        const custom = template.trim() === DEFAULT_OUTREACH_TEMPLATE.trim() ? null : template;
        void saveRoleOutreach(db, role.id, { coolingOffDays: days.trim() === '' ? null : n, outreachTemplate: custom })
          .then(() => setMessage({ ok: true, text: `Saved for ${role.name}.` }))
          .catch((error: unknown) => setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) }));
      }}
    >
      <h3>{role.name}</h3>
      {/* The role's name is under the heading; screen readers hear it in each name too, as several roles' forms share the page. */}
      <label>
        <span>
          Cooling-off period (days)<span className="visually-hidden"> for {role.name}</span>
        </span>
        <input type="number" className="days" min={0} max={3650} step={1} value={days} onChange={(e) => setDays(e.currentTarget.value)} />
      </label>
      <label htmlFor={templateId}>
        Outreach template<span className="visually-hidden"> for {role.name}</span>
      </label>
      <textarea id={templateId} rows={8} value={template} maxLength={5000} onChange={(e) => setTemplate(e.currentTarget.value)} />
      <div className="row">
        <button type="submit" className="primary">
          Save outreach<span className="visually-hidden"> for {role.name}</span>
        </button>
        <button type="button" onClick={() => setTemplate(DEFAULT_OUTREACH_TEMPLATE)}>
          Use the built-in template<span className="visually-hidden"> for {role.name}</span>
        </button>
      </div>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
