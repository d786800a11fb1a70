/** Blind mode: screening rests on evidence, not on who the person is (DOMAIN.md, Fairness). */
export function BlindModeSettings({
  blindMode,
  blindCsv,
  onChange,
}: {
  blindMode: boolean;
  blindCsv: boolean;
  onChange(patch: { blindMode?: boolean; blindCsv?: boolean }): void;
}) {
  return (
    <section aria-labelledby="blind-title">
      <h2 id="blind-title">Blind mode</h2>
      <p className="muted">
        Hides names, photos, locations and schools in the popup and the side panel and shows an alias such as
        “Candidate 7F3A” instead, so that screening rests on skills and evidence.
      </p>
      <label className="check">
        <input type="checkbox" checked={blindMode} onChange={(e) => onChange({ blindMode: e.currentTarget.checked })} />
        Blind mode
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={blindCsv}
          disabled={!blindMode}
          onChange={(e) => onChange({ blindCsv: e.currentTarget.checked })}
        />
        Hide identity in CSV exports too
      </label>
    </section>
  );
}
