import { useId } from 'react';
import { STAGES, type Stage, type StoredRole, type Verdict } from '@/lib/store/records';
import { STAGE_LABELS, VERDICT_LABELS } from '@/lib/workspace/labels';

export interface DecisionProps {
  verdict: Verdict | null;
  stage: Stage;
  roles: readonly StoredRole[];
  roleId: string;
  /** Role ids whose shortlist holds this person. */
  shortlists: readonly string[];
  onVerdict(verdict: Verdict | null): void;
  onStage(stage: Stage): void;
  onRoleChange(roleId: string): void;
  onSave(roleId: string): void;
  onOpenSidePanel(): void;
  onOpenSettings(): void;
}

/**
 * Every decision in the popup's first screenful: the verdict, the stage, the
 * shortlist (its role chosen beside the one primary button), the side panel
 * and the settings where roles are made.
 */
export function DecisionPanel(props: DecisionProps) {
  const stageId = useId();
  const roleId = useId();
  const role = props.roles.find((r) => r.id === props.roleId);
  const onShortlist = props.roles.filter((r) => props.shortlists.includes(r.id));
  const saved = props.shortlists.includes(props.roleId);
  return (
    <section className="decide card" aria-labelledby="decide-title">
      <h2 id="decide-title" className="decide-title">
        Your call
      </h2>
      <div role="group" aria-label="Your verdict" className="segmented verdicts">
        {(Object.keys(VERDICT_LABELS) as Verdict[]).map((verdict) => (
          <button
            key={verdict}
            type="button"
            className={`verdict-${verdict}`}
            aria-pressed={props.verdict === verdict}
            onClick={() => props.onVerdict(props.verdict === verdict ? null : verdict)}
          >
            {VERDICT_LABELS[verdict]}
          </button>
        ))}
      </div>
      <div className="decide-fields">
        <label className="field" htmlFor={stageId}>
          Stage
          <select id={stageId} value={props.stage} onChange={(e) => props.onStage(e.currentTarget.value as Stage)}>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={roleId}>
          Role
          <select id={roleId} value={props.roleId} onChange={(e) => props.onRoleChange(e.currentTarget.value)}>
            {props.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        {/* One choice of role serves the match above and the shortlist here. */}
        <button type="button" className="primary" onClick={() => props.onSave(props.roleId)} disabled={!role || saved}>
          {saved ? 'Saved to shortlist' : 'Save to shortlist'}
        </button>
        <button type="button" onClick={props.onOpenSidePanel}>
          Open side panel
        </button>
      </div>
      <div className="decide-foot">
        <p role="status" className={onShortlist.length ? 'ok small' : 'muted small'}>
          {onShortlist.length
            ? `On the ${onShortlist.map((r) => r.name).join(', ')} shortlist${onShortlist.length > 1 ? 's' : ''}.`
            : props.roles.length
              ? 'Not on a shortlist yet.'
              : 'No roles yet: make one in Settings to keep a shortlist.'}
        </p>
        <a
          className="settings-link"
          href="options.html"
          target="_blank"
          rel="noreferrer"
          onClick={(event) => {
            event.preventDefault();
            props.onOpenSettings();
          }}
        >
          Settings
        </a>
      </div>
    </section>
  );
}
