import { useLiveQuery } from 'dexie-react-hooks';
import { CandidateList } from '@/components/CandidateList';
import { db } from '@/utils/db';

export function SidePanel() {
  // liveQuery: a profile captured in any tab shows here at once.
  const candidates = useLiveQuery(() => db.candidates.orderBy('updatedAt').reverse().toArray(), []);
  return (
    <main>
      <h1>All candidates</h1>
      {candidates ? <CandidateList candidates={candidates} /> : <p role="status">Loading…</p>}
    </main>
  );
}
