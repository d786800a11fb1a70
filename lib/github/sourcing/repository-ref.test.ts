/** Which repository the recruiter means, or a sentence saying why the input is not one. */
import { describe, expect, test } from 'vitest';
import { parseRepositoryRef } from './';

describe('a repository named or pasted', () => {
  test.each([
    ['quillworks/ledgerd', 'quillworks/ledgerd'],
    [' quillworks/ledgerd.git ', 'quillworks/ledgerd'],
    ['https://github.com/quillworks/ledgerd', 'quillworks/ledgerd'],
    ['https://github.com/quillworks/ledgerd/pulls?q=is%3Amerged', 'quillworks/ledgerd'],
    ['github.com/quillworks/ledgerd/tree/main/cmd', 'quillworks/ledgerd'],
    ['https://www.github.com/Quillworks/Ledgerd/', 'Quillworks/Ledgerd'],
    ['http://github.com/a-b/c.d_e', 'a-b/c.d_e'],
  ])('%s → %s', (input, fullName) => {
    const parsed = parseRepositoryRef(input);
    expect(parsed).toEqual({ ok: true, ref: { owner: fullName.split('/')[0], name: fullName.split('/')[1], fullName } });
  });

  test.each([
    ['', /^No repository given/],
    ['ledgerd', /^"ledgerd" is not a GitHub repository: name it as OWNER\/NAME/],
    ['quillworks/ledgerd/extra', /is not a GitHub repository/],
    ['https://github.com/ada-backend', /^https:\/\/github\.com\/ada-backend is a GitHub profile or organisation, not a repository/],
    ['https://github.com/settings/profile', /is not a repository page, not a repository/],
    ['https://github.com/', /is GitHub's home page, not a repository/],
    ['https://gitlab.com/quillworks/ledgerd', /^gitlab\.com is not github\.com/],
    ['-bad-/x', /is not a GitHub repository/],
    ['quillworks/..', /is not a GitHub repository/],
  ])('%j is refused with a sentence', (input, message) => {
    const parsed = parseRepositoryRef(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
