import { useRef, useState } from 'react';
import { downloadText } from '../links';

export interface DataActions {
  exportBackup(): Promise<{ fileName: string; text: string }>;
  importBackup(text: string): Promise<{ ok: true; message: string } | { ok: false; error: string }>;
  deleteAll(): Promise<void>;
}

/** Export, import and delete everything, each saying plainly what it did. */
export function DataSettings({ actions }: { actions: DataActions }) {
  const [status, setStatus] = useState<{ text: string; error?: boolean }>();
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = async (work: () => Promise<string>) => {
    try {
      setStatus({ text: await work() });
    } catch (error) {
      setStatus({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p className="muted">
        Everything stays in this browser. A backup is one JSON file with every candidate, note and role, and your
        settings; it never contains your GitHub token.
      </p>
      <div className="row">
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const { fileName, text } = await actions.exportBackup();
              downloadText(fileName, text, 'application/json');
              return `Backup saved as ${fileName}.`;
            })
          }
        >
          Export backup
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import backup
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label="Backup file"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (!file) return;
            void run(async () => {
              const result = await actions.importBackup(await file.text());
              if (!result.ok) throw new Error(result.error);
              return result.message;
            });
          }}
        />
        {confirming ? (
          <span role="group" aria-label="Confirm deletion" className="confirm">
            Delete every candidate, note, role and cached analysis?{' '}
            <button
              type="button"
              className="danger"
              onClick={() =>
                run(async () => {
                  setConfirming(false);
                  await actions.deleteAll();
                  return 'All data deleted.';
                })
              }
            >
              Yes, delete everything
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete all data
          </button>
        )}
      </div>
      {status ? (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'ok'}>
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
