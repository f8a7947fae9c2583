import { describe, expect, it } from 'vitest';
import { switchSpatialKind } from '../../../shared/metadata/spatial-switch';

describe('switching the kind of spatial coverage', () => {
  const states = { kind: 'states' as const, codes: ['09', '14'], text: '' };
  const towns = { kind: 'municipalities' as const, codes: ['09003', '14039', '14120'], text: '' };

  it('widens municipalities to their states', () => {
    expect(switchSpatialKind(towns, 'states')).toEqual({ ...states, codes: ['09', '14'] });
  });

  it('starts municipalities empty when narrowing from states', () => {
    expect(switchSpatialKind(states, 'municipalities', ['01001'])).toEqual({
      kind: 'municipalities',
      codes: [],
      text: '',
    });
  });

  it('holds no keys for national coverage or free text, and keeps the text', () => {
    const named = { ...towns, text: 'Zona metropolitana' };
    expect(switchSpatialKind(named, 'national')).toEqual({
      kind: 'national',
      codes: [],
      text: 'Zona metropolitana',
    });
    expect(switchSpatialKind(named, 'text').codes).toEqual([]);
  });

  it('restores the keys chosen earlier when coming back from national coverage', () => {
    const national = { kind: 'national' as const, codes: [], text: '' };
    expect(switchSpatialKind(national, 'states', ['09']).codes).toEqual(['09']);
    expect(switchSpatialKind(national, 'municipalities').codes).toEqual([]);
  });
});
