import { describe, expect, test } from 'vitest';
import { DEFAULT_OUTREACH_TEMPLATE, draftBlocked, draftText, mailtoUrl, makeDraft } from './outreach';
import { candidate, evidence } from '../../tests/support/handoff';

const role = { name: 'Backend engineer', coolingOffDays: undefined, outreachTemplate: null };

describe('outreach drafts grounded in evidence', () => {
  test('the built-in template is filled from the person’s own work: backend pull requests first, their own best backend repository', () => {
    const result = makeDraft(candidate({ basics: { email: 'ada@found.example' } }), role, evidence(), '2026-11-23');
    if (!result.ok) throw new Error(result.blocked);
    expect(result.draft.subject).toBe('Backend engineer: your work on pgbouncer/pgbouncer');
    expect(result.draft.body).toBe(
      'Hi Ada,\n\n' +
        'I read your merged pull requests to pgbouncer/pgbouncer: "Retry TLS handshakes on EAGAIN".\n' +
        'I also looked at ada-dev/ledger on your GitHub.\n' +
        'We are hiring a Backend engineer, and the way you work on backend code is what the team needs. Would you be open to a short call in the coming weeks?\n\n' +
        'Best regards,',
    );
    expect(result.draft.leftOut).toEqual([]);
    expect(result.draft.to).toEqual({ email: 'ada@found.example', source: 'LinkedIn contact info' });
  });

  test('a line whose slot has nothing to fill it is left out and named, never guessed', () => {
    const result = makeDraft(candidate(), role, undefined, '2026-11-23');
    if (!result.ok) throw new Error(result.blocked);
    expect(result.draft.leftOut.map((l) => l.slot)).toEqual(['repository', 'repository', 'project']);
    expect(result.draft.subject).toBe('Backend engineer');
    expect(result.draft.body).toBe(
      'Hi Ada,\n\nWe are hiring a Backend engineer, and the way you work on backend code is what the team needs. Would you be open to a short call in the coming weeks?\n\nBest regards,',
    );
    expect(result.draft.to).toBeNull();
  });

  test('a role’s own template, with every slot', () => {
    const template = 'Subject: {company} → {role}\n{name} ({firstName}): {pullRequest} “{title}” in {repository}; {project}';
    const result = makeDraft(candidate(), { ...role, outreachTemplate: template }, evidence(), '2026-11-23');
    if (!result.ok) throw new Error(result.blocked);
    expect(draftText(result.draft)).toBe(
      'Subject: Tillpoint → Backend engineer\n\nAda Quill (Ada): https://github.com/pgbouncer/pgbouncer/pull/812 “Retry TLS handshakes on EAGAIN” in pgbouncer/pgbouncer; ada-dev/ledger',
    );
    expect(DEFAULT_OUTREACH_TEMPLATE.startsWith('Subject: ')).toBe(true);
  });

  test('never for a candidate marked Do not contact', () => {
    const result = makeDraft(candidate({ doNotContact: { reason: 'asked us not to', at: '2026-11-02T00:00:00Z' } }), role, evidence(), '2026-11-23');
    expect(result).toEqual({ ok: false, blocked: 'Marked “Do not contact” (asked us not to): no outreach draft.' });
  });

  test('never inside the role’s cooling-off period after a contact (default 90 days); again the day it ends', () => {
    const contacted = candidate({ contacted: { on: '2026-11-05', roleId: null } });
    expect(draftBlocked(contacted, role, '2027-02-02')).toBe('Contacted on 5 Nov 2026: Backend engineer waits 90 days after a contact, until 3 Feb.');
    expect(draftBlocked(contacted, role, '2027-02-03')).toBeNull();
    expect(draftBlocked(contacted, { name: 'Platform', coolingOffDays: 14 }, '2026-11-18')).toBe('Contacted on 5 Nov: Platform waits 14 days after a contact, until 19 Nov.');
    expect(draftBlocked(contacted, { name: 'Platform', coolingOffDays: 14 }, '2026-11-19')).toBeNull();
  });

  test('mailto: opens the draft in the recruiter’s own mail program, CRLF line ends', () => {
    const result = makeDraft(candidate({ basics: { email: 'ada@found.example' } }), { ...role, outreachTemplate: 'Subject: Hi & hello\nLine one\nLine two' }, undefined, '2026-11-23');
    if (!result.ok) throw new Error(result.blocked);
    expect(mailtoUrl(result.draft)).toBe('mailto:ada@found.example?subject=Hi%20%26%20hello&body=Line%20one%0D%0ALine%20two');
  });
});
