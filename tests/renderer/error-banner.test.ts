import { describe, expect, it } from 'vitest';
import { errorData } from '../../shared/errors';
import { errorMessage, errorWhere } from '../../renderer/src/components/common/error-banner';
import { translator } from '../../renderer/src/i18n';
import { offlineError } from '../../renderer/src/api/client';

describe('how engine errors read', () => {
  const error = errorData('CSV_UNBALANCED_QUOTES', { file: '/tmp/up/abc/datos.csv', row: 12 });

  it('shows the engine’s message in the chosen language', () => {
    expect(errorMessage(error, 'es-MX', translator('es-MX'))).toContain('nunca se cierra');
    expect(errorMessage(error, 'en', translator('en'))).toContain('never closed');
  });

  it('names where the problem is by file name, sheet, row and column', () => {
    expect(errorWhere(error)).toBe('datos.csv · 12');
    expect(errorWhere(errorData('UNEXPECTED'))).toBeNull();
  });

  it('says what to do when the engine cannot be reached', () => {
    expect(errorMessage(offlineError(), 'en', translator('en'))).toContain('ficha serve');
  });
});
