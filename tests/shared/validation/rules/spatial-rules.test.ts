import { describe, expect, it } from 'vitest';
import type { Spatial } from '../../../../shared/metadata/model';
import { check, withFicha } from '../subject';

function codesOf(spatial: Spatial) {
  return check('spatial-codes', withFicha({ spatial }));
}

describe('spatial-codes', () => {
  it('passes national coverage, free text and known INEGI keys', () => {
    expect(codesOf({ kind: 'national', codes: [], text: '' })).toEqual([]);
    expect(codesOf({ kind: 'text', codes: [], text: 'Cuenca del Lerma' })).toEqual([]);
    expect(codesOf({ kind: 'states', codes: ['09', '14'], text: '' })).toEqual([]);
    expect(codesOf({ kind: 'municipalities', codes: ['09002', '14039'], text: '' })).toEqual([]);
  });

  it('asks for a place when states or municipalities are chosen without any', () => {
    const [finding] = codesOf({ kind: 'states', codes: [], text: '' });
    expect(finding.location.field).toBe('spatial.codes');
    expect(finding.message.es).toBe('Elija al menos una entidad.');
    expect(finding.fix).toBeUndefined();
  });

  it('restores leading zeros that numbers lost', () => {
    const [finding] = codesOf({ kind: 'states', codes: ['9', '14'], text: '' });
    expect(finding.fix).toEqual({
      kind: 'field',
      field: 'spatial',
      value: { kind: 'states', codes: ['09', '14'], text: '' },
    });
  });

  it('names keys the catalogue does not know and drops them in the fix', () => {
    const [finding] = codesOf({ kind: 'municipalities', codes: ['14039', '14999'], text: '' });
    expect(finding.message.en).toContain('«14999»');
    expect(finding.fix).toMatchObject({ value: { codes: ['14039'] } });
    const [state] = codesOf({ kind: 'states', codes: ['33'], text: '' });
    expect(state.message.es).toContain('«33» no son claves INEGI de entidad');
  });
});
