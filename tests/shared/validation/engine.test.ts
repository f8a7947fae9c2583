import { describe, expect, it } from 'vitest';
import { validate } from '../../../shared/validation/engine';
import { profileSchema } from '../../../shared/validation/profile';
import { builtinProfiles } from '../../../shared/validation/profiles';
import { goodFicha, subject, withFicha } from './subject';

const profile = (rules: unknown[], checklist = false) =>
  profileSchema.parse({ id: 'prueba', label: { es: 'Prueba', en: 'Test' }, checklist, rules });

describe('the validation engine', () => {
  it('finds nothing wrong with a complete ficha and a clean table', () => {
    const report = validate(subject(), builtinProfiles);
    expect(report.findings).toEqual([]);
    expect(report.checklist.every((item) => item.passed)).toBe(true);
    expect(report.profiles).toEqual(['datos-gob-mx', 'dcat-ap-3', 'data-quality', 'decree']);
  });

  it('stamps findings with the profile entry id and severity, errors first', () => {
    const report = validate(withFicha({ title: 'x'.repeat(80), description: '' }), [
      profile([
        { rule: 'title-length', id: 'mine.title', severity: 'warning' },
        {
          rule: 'required-fields',
          id: 'mine.required',
          severity: 'error',
          options: { fields: ['description'] },
        },
      ]),
    ]);
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['mine.required', 'error'],
      ['mine.title', 'warning'],
    ]);
    expect(report.counts).toEqual({ error: 1, warning: 1, advice: 0 });
  });

  it('lets a rule lower the severity of one finding but never raise it', () => {
    const ficha = goodFicha();
    ficha.dictionary.push({ ...ficha.dictionary[0], name: 'fantasma' });
    const report = validate(subject({ ficha }), [
      profile([{ rule: 'dictionary-coverage', severity: 'error' }]),
    ]);
    expect(report.findings[0].severity).toBe('warning');
  });

  it('skips disabled rules and refuses unknown ones', () => {
    const disabled = profile([
      { rule: 'title-length', severity: 'error', enabled: false, options: { max: 1 } },
    ]);
    expect(validate(subject(), [disabled]).findings).toEqual([]);
    expect(() =>
      validate(subject(), [profile([{ rule: 'no-such-rule', severity: 'error' }])]),
    ).toThrow(/unknown rule no-such-rule/);
  });

  it('reports checklist profiles item by item', () => {
    const report = validate(withFicha({ license: 'cc-by-nc-4.0' }), [
      profile(
        [
          { rule: 'decree-free-license', id: 'd.license', severity: 'error' },
          { rule: 'decree-machine-readable', id: 'd.machine', severity: 'error' },
        ],
        true,
      ),
    ]);
    expect(report.checklist.map((i) => [i.id, i.passed])).toEqual([
      ['d.license', false],
      ['d.machine', true],
    ]);
  });
});
