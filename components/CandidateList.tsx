import type { Candidate } from '@/lib/candidates';
import { displayProfile } from '@/lib/candidates';

/** Every stored candidate, newest first. */
export function CandidateList({ candidates }: { candidates: readonly Candidate[] }) {
  if (candidates.length === 0) {
    return <p role="status">No candidates yet. Open a GitHub or LinkedIn profile and it will appear here.</p>;
  }
  return (
    <table aria-label="Candidates">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Account</th>
          <th scope="col">Last updated</th>
        </tr>
      </thead>
      <tbody>
        {candidates.map((candidate) => {
          const profile = displayProfile(candidate);
          return (
            <tr key={candidate.id}>
              <td>{profile.basics.name || '(no name given)'}</td>
              <td>{candidate.id}</td>
              <td>
                <time dateTime={candidate.updatedAt}>{new Date(candidate.updatedAt).toLocaleString()}</time>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
