import { useDeferredValue, useId, useMemo, useState } from 'react';
import './handoff.css';
import { Note, type Candidate } from '@/lib/store/records';
import { readCandidates } from '@/lib/store/candidates';
import type { ScoutDatabase } from '@/lib/store/db';
import { FORMAT_FACTS, FORMAT_IDS, FORMAT_LABELS, importLine, isFormatId, type FormatId } from '@/lib/workspace/formats';
import { permittedEmail } from '@/lib/workspace/contacts';
import { saveSettings, useSettings } from '@/utils/settings';

export interface ExportControlsProps {
  db: ScoutDatabase;
  /** The selected candidates, in the table's order; they are exported when there are any. */
  selectedIds: readonly string[];
  /** The rows shown, in the table's order; exported when nobody is selected. */
  visible: ReadonlyArray<{ id: string }>;
  /** Every loaded candidate (for the count shown before the download); undefined while loading. */
  loaded: readonly Candidate[] | undefined;
  shortlistName: string;
  /** The shortlist's role, for the role match and Greenhouse's prospect pool. */
  role: { id: string; name: string } | null;
  /** Blind mode reaches the CSV: the extension's own format leaves identity out. */
  blindCsv: boolean;
  flagLabel(id: string): string;
  download(fileName: string, text: string): void;
  /** The sentence to show when the export is done. */
  onDone(message: string): void;
  /** The id of the element saying what is exported ("the 3 selected"). */
  scopeId?: string;
}

const count = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'candidate' : 'candidates'}`;

/**
 * The side panel's Export: a choice of format (remembered), "include found
 * emails", and before the download what the file will lack (rows without an
 * email the export may carry) and how many files a row limit makes.
 */
export function ExportControls({ db, selectedIds, visible, loaded, shortlistName, role, blindCsv, flagLabel, download, onDone, scopeId }: ExportControlsProps) {
  const ids = useMemo(() => (selectedIds.length > 0 ? selectedIds : visible.map((r) => r.id)), [selectedIds, visible]);
  // The count before the download follows the table at a lower priority than typing.
  const counted = useDeferredValue(ids);
  const settings = useSettings();
  // The choice takes effect at once; remembering it (extension storage) follows.
  const [chosen, setChosen] = useState<{ format?: FormatId; includeFound?: boolean }>({});
  const format: FormatId = chosen.format ?? (settings && isFormatId(settings.exportFormat) ? settings.exportFormat : 'backend-scout');
  const includeFound = chosen.includeFound ?? settings?.includeFoundEmails ?? false;
  const summaryId = useId();
  const byId = useMemo(() => new Map(format === 'backend-scout' ? [] : (loaded ?? []).map((c) => [c.id, c])), [loaded, format]);

  const summary = useMemo(() => {
    if (counted.length === 0) return 'Nobody to export: select candidates, or clear the filters.';
    if (format === 'backend-scout') return blindCsv ? 'Names, locations and profile links are left out (blind mode).' : '';
    const ats = FORMAT_FACTS[format];
    const parts: string[] = [importLine(ats)];
    if (loaded) {
      const without = counted.filter((id) => {
        const c = byId.get(id);
        return c && !permittedEmail(c, includeFound);
      }).length;
      if (without > 0) parts.push(`${without.toLocaleString()} of ${count(counted.length)} without an email you may export (${ats.emailNeed}).`);
      else if (counted.length) parts.push(`Every row has an email.`);
    }
    if (ats.rowLimit && counted.length > ats.rowLimit) parts.push(`${ats.label} takes ${ats.rowLimit} a file: ${Math.ceil(counted.length / ats.rowLimit)} files will download.`);
    if (blindCsv) parts.push('Names are included: an ATS import needs them.');
    return parts.join(' ');
  }, [format, loaded, counted, byId, includeFound, blindCsv]);

  const exportNow = async () => {
    if (ids.length === 0) return onDone('Nobody to export: select candidates, or clear the filters.');
    // The writers (and papaparse) load on the first export, not with the side panel.
    const [found, rawNotes, { exportCandidates, exportFileName }, { csvFileName, localTimeZone }] = await Promise.all([
      readCandidates(db, ids),
      db.notes.where('candidateId').anyOf([...ids]).toArray(),
      import('@/lib/workspace/ats'),
      import('@/lib/workspace/csv'),
    ]);
    const notes = rawNotes.flatMap((raw) => {
      const parsed = Note.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    });
    const timeZone = localTimeZone();
    const now = new Date();
    const result = exportCandidates(found.candidates, format, {
      notes,
      blind: format === 'backend-scout' && blindCsv,
      flagLabel,
      roleId: role?.id ?? null,
      roleName: role?.name ?? null,
      timeZone,
      includeFoundEmails: includeFound,
      fileName: (part) => (format === 'backend-scout' ? csvFileName(shortlistName, now, timeZone) : exportFileName(format, shortlistName, now, timeZone, part)),
    });
    for (const file of result.files) download(file.name, file.text);
    const where = result.files.length > 1 ? `${result.files.length} ${FORMAT_LABELS[format]} files` : 'a CSV file';
    onDone([`Exported ${count(result.rows)} to ${where}.`, ...result.warnings.filter((w) => !w.includes(' a file: '))].join(' '));
  };

  return (
    <>
      <div className="export-row">
        <select
          aria-label="Export format"
          className="export-format"
          value={format}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (!isFormatId(value)) return;
            setChosen((c) => ({ ...c, format: value }));
            void saveSettings({ exportFormat: value });
          }}
        >
          {FORMAT_IDS.map((id) => (
            <option key={id} value={id}>
              {FORMAT_LABELS[id]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void exportNow().catch((error: unknown) => onDone(`Nothing was exported: ${error instanceof Error ? error.message : String(error)}. Try again; reopen the side panel if it keeps failing.`))} aria-describedby={[scopeId, summaryId].filter(Boolean).join(' ')} disabled={ids.length === 0}>
          Export CSV
        </button>
      </div>
      {format !== 'backend-scout' ? (
        <label className="check small">
          <input
            type="checkbox"
            checked={includeFound}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setChosen((c) => ({ ...c, includeFound: checked }));
              void saveSettings({ includeFoundEmails: checked });
            }}
          />
          Include found emails
        </label>
      ) : null}
      {/* Said before the download: what the file will lack, and how many files a row limit makes. */}
      <p id={summaryId} className="export-summary small muted">
        {summary}
      </p>
    </>
  );
}
