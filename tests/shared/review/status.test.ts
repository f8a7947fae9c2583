import { describe, expect, it } from 'vitest';
import { canMove, nextStatuses } from '../../../shared/review/status';

describe('review transitions', () => {
  it('lets the author ask for review and the reviewer approve', () => {
    expect(canMove('borrador', 'en-revision', 'author')).toBe(true);
    expect(canMove('en-revision', 'aprobado', 'reviewer')).toBe(true);
  });

  it('keeps authors from approving their own datasets', () => {
    expect(canMove('en-revision', 'aprobado', 'author')).toBe(false);
  });

  it('leaves publication to the liaison', () => {
    expect(nextStatuses('aprobado', 'reviewer')).not.toContain('publicado');
    expect(nextStatuses('aprobado', 'liaison')).toContain('publicado');
  });
});
