import { describe, expect, it } from 'vitest';
import { Profile, type ProfileInput } from '../profile/profile';
import { classifyPosition, titleLevel } from './careers';
import { readProfile } from './reading';
import { assessSeniority, endOf, mergeSpans, startOf } from './seniority';
import { levelOfYears as levelOf } from './levels';
import { NOW } from '../../tests/support/screening';

const assess = (input: ProfileInput, now = NOW) => {
  const profile = Profile.parse(input);
  return assessSeniority(profile, readProfile(profile), now);
};
const role = (position: string, startDate: string, endDate?: string) => ({ name: 'Acme', position, startDate, ...(endDate ? { endDate } : {}) });

describe('levels from years', () => {
  const table: [number, string][] = [
    [0, 'junior'],
    [1.9, 'junior'],
    [2, 'mid'],
    [4.9, 'mid'],
    [5, 'senior'],
    [7.9, 'senior'],
    [8, 'staff'],
    [20, 'staff'],
  ];
  it.each(table)('%s years is %s (a boundary belongs to the higher level)', (years, level) => {
    expect(levelOf(years)).toBe(level);
  });
});

describe('JSON Resume dates', () => {
  it('reads a year, a month and a day', () => {
    expect(startOf('2021')).toBe(Date.UTC(2021, 0, 1));
    expect(startOf('2021-03')).toBe(Date.UTC(2021, 2, 1));
    expect(startOf('2021-03-04')).toBe(Date.UTC(2021, 2, 4));
    expect(endOf('2021')).toBe(Date.UTC(2022, 0, 1));
    expect(endOf('2021-03')).toBe(Date.UTC(2021, 3, 1));
    expect(endOf('2021-12-31')).toBe(Date.UTC(2022, 0, 1));
  });
  it('merges overlapping spans', () => {
    expect(mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 6 }, { start: 10, end: 11 }])).toEqual([
      { start: 0, end: 9 },
      { start: 10, end: 11 },
    ]);
  });
});

describe('engineering years', () => {
  it('adds up technical roles', () => {
    const s = assess({ work: [role('Software Engineer', '2020-01', '2021-12'), role('Backend Engineer', '2022-01', '2024-12')] });
    expect(s.years).toBe(5);
    expect(s.level).toBe('senior');
  });
  it('merges overlapping roles instead of counting them twice', () => {
    const s = assess({ work: [role('Software Engineer', '2020-01', '2022-12'), role('Freelance Developer', '2021-01', '2021-12')] });
    expect(s.years).toBe(3);
  });
  it('counts an open end as today', () => {
    const s = assess({ work: [role('Software Engineer', '2024-11-23')] }, new Date('2026-11-23T00:00:00Z'));
    expect(s.years).toBe(2);
    expect(s.level).toBe('mid');
  });
  it('treats "present" and an empty end date as open', () => {
    expect(assess({ work: [{ ...role('SRE', '2025-11-23'), endDate: 'present' }] }).years).toBe(1);
    expect(assess({ work: [{ ...role('SRE', '2025-11-23'), endDate: '' }] }).years).toBe(1);
  });
  it('counts internships at half weight', () => {
    const s = assess({ work: [role('Software Engineering Intern', '2020-01', '2021-12')] });
    expect(s.years).toBe(1);
    expect(s.evidence[0]?.text).toContain('internship, counted at half');
  });
  it('does not count an internship inside a full-time role twice', () => {
    const s = assess({ work: [role('Software Engineer', '2020-01', '2021-12'), role('Platform Intern', '2021-01', '2021-06')] });
    expect(s.years).toBe(2);
  });
  it('adds nothing for other careers, but notes them', () => {
    const s = assess({ work: [role('Maths Teacher', '2015-09', '2020-08'), role('Junior Backend Developer', '2023-01', '2024-12')] });
    expect(s.years).toBe(2);
    expect(s.notes).toContain('career changer: 5 years teaching');
  });
  it('is junior with 0 years for dated work with no technical role', () => {
    const s = assess({ work: [role('Logistics Coordinator', '2018-01', '2024-01')] });
    expect(s).toMatchObject({ level: 'junior', years: 0 });
  });
  it('is unknown without dated work', () => {
    expect(assess({ work: [{ name: 'Acme', position: 'Engineer' }] })).toMatchObject({ level: 'unknown', years: null });
    expect(assess({})).toMatchObject({ level: 'unknown', years: null });
  });
});

describe('titles are second evidence', () => {
  it('says when title and years disagree', () => {
    const s = assess({ work: [role('Senior Software Engineer', '2024-07')] });
    expect(s).toMatchObject({ level: 'mid', years: 2.4, titleLevel: 'senior' });
    expect(s.notes).toContain('title Senior, 2.4 years');
  });
  it('is quiet when they agree', () => {
    const s = assess({ work: [role('Senior Backend Engineer', '2019-01')] });
    expect(s.level).toBe('senior');
    expect(s.notes.some((n) => n.startsWith('title'))).toBe(false);
  });

  const titles: [string, string | null][] = [
    ['Staff Engineer', 'staff'],
    ['Principal Software Engineer', 'staff'],
    ['Sr. Backend Developer', 'senior'],
    ['Tech Lead', 'senior'],
    ['Junior Developer', 'junior'],
    ['Software Engineer II', 'mid'],
    ['Software Engineer', null],
  ];
  it.each(titles)('"%s" claims %s', (title, level) => expect(titleLevel(title)).toBe(level));
});

