import { describe, expect, it } from 'vitest';
import { missingMarker, parseBoolean } from '../../../../electron/engine/import/values';

describe('missingMarker', () => {
  it('recognises notation keys and missing markers in any case', () => {
    for (const [text, key] of [
      ['NE', 'NE'],
      ['no', 'NO'],
      ['IE', 'IE'],
      ['nd', 'ND'],
      ['NA', 'NA'],
      ['-', '-'],
      ['--', '--'],
      ['n.d.', 'N.D.'],
      ['s/d', 'S/D'],
      [' ND ', 'ND'],
    ]) {
      expect(missingMarker(text)).toBe(key);
    }
  });

  it('leaves values alone', () => {
    for (const text of ['0', 'Nuevo León', 'NEZA', '-5', 'n', '']) {
      expect(missingMarker(text)).toBeNull();
    }
  });
});

describe('parseBoolean', () => {
  it('reads sí/no, true/false and verdadero/falso', () => {
    expect(parseBoolean('Sí')).toBe(true);
    expect(parseBoolean('si')).toBe(true);
    expect(parseBoolean('NO')).toBe(false);
    expect(parseBoolean('TRUE')).toBe(true);
    expect(parseBoolean('false')).toBe(false);
    expect(parseBoolean('Verdadero')).toBe(true);
    expect(parseBoolean('FALSO')).toBe(false);
  });

  it('does not read numbers or other words as booleans', () => {
    expect(parseBoolean('1')).toBeNull();
    expect(parseBoolean('0')).toBeNull();
    expect(parseBoolean('quizá')).toBeNull();
  });
});
