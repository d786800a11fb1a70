import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAG_IDS, GREEN_FLAG_IDS } from './evidence';
import { FLAG_LABELS, flagLabel } from './flag-names';
import { RULES } from './rules';

const root = process.cwd();
const ruleFiles = readdirSync(join(root, 'lib/screening/rules'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const testFiles = readdirSync(join(root, 'lib/screening/rules'))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.test\.ts$/, ''));

describe('one flag, one file', () => {
  it('has exactly one rule file per flag id of DOMAIN.md', () => {
    expect([...ruleFiles].sort()).toEqual([...FLAG_IDS].sort());
  });
  it('registers every rule file, under its file name, once', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });
  it('has a test file for every rule', () => {
    expect([...testFiles].sort()).toEqual([...ruleFiles].sort());
  });
  it.each(RULES.map((r) => [r.id, r] as const))('%s has a kind, a label and a one-sentence description', (id, rule) => {
    expect(rule.kind).toBe((GREEN_FLAG_IDS as readonly string[]).includes(id) ? 'green' : 'yellow');
    expect(rule.label.length).toBeGreaterThan(3);
    expect(rule.description).toMatch(/^[A-Z].+\.$/);
  });
  it('lists the flags in the order the rules run, so the filter list and the popup agree', () => {
    expect(RULES.map((r) => r.id)).toEqual([...FLAG_IDS]);
  });
  it("names a flag by its rule's label, and an id this version does not know by the id itself", () => {
    for (const rule of RULES) expect(flagLabel(rule.id)).toBe(rule.label);
    expect(Object.keys(FLAG_LABELS)).toEqual([...FLAG_IDS]);
    expect(flagLabel('sharding-wizardry')).toBe('sharding-wizardry');
    expect(flagLabel('constructor')).toBe('constructor');
  });
});
