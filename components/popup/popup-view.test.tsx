/**
 * The popup as rendered: a worker stopped mid-analysis no longer leaves
 * "Reading GitHub…" with Refresh disabled forever once the analysis's lease
 * has ended; blind mode leaves the login out of the analysis's status too.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { PopupView, interrupted } from './PopupView';
import { Profile } from '../../lib/profile/profile';
import { Candidate, QueuedAnalysis } from '../../lib/store/records';
import { defaultRole } from '../../lib/store/roles';
import { screenCandidate } from '../../lib/workspace/screen-candidate';

const NOW = Date.parse('2026-11-20T10:00:00Z');
const candidate = Candidate.parse({
  id: 'github:ada-dev',
  blindAlias: 'Candidate 1234',
  aliases: ['github:ada-dev'],
  githubLogin: 'ada-dev',
  profiles: { github: Profile.parse({ basics: { name: 'Ada', profiles: [{ network: 'GitHub', username: 'ada-dev' }] }, capture: { source: 'github', capturedAt: '2026-11-01T00:00:00Z' } }) },
  firstCapturedAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
});
const working = (leaseUntil: number | null) =>
  QueuedAnalysis.parse({ login: 'ada-dev', state: 'working', notBefore: NOW - 60_000, lease: 'x', leaseUntil, updatedAt: NOW - 60_000 });

function render(job: QueuedAnalysis, blind = false) {
  const role = defaultRole(new Date(NOW));
  const noop = () => {};
  return renderToStaticMarkup(
    <PopupView
      candidate={candidate}
      result={screenCandidate(candidate, undefined, role, new Date(NOW))}
      blind={blind}
      roles={[role]}
      roleId={role.id}
      onRoleChange={noop}
      job={job}
      budget={undefined}
      onSave={noop}
      onVerdict={noop}
      onStage={noop}
      onOpenSettings={noop}
      onOpenSidePanel={noop}
      onRefreshGitHub={noop}
      now={NOW}
    />,
  );
}

describe('an analysis whose worker was stopped', () => {
  test('while its lease stands: "Reading GitHub…", Refresh waits', () => {
    expect(interrupted(working(NOW + 1), NOW)).toBe(false);
    const html = render(working(NOW + 1));
    expect(html).toContain('Reading GitHub…');
    expect(html).toMatch(/<button type="button" disabled="">Refresh GitHub evidence<\/button>/);
  });

  test('once its lease has ended (or it has none): said plainly, and Refresh is offered', () => {
    for (const job of [working(NOW), working(null)]) {
      expect(interrupted(job, NOW)).toBe(true);
      const html = render(job);
      expect(html).toContain('The GitHub analysis was interrupted');
      expect(html).toMatch(/<button type="button">Refresh GitHub evidence<\/button>/);
    }
  });
});

describe('blind mode in the popup', () => {
  test('the analysis status names no login, and the heading is the stored alias', () => {
    const failed = QueuedAnalysis.parse({ login: 'ada-dev', state: 'failed', notBefore: NOW, message: 'No GitHub user named ada-dev.', updatedAt: NOW });
    expect(render(failed)).toContain('GitHub has no user named ada-dev: check the GitHub link on the profile.');
    const html = render(failed, true);
    expect(html).not.toMatch(/ada-dev|Ada/);
    expect(html).toContain('GitHub has no user named …: check the GitHub link on the profile.');
    expect(html).toContain('<h1 class="candidate-name">Candidate 1234</h1>');
  });
});

