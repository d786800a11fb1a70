import { useEffect, useState } from 'react';

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
  // Shown at once, saved in the background; storage changes from other pages still win.
  const [shown, setShown] = useState({ blindMode, blindCsv });
  useEffect(() => setShown({ blindMode, blindCsv }), [blindMode, blindCsv]);
  const change = (patch: { blindMode?: boolean; blindCsv?: boolean }) => {
    setShown((current) => ({ ...current, ...patch }));
    onChange(patch);
  };
  return (
    <section aria-labelledby="blind-title">
      <h2 id="blind-title">Blind mode</h2>
      <p className="muted">
        Hides names, photos, locations and schools in the popup and the side panel and shows an alias such as
        “Candidate 7F3A” instead, so that screening rests on skills and evidence.
      </p>
      <label className="check">
        <input type="checkbox" checked={shown.blindMode} onChange={(e) => change({ blindMode: e.currentTarget.checked })} />
        Blind mode
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={shown.blindCsv}
          disabled={!shown.blindMode}
          onChange={(e) => change({ blindCsv: e.currentTarget.checked })}
        />
        Hide identity in CSV exports too
      </label>
    </section>
  );
}
