import { describe, expect, test } from 'vitest';
import { missingNotes } from '../../components/popup/PopupView';

describe('what the popup says about sections it could not read', () => {
  test('a section still loading asks the recruiter to scroll', () => {
    expect(missingNotes(['skills', 'experience'])).toEqual([
      'Skills not loaded yet: scroll the profile.',
      'Experience not loaded yet: scroll the profile.',
    ]);
  });
  test('a logged-out page asks for a sign-in, since scrolling would not help', () => {
    expect(missingNotes(['skills'], true)).toEqual(['Skills not shown to logged-out visitors: sign in to LinkedIn to read them.']);
  });
  test('nothing missing, nothing said', () => expect(missingNotes([])).toEqual([]));
});

describe('what the popup says of a GitHub page beyond the resume', () => {
  test('followers, contributions and organisations, each only when shown', async () => {
    const { githubFacts } = await import('../../components/popup/PopupView');
    expect(githubFacts({ followers: 1200, contributionsLastYear: 1234, organizations: ['acme', 'quill'] })).toBe(
      '1,200 followers on GitHub · 1,234 contributions in the last year · member of acme, quill',
    );
    expect(githubFacts({ organizations: [] })).toBe('');
    expect(githubFacts(undefined)).toBe('');
  });
});
