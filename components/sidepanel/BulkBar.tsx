import { useState, type ReactNode } from 'react';
import { STAGES, Stage } from '@/lib/store/records';
import { STAGE_LABELS } from '@/lib/workspace/labels';

/** What can be done to the selected candidates at once: stage, tag, remove, and any hand-off (children). */
export function BulkBar({
  count,
  removeScope,
  tagOptionsId,
  onStage,
  onTag,
  onRemove,
  onClear,
  children,
}: {
  count: number;
  /** "from Backend engineer" or "deletes them and their notes". */
  removeScope: string;
  tagOptionsId: string;
  onStage(stage: Stage): void;
  /** Resolves true once the tag is stored. */
  onTag(tag: string): Promise<boolean>;
  onRemove(): void;
  onClear(): void;
  /** Further actions on the selection (Send to Lever). */
  children?: ReactNode;
}) {
  const [tag, setTag] = useState('');
  return (
    <div className="sp-bulk" role="group" aria-label="Selected candidates">
      <p className="sp-bulk-count">
        <strong>{count.toLocaleString()} selected</strong>
        <button type="button" className="quiet" onClick={onClear}>
          Clear selection
        </button>
      </p>
      <div className="row">
        <select
          aria-label="Set stage for selected"
          value=""
          onChange={(e) => {
            const parsed = Stage.safeParse(e.currentTarget.value);
            if (parsed.success) onStage(parsed.data);
          }}
        >
          <option value="" disabled>
            Set stage…
          </option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
        <form
          className="sp-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const typed = tag.trim();
            if (!typed) return;
            // The box is free at once; a failed save puts the words back.
            setTag('');
            void onTag(typed).then((ok) => !ok && setTag((current) => current || typed));
          }}
        >
          <input aria-label="Tag for selected" list={tagOptionsId} value={tag} maxLength={60} placeholder="Tag" onChange={(e) => setTag(e.currentTarget.value)} />
          <button type="submit">
            Add tag<span className="visually-hidden"> to selected</span>
          </button>
        </form>
      </div>
      <div className="row">
        {children}
        <button type="button" className="danger sp-bulk-remove" onClick={onRemove} aria-describedby="remove-scope">
          Remove selected
        </button>
        <span id="remove-scope" className="visually-hidden">
          {removeScope}
        </span>
      </div>
    </div>
  );
}
