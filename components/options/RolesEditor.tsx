import { useId, useState } from 'react';
import type { StoredRole } from '@/lib/store/records';
import type { RoleSkill } from '@/lib/screening';

export type RoleDraft = Pick<StoredRole, 'name' | 'mission' | 'mustHave' | 'niceToHave' | 'minimumLevel'> & { id?: string };

const LEVELS = [
  ['', 'Any level'],
  ['junior', 'Junior'],
  ['mid', 'Mid-level'],
  ['senior', 'Senior'],
  ['staff', 'Staff+'],
] as const;

const skillName = (skill: RoleSkill) => (typeof skill === 'string' ? skill : skill.skill);

function SkillList({
  title,
  skills,
  suggestions,
  onChange,
}: {
  title: 'Must-have' | 'Nice-to-have';
  skills: readonly RoleSkill[];
  suggestions: string;
  onChange(skills: RoleSkill[]): void;
}) {
  const [adding, setAdding] = useState('');
  const inputId = useId();
  const add = () => {
    const clean = adding.trim();
    if (clean && !skills.some((s) => skillName(s).toLowerCase() === clean.toLowerCase())) onChange([...skills, clean]);
    setAdding('');
  };
  return (
    <fieldset>
      <legend>{title} skills</legend>
      <ul aria-label={`${title} skills`}>
        {skills.map((skill) => (
          <li key={skillName(skill)}>
            {skillName(skill)}{' '}
            <button type="button" onClick={() => onChange(skills.filter((s) => s !== skill))}>
              Remove {skillName(skill)}
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <label htmlFor={inputId}>Add {title.toLowerCase()}</label>
        <input
          id={inputId}
          list={suggestions}
          value={adding}
          onChange={(e) => setAdding(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          Add {title.toLowerCase()}
        </button>
      </div>
    </fieldset>
  );
}

function RoleForm({
  initial,
  suggestions,
  onSave,
  onCancel,
}: {
  initial: RoleDraft;
  suggestions: string;
  onSave(role: RoleDraft): Promise<void>;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState<RoleDraft>(initial);
  const [error, setError] = useState<string>();
  return (
    <form
      aria-label={initial.id ? `Edit ${initial.name}` : 'New role'}
      onSubmit={(e) => {
        e.preventDefault();
        if (!draft.name.trim()) return setError('Give the role a name.');
        void onSave({ ...draft, name: draft.name.trim() }).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
      }}
    >
      <label>
        Role name
        <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} required />
      </label>
      <label>
        Mission
        <textarea value={draft.mission} rows={2} onChange={(e) => setDraft({ ...draft, mission: e.currentTarget.value })} />
      </label>
      <SkillList title="Must-have" skills={draft.mustHave} suggestions={suggestions} onChange={(mustHave) => setDraft({ ...draft, mustHave })} />
      <SkillList
        title="Nice-to-have"
        skills={draft.niceToHave}
        suggestions={suggestions}
        onChange={(niceToHave) => setDraft({ ...draft, niceToHave })}
      />
      <label>
        Minimum level
        <select
          value={draft.minimumLevel ?? ''}
          onChange={(e) => setDraft({ ...draft, minimumLevel: (e.currentTarget.value || null) as RoleDraft['minimumLevel'] })}
        >
          {LEVELS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {error ? <p role="alert" className="error">{error}</p> : null}
      <div className="row">
        <button type="submit" className="primary">
          Save role
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Role scorecards: each is screened against, and has its own shortlist. */
export function RolesEditor({
  roles,
  vocabulary,
  onSave,
  onDelete,
}: {
  roles: readonly StoredRole[];
  /** Technology and skill names offered while typing a skill. */
  vocabulary: readonly string[];
  onSave(role: RoleDraft): Promise<void>;
  onDelete(id: string): Promise<void>;
}) {
  const [editing, setEditing] = useState<RoleDraft | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const suggestions = useId();
  return (
    <section aria-labelledby="roles-title">
      <h2 id="roles-title">Roles</h2>
      <p className="muted">
        Define a role before screening: its mission, the skills it must have and those that are nice to have. Each role
        has its own shortlist, and the popup shows how well a candidate matches it.
      </p>
      <datalist id={suggestions}>
        {vocabulary.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ul className="roles" aria-label="Roles">
        {roles.map((role) => (
          <li key={role.id}>
            <span className="role-summary">
              <strong>{role.name}</strong>
              <span className="muted"> · must-have: {role.mustHave.map(skillName).join(', ') || 'none'}</span>
            </span>
            <button type="button" onClick={() => setEditing(role)}>
              Edit {role.name}
            </button>{' '}
            {confirmDelete === role.id ? (
              <>
                <button
                  type="button"
                  className="danger"
                  onClick={() => void onDelete(role.id).then(() => setConfirmDelete(null))}
                >
                  Yes, delete {role.name}
                </button>{' '}
                <button type="button" onClick={() => setConfirmDelete(null)}>
                  Keep {role.name}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirmDelete(role.id)}>
                Delete {role.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      {editing ? (
        <RoleForm
          key={editing.id ?? 'new'}
          initial={editing}
          suggestions={suggestions}
          onSave={async (draft) => {
            await onSave(draft);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <p>
          <button type="button" className="primary" onClick={() => setEditing({ name: '', mission: '', mustHave: [], niceToHave: [], minimumLevel: null })}>
            New role
          </button>
        </p>
      )}
    </section>
  );
}
