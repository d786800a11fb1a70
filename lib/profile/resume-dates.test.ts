/**
 * DESIGN.md "Reading real files": every date form people write, in English,
 * French, German, Spanish, Portuguese and Polish, read into JSON Resume's
 * own forms; an impossible day keeps its year and month.
 */
import { describe, expect, it } from 'vitest';
import { readDate } from './resume-dates';

describe('dates as people write them', () => {
  const dates: [string, string][] = [
    // The forms DESIGN.md names.
    ['2019', '2019'],
    ['2019-03', '2019-03'],
    ['2019-03-14', '2019-03-14'],
    ['March 2019', '2019-03'],
    ['Mar 2019', '2019-03'],
    ['03/2019', '2019-03'],
    ['2019/03', '2019-03'],
    // Seen in published résumé files.
    ['June 2014', '2014-06'],
    ['April 2017', '2017-04'],
    ['07/2025', '2025-07'],
    ['7/2025', '2025-07'],
    ['Sept. 2018', '2018-09'],
    ['March 14, 2019', '2019-03-14'],
    ['14 March 2019', '2019-03-14'],
    ['2019-03-14T09:30:00Z', '2019-03-14'],
    ['2019-3', '2019-03'],
    ['2019.03', '2019-03'],
    ['03.2019', '2019-03'],
    ['14.03.2019', '2019-03-14'],
    ['14/03/2019', '2019-03-14'],
    ["Mar '19", '2019-03'],
    ['Summer 2019', '2019-06'],
    // French
    ['mars 2019', '2019-03'],
    ['janv. 2020', '2020-01'],
    ['février 2021', '2021-02'],
    ['août 2017', '2017-08'],
    ['1er juillet 2018', '2018-07-01'],
    // German
    ['März 2019', '2019-03'],
    ['Okt. 2020', '2020-10'],
    ['Dezember 2015', '2015-12'],
    // Spanish
    ['marzo de 2019', '2019-03'],
    ['ene. 2021', '2021-01'],
    ['septiembre 2016', '2016-09'],
    // Portuguese
    ['março de 2019', '2019-03'],
    ['fev 2020', '2020-02'],
    ['outubro de 2018', '2018-10'],
    // Polish
    ['marzec 2019', '2019-03'],
    ['października 2020', '2020-10'],
    ['wrz 2018', '2018-09'],
    ['styczeń 2022', '2022-01'],
  ];
  it.each(dates)('"%s" is %s', (text, date) => expect(readDate(text)).toEqual({ kind: 'date', date }));

  const impossible: [string, string][] = [
    ['2024-09-31', '2024-09'],
    ['2021-02-30', '2021-02'],
    ['31 June 2020', '2020-06'],
  ];
  it.each(impossible)('an impossible day keeps its year and month: "%s" is %s', (text, date) =>
    expect(readDate(text)).toEqual({ kind: 'date', date }),
  );

  const open = [
    'Present', 'present', 'PRESENT', 'Current', 'now', 'today', 'Ongoing',
    "Aujourd'hui", 'présent', 'en cours', 'actuellement',
    'heute', 'bis heute', 'aktuell',
    'Actualidad', 'actualidad', 'actual', 'presente',
    'atual', 'o momento', 'até o momento',
    'obecnie', 'teraz', 'do dziś',
  ];
  it.each(open)('"%s" means still there', (text) => expect(readDate(text)).toEqual({ kind: 'open' }));

  it.each(['', '  ', '-', '?'])('"%s" is not given', (text) => expect(readDate(text)).toEqual({ kind: 'none' }));

  it.each(['sometime', 'soon', '2019-13', 'March', 'Jun 2019 - Present', '1850', 'the 90s'])('"%s" is not a date', (text) =>
    expect(readDate(text)).toBeNull(),
  );

  it('keeps only the year when the month could be either (03/04/2019)', () => {
    expect(readDate('03/04/2019')).toEqual({ kind: 'date', date: '2019' });
  });
});
