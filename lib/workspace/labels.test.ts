/** The recruiter's words for seniority, role match and GitHub failures. */
import { describe, expect, test } from 'vitest';
import { githubFailureWords, levelWord, matchWords, seniorityLine, seniorityNotes, yearsWords } from './labels';

describe('seniority in words', () => {
  test.each([
    [{ level: 'staff', years: 10.4, titleLevel: 'senior' }, '10 years in engineering roles (title: Senior)'],
    [{ level: 'mid', years: 2.4, titleLevel: null }, '2.4 years in engineering roles'],
    [{ level: 'junior', years: 0.3 }, '4 months in engineering roles'],
    [{ level: 'junior', years: 0 }, 'No engineering roles yet'],
    [{ level: 'unknown', years: null }, 'No dated work to count years from'],
  ] as const)('%o → %s', (seniority, line) => expect(seniorityLine(seniority)).toBe(line));

  test('a GitHub profile has no career dates, and the line says where to look', () => {
    expect(seniorityLine({ level: 'unknown', years: null }, 'github')).toBe('GitHub shows no dated roles: open their LinkedIn to count years');
  });

  test('junior by evidence is a student or early career, never "Level unknown" for a student', () => {
    expect(levelWord({ level: 'junior' }, 'Computer Science student · looking for an internship')).toBe('Student');
    expect(levelWord({ level: 'unknown' }, 'Estudiante de informática')).toBe('Student');
    expect(levelWord({ level: 'junior' }, 'Backend developer')).toBe('Early career');
    expect(levelWord({ level: 'unknown' }, 'Backend developer')).toBe('Level not known');
    expect(levelWord({ level: 'staff' })).toBe('Staff+');
  });

  test('notes a recruiter would stumble on are reworded; the title note is said by the line', () => {
    expect(seniorityNotes(['title Senior, 10.4 years', 'internships counted at half: 0.3 years', 'career changer: 5 years teaching'])).toEqual([
      'Internships count at half weight (4 months added).',
      'Career changer: 5 years teaching.',
    ]);
  });

  test.each([
    [0.05, '1 month'],
    [1, '1 year'],
    [2.96, '3 years'],
    [12.6, '13 years'],
  ])('%s years → %s', (years, words) => expect(yearsWords(years)).toBe(words));
});

test('role match as a badge', () => {
  expect(matchWords(2, 3)).toBe('Must-haves 2 of 3');
  expect(matchWords(0, 0)).toBe('No must-haves set');
});

test('a stopped GitHub analysis says what to do next', () => {
  expect(githubFailureWords('No GitHub user named x.')).toBe('GitHub has no user named x: check the GitHub link on the profile.');
  expect(githubFailureWords(null)).toMatch(/Try again/);
  const limit = "GitHub's API rate limit is used up until 14:05: add a GitHub token for a higher limit, or wait.";
  expect(githubFailureWords(limit)).toBe(limit);
});
