import { describe, expect, test } from 'vitest';
import { noticeState, oneMonthAfter, regionOf } from './gdpr';

const at = (location: Record<string, string>) => ({ basics: { location } });

describe('who is in the EU/EEA', () => {
  test.each([
    [{ countryCode: 'PT' }, 'eu-eea'],
    [{ countryCode: 'no' }, 'eu-eea'],
    [{ countryCode: 'GB' }, 'outside'],
    [{ countryCode: 'CH' }, 'outside'],
    [{ address: 'Lisbon, Portugal' }, 'eu-eea'],
    [{ address: 'München, Bayern, Deutschland' }, 'eu-eea'],
    [{ address: 'Greater Paris Metropolitan Region' }, 'eu-eea'],
    [{ address: 'Berlin' }, 'eu-eea'],
    [{ address: 'Kraków, Małopolskie, Polska' }, 'eu-eea'],
    [{ address: 'Oslo' }, 'eu-eea'],
    [{ address: 'London, England, United Kingdom' }, 'outside'],
    [{ address: 'San Francisco Bay Area' }, 'outside'],
    [{ address: 'Portland, OR' }, 'unknown'],
    [{ address: 'Earth' }, 'unknown'],
    [{ address: 'Remote' }, 'unknown'],
    [{}, 'unknown'],
  ])('%j → %s', (location, region) => {
    expect(regionOf(at(location))).toBe(region);
  });
});

describe('Art. 14 notice', () => {
  const now = new Date('2026-11-10T00:00:00Z');
  test('due one calendar month after the first capture, within the month', () => {
    expect(oneMonthAfter('2026-11-03T09:00:00Z').toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(oneMonthAfter('2027-01-31T09:00:00Z').toISOString()).toBe('2027-02-28T09:00:00.000Z');
  });

  test('due for the EU/EEA and for unknown places, not outside; overdue after the month or after a first message', () => {
    const base = { firstCapturedAt: '2026-11-03T09:00:00Z', contacted: null, gdprNoticeAt: null, profiles: {} };
    expect(noticeState(base, at({ countryCode: 'PT' }), now)).toEqual({ kind: 'due', by: new Date('2026-12-03T09:00:00Z'), region: 'eu-eea', overdue: false, contactedFirst: false });
    expect(noticeState(base, at({ address: 'Earth' }), now)).toMatchObject({ kind: 'due', region: 'unknown' });
    expect(noticeState(base, at({ countryCode: 'US' }), now)).toEqual({ kind: 'not-needed' });
    expect(noticeState(base, at({ countryCode: 'PT' }), new Date('2026-12-04T00:00:00Z'))).toMatchObject({ overdue: true });
    expect(noticeState({ ...base, contacted: { on: '2026-11-05', roleId: null } }, at({ countryCode: 'PT' }), now)).toMatchObject({ overdue: true, contactedFirst: true });
    expect(noticeState({ ...base, gdprNoticeAt: '2026-11-04T00:00:00Z' }, at({ countryCode: 'PT' }), now)).toEqual({ kind: 'sent', at: '2026-11-04T00:00:00Z' });
  });
});
