import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinProfile, builtinProfiles, parseProfile } from '../../../shared/validation/profiles';
import { rules } from '../../../shared/validation/rules';

const repo = path.resolve(__dirname, '../../..');
const docs = readFileSync(path.join(repo, 'docs/validation.md'), 'utf8');
const ruleTests = readdirSync(path.join(__dirname, 'rules'))
  .map((file) => readFileSync(path.join(__dirname, 'rules', file), 'utf8'))
  .join('\n');

describe('the shipped profiles', () => {
  it('name only rules that exist', () => {
    for (const profile of builtinProfiles) {
      for (const entry of profile.rules)
        expect(rules, `${profile.id}: ${entry.rule}`).toHaveProperty(entry.rule);
    }
  });

  it('keep the portal limits as data: 77-character titles and 100-character CKAN names', () => {
    const portal = builtinProfile('datos-gob-mx');
    expect(portal.rules.find((r) => r.rule === 'title-length')?.options).toEqual({ max: 77 });
    expect(portal.rules.find((r) => r.rule === 'ckan-name-length')?.options).toEqual({ max: 100 });
  });

  it('refuse a malformed institution profile with the reason', () => {
    expect(() =>
      parseProfile({
        id: 'x',
        label: { es: 'x', en: 'x' },
        rules: [{ rule: 'a', severity: 'fatal' }],
      }),
    ).toThrow(/rules\.0\.severity/);
    expect(() => builtinProfile('nope')).toThrow(/unknown profile nope/);
  });
});

describe('every rule', () => {
  it.each(Object.keys(rules))('%s is documented in docs/validation.md', (id) => {
    expect(docs).toMatch(new RegExp(`\`${id}\``));
  });

  it.each(Object.keys(rules))('%s has its own tests', (id) => {
    expect(ruleTests).toContain(`describe('${id}'`);
  });

  it.each(builtinProfiles.flatMap((p) => p.rules.map((r) => r.id ?? r.rule)))(
    'profile rule id %s is documented',
    (id) => {
      expect(docs).toContain(`\`${id}\``);
    },
  );
});
