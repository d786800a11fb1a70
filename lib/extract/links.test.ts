import { describe, expect, test } from 'vitest';
import { githubLoginFromHref, githubLoginFromText } from './links';

describe('a GitHub login from a link: only a profile address names a person', () => {
  test.each([
    ['github.com/mara-lind', 'mara-lind'],
    ['https://github.com/mara-lind', 'mara-lind'],
    ['https://github.com/mara-lind/', 'mara-lind'],
    ['https://github.com/mara-lind?tab=repositories', 'mara-lind'],
    ['https://www.github.com/Mara-Lind', 'Mara-Lind'],
    ['  http://github.com/mara-lind  ', 'mara-lind'],
    // LinkedIn's outbound redirect around it.
    ['https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fgithub.com%2Fmara-lind&urlhash=Xy9z', 'mara-lind'],
  ])('%s → %s', (href, login) => {
    expect(githubLoginFromHref(href)).toBe(login);
  });

  test.each([
    // A repository names its owner, who may be an organisation or someone else entirely.
    'github.com/apache/kafka',
    'https://github.com/apache/kafka',
    'https://github.com/mara-lind/ledger-kit',
    'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fgithub.com%2Fmara-lind%2Fledger-kit',
    'https://github.com/mara-lind/ledger-kit/blob/main/README.md',
    // Gists, sponsors and organisation pages.
    'https://gist.github.com/mara-lind',
    'https://gist.github.com/mara-lind/0123456789abcdef',
    'https://github.com/sponsors/mara-lind',
    'https://github.com/orgs/apache/people',
    // GitHub's own pages (reserved names), whatever their case.
    'https://github.com/features',
    'https://github.com/Features',
    'https://github.com/topics',
    'https://github.com/settings',
    // Anything after the login but ?tab=.
    'https://github.com/mara-lind?utm_source=linkedin',
    'https://github.com/mara-lind#repositories',
    // Not GitHub, or not a link at all.
    'https://github.com.evil.example/mara-lind',
    'https://gitlab.com/mara-lind',
    'javascript:alert(1)',
    'https://github.com/',
    'https://github.com/-mara',
    '',
  ])('%s names nobody', (href) => {
    expect(githubLoginFromHref(href)).toBeNull();
  });
});

describe('a GitHub login written in text', () => {
  test.each([
    ['my coursework is on github.com/truiz-codes.', 'truiz-codes'],
    ['code: https://github.com/mara-lind/ (repos)', 'mara-lind'],
    ['(github.com/mara-lind)', 'mara-lind'],
    ['I maintain github.com/apache/kafka; my own: github.com/mara-lind', 'mara-lind'],
    ['I contribute to github.com/apache/kafka', null],
    ['see notgithub.com/mara-lind', null],
  ])('%s → %s', (text, login) => {
    expect(githubLoginFromText(text)).toBe(login);
  });
});
