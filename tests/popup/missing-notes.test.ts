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
