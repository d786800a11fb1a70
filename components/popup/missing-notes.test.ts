import { describe, expect, test } from 'vitest';
import { missingNotes } from './PopupView';

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

describe('what the popup says of sections LinkedIn showed only in part', () => {
  test('the counts of each, in one sentence naming what to open', async () => {
    const { partialNote } = await import('./PopupView');
    expect(partialNote({ work: { shown: 7, total: 12 }, skills: { shown: 2, total: 54 } })).toBe('7 of 12 roles and 2 of 54 skills shown: open Show all to read the rest.');
    expect(partialNote({ work: { shown: 7, total: 12 }, education: { shown: 2, total: 3 }, certificates: { shown: 2, total: 5 } })).toBe(
      '7 of 12 roles, 2 of 3 schools and 2 of 5 certifications shown: open Show all to read the rest.',
    );
    expect(partialNote({ skills: { shown: 3, total: 12 } })).toBe('3 of 12 skills shown: open Show all to read the rest.');
  });
  test('nothing shown in part, nothing said', async () => {
    const { partialNote } = await import('./PopupView');
    expect(partialNote(undefined)).toBe('');
    expect(partialNote({})).toBe('');
    expect(partialNote({ work: { shown: 12, total: 12 } })).toBe('');
  });
});

describe('what the popup says of a GitHub page beyond the resume', () => {
  test('followers, contributions and organisations, each only when shown', async () => {
    const { githubFacts } = await import('./PopupView');
    expect(githubFacts({ followers: 1200, contributionsLastYear: 1234, organizations: ['acme', 'quill'] })).toBe(
      '1,200 followers on GitHub · 1,234 contributions in the last year · member of acme, quill',
    );
    expect(githubFacts({ organizations: [] })).toBe('');
    expect(githubFacts({ organizations: [], private: true })).toBe('private GitHub profile: activity hidden');
    expect(githubFacts(undefined)).toBe('');
  });
});
