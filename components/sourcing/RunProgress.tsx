import type { runStatus } from '@/lib/workspace/sourcing';

/**
 * A sourcing run as it reads, the same in the popup and the Sourcing view:
 * the bar while it reads (without a fraction while the total is unknown),
 * then what the list leaves out and why ("Reviews were not counted: …").
 */
export function RunProgress({ subject, status, notes }: { subject: string; status: ReturnType<typeof runStatus>; notes: readonly string[] }) {
  return (
    <>
      {status.busy ? (
        status.fraction === null ? <progress aria-label={`Reading ${subject}`} /> : <progress aria-label={`Reading ${subject}`} value={status.fraction} max={1} />
      ) : null}
      {notes.length ? (
        <ul className="notice small sourcing-notes" aria-label="About this list">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