describe('which positions are engineering', () => {
  const positions: [string, boolean][] = [
    ['Backend Engineer', true],
    ['Site Reliability Engineer', true],
    ['QA Automation Engineer', true],
    ['Data Analyst', true],
    ['Engineering Manager', true],
    ['Solutions Architect', true],
    ['Sales Engineer', false],
    ['Technical Product Manager', false],
    ['IT Support Specialist', false],
    ['Civil Engineer', false],
    ['English Teacher', false],
    ['Marketing Manager', false],
    ['Warehouse Supervisor', false],
  ];
  it.each(positions)('"%s" → %s', (position, engineering) => expect(classifyPosition(position).engineering).toBe(engineering));
});

describe('open ends (DOMAIN.md: the capture day, or a résumé file\'s meta.lastModified)', () => {
  it('a 2018 résumé that says "Present" stops in 2018', () => {
    const s = assess({ work: [role('Backend Engineer', '2016-04')], meta: { lastModified: '2018-04-02T10:00:00' } });
    expect(s.years).toBe(2);
    expect(s.level).toBe('mid');
    expect(s.notes).toContain('open-ended roles counted to 2018-04-02, when the résumé file was last changed (meta.lastModified)');
  });
  it('a résumé without meta.lastModified runs to today', () => {
    expect(assess({ work: [role('Backend Engineer', '2016-04')] }).years).toBe(10.6);
  });
  it('a captured profile runs to the day of the capture', () => {
    const s = assess({ work: [role('Backend Engineer', '2020-11-23')], capture: { source: 'linkedin', capturedAt: '2024-11-23T00:00:00Z' } });
    expect(s.years).toBe(4);
    expect(s.notes.some((n) => n.includes('the day the profile was captured'))).toBe(true);
  });
  it('a date in the future is never later than today', () => {
    expect(assess({ work: [role('Backend Engineer', '2024-11-23')], meta: { lastModified: '2030-01-01' } }).years).toBe(2);
  });
});

describe('the evidence says which roles counted and why', () => {
  it('counts a consultant who redesigned a backend, and says so', () => {
    const s = assess({
      work: [{ name: 'Northwind', position: 'Technical Consultant', startDate: '2019-03', endDate: '2021-06', highlights: ['Redesigned a backend for a retail client.'] }],
    });
    expect(s.evidence[0]?.text).toBe('Technical Consultant at Northwind, 2019-03 – 2021-06: counted, technical consulting (2.3 years)');
    const plain = assess({
      work: [{ name: 'Northwind', position: 'Consultant', startDate: '2019-03', endDate: '2021-06', highlights: ['Redesigned a backend for a retail client.'] }],
    });
    expect(plain.evidence[0]?.text).toBe('Consultant at Northwind, 2019-03 – 2021-06: counted, redesigned a backend (2.3 years)');
  });
  it('says why a role did not count', () => {
    const s = assess({ work: [role('Chef de projet', '2015-01', '2019-12'), role('Développeur', '2020-01', '2024-12')] });
    expect(s.years).toBe(5);
    expect(s.evidence.map((e) => e.text)).toEqual([
      'Développeur at Acme, 2020-01 – 2024-12: counted, software development (5 years)',
      'Chef de projet at Acme, 2015-01 – 2019-12: not counted, project management',
    ]);
  });
  it('counts founders who built the product', () => {
    const s = assess({ work: [{ name: 'Own startup', position: 'Co-founder', startDate: '2018-01', endDate: '2023-12', highlights: ['Built the MVP in Django and ran it on AWS.'] }] });
    expect(s).toMatchObject({ level: 'senior', years: 6 });
  });
  it('reads month names and localised dates through the reader, not here: undated roles are named', () => {
    const s = assess({ work: [{ name: 'Acme', position: 'Developer' }] });
    expect(s.evidence[0]?.text).toBe('Developer at Acme, no dates: counted, software development (not counted without dates)');
  });
});

describe('students and early career', () => {
  it('a student headline is early-career evidence', () => {
    const s = assess({ basics: { label: 'Computer Science student looking for a backend internship' }, work: [role('Software Engineering Intern', '2026-06', '2026-09')] });
    expect(s.student).toBe(true);
    expect(s.level).toBe('junior');
    expect(s.notes.some((n) => n.startsWith('student or early career: headline'))).toBe(true);
  });
  it.each(['Étudiant en informatique, en recherche de stage', 'Studentin der Informatik, suche ein Praktikum', 'Estudiante de ingeniería informática', 'Studentka informatyki, szukam stażu'])(
    '"%s" is a student',
    (label) => expect(assess({ basics: { label } }).student).toBe(true),
  );
  it('a "Student" position is not a job but says early career', () => {
    const s = assess({ work: [role('Student', '2022-09', '2026-06')] });
    expect(s).toMatchObject({ level: 'junior', years: 0, student: true });
  });
  it('eight years in, an evening MBA student is not early career', () => {
    const s = assess({ basics: { label: 'Staff engineer, MBA student' }, work: [role('Staff Engineer', '2016-01')] });
    expect(s.student).toBe(false);
  });
});
