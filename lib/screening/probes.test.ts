/**
 * DOMAIN.md "Interview probes": probes follow the level. A junior or a
 * student is asked about fundamentals, a mid about owning a feature end to
 * end, a senior or staff about design trade-offs and incidents; never a
 * staff-level design question to someone looking for an internship.
 */
import { describe, expect, it } from 'vitest';
import { Profile, type ProfileInput } from '../profile/profile';
import { screenProfile } from './';
import { probeLevel, probesFor } from './probes';
import type { Level } from './levels';
import type { Flag } from './evidence';
import { NOW } from '../../tests/support/screening';

const yellow = (id: Flag['id']): Flag => ({ id, kind: 'yellow', label: id, evidence: [] });
const questions = (level: Level, student = false) =>
  probesFor([yellow('generic-backend'), yellow('no-production-exposure'), yellow('no-database-or-api')], level, student).map((p) => p.question);

describe('probes by level', () => {
  const levels: [Level, boolean, string][] = [
    ['junior', false, 'fundamentals'],
    ['mid', true, 'fundamentals'],
    ['mid', false, 'ownership'],
    ['unknown', false, 'ownership'],
    ['senior', false, 'design'],
    ['staff', false, 'design'],
  ];
  it.each(levels)('%s (student: %s) is asked %s questions', (level, student, set) => expect(probeLevel(level, student)).toBe(set));

  it('a junior is asked about a simple API they built, never to design a URL shortener', () => {
    const q = questions('junior');
    expect(q).toContain('Walk me through a simple API you built: how did it store and validate data, and how did you test it?');
    expect(q.join(' ')).not.toMatch(/URL shortener|outage/);
  });
  it('a mid-level engineer is asked about owning a feature end to end', () => {
    expect(questions('mid').join(' ')).toMatch(/owned end to end/);
  });
  it('a senior is asked about design trade-offs and incidents', () => {
    const q = questions('senior');
    expect(q).toContain('Design a URL shortener that handles 1M clicks per day.');
    expect(q).toContain('Tell me about a production outage you handled.');
  });
  it('a student looking for an internship is never asked a staff-level design question, whatever else the profile says', () => {
    const input: ProfileInput = {
      basics: { label: 'Student looking for a backend internship', summary: 'I love the backend.' },
      projects: [{ name: 'Todo app', description: 'Bootcamp capstone in Express.' }],
    };
    const result = screenProfile({ profile: Profile.parse(input), now: NOW });
    expect(result.seniority.student).toBe(true);
    expect(result.probes.length).toBeGreaterThan(0);
    expect(result.probes.map((p) => p.question).join(' ')).not.toMatch(/URL shortener|outage|version a REST API/);
  });
});
