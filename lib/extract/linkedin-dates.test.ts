import { describe, expect, test } from 'vitest';
import { parseLinkedInDate, parseLinkedInDateRange, resumeDateOf, resumeDateOfIso } from './linkedin-dates';

describe('LinkedIn date ranges become JSON Resume dates', () => {
  test.each([
    // English interface, logged in
    ['Jan 2021 - Present · 3 yrs 11 mos', { startDate: '2021-01', current: true }],
    ['Mar 2018 - Dec 2020 · 2 yrs 10 mos', { startDate: '2018-03', endDate: '2020-12', current: false }],
    ['Sep 2016 - Sep 2016 · 1 mo', { startDate: '2016-09', endDate: '2016-09', current: false }],
    ['Mar 2020 · 1 mo', { startDate: '2020-03', endDate: '2020-03', current: false }],
    ['2014 - 2018', { startDate: '2014', endDate: '2018', current: false }],
    ['2014', { startDate: '2014', endDate: '2014', current: false }],
    // German interface
    ['Jan. 2021 – Heute · 3 J. 11 Mon.', { startDate: '2021-01', current: true }],
    ['März 2018 – Dez. 2020 · 2 J. 10 Mon.', { startDate: '2018-03', endDate: '2020-12', current: false }],
    ['Okt. 2016 – Feb. 2018 · 1 J. 5 Mon.', { startDate: '2016-10', endDate: '2018-02', current: false }],
    // French, Spanish, Portuguese, Italian, Dutch interfaces
    ['janv. 2021 - aujourd’hui · 3 ans 11 mois', { startDate: '2021-01', current: true }],
    ['févr. 2019 - déc. 2020 · 1 an 11 mois', { startDate: '2019-02', endDate: '2020-12', current: false }],
    ['ene. de 2021 - actualidad · 3 años 11 meses', { startDate: '2021-01', current: true }],
    ['ago. de 2019 - dic. de 2020', { startDate: '2019-08', endDate: '2020-12', current: false }],
    ['jan. de 2021 - o momento', { startDate: '2021-01', current: true }],
    ['giu 2020 - oggi', { startDate: '2020-06', current: true }],
    ['mrt. 2017 - heden', { startDate: '2017-03', current: true }],
    // The public page: the duration follows in a <span>, without the dot
    ['Jan 2021 - Present 5 years 11 months', { startDate: '2021-01', current: true }],
    ['Jan 2021 - Present5 years 11 months', { startDate: '2021-01', current: true }],
    ['Mar 2018 - Dec 2020 2 years 10 months', { startDate: '2018-03', endDate: '2020-12', current: false }],
    // A month word we do not know still gives the year
    ['Xyz 2019 - 2020', { startDate: '2019', endDate: '2020', current: false }],
  ])('%s', (text, range) => {
    expect(parseLinkedInDateRange(text)).toEqual(range);
  });

  test.each(['', 'Full-time · 5 yrs', 'Berlin, Germany · Hybrid', 'Present', '3 yrs 11 mos'])('%j is not a date range', (text) => {
    expect(parseLinkedInDateRange(text)).toBeNull();
  });

  test('single dates, and the forms the structured data carries', () => {
    expect(parseLinkedInDate('Sept. 2016')).toBe('2016-09');
    expect(parseLinkedInDate('1850')).toBeNull();
    expect(resumeDateOf({ year: 2021, month: 3 })).toBe('2021-03');
    expect(resumeDateOf({ year: 2021 })).toBe('2021');
    expect(resumeDateOf({ year: 2021, month: 13 })).toBe('2021');
    expect(resumeDateOf(null)).toBeNull();
    expect(resumeDateOfIso(2014)).toBe('2014');
    expect(resumeDateOfIso('2021-01-15')).toBe('2021-01');
    expect(resumeDateOfIso('soon')).toBeNull();
  });
});
