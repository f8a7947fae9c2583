import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditDetailText } from '../../../shared/review/audit-actions';
import { auditKind } from '../../../shared/review/audit-kinds';

describe('audit log kinds and words', () => {
  it('files each action under its kind, by exact name or by domain', () => {
    expect(auditKind('dataset.import')).toBe('import');
    expect(auditKind('dataset.apply')).toBe('steps');
    expect(auditKind('metadata.refill')).toBe('metadata');
    expect(auditKind('review.status')).toBe('status');
    expect(auditKind('export.run')).toBe('export');
    expect(auditKind('promote.blackout')).toBe('inventory');
    expect(auditKind('something.new')).toBe('other');
  });

  it('reads a status move with the person who decided when someone else recorded it', () => {
    const detail = { from: 'en-revision', to: 'aprobado', by: 'Raúl Revisor', note: 'Listo' };
    expect(auditDetailText('review.status', detail, 'Ana Autora').es).toBe(
      'En revisión → Aprobado, por Raúl Revisor («Listo»)',
    );
    expect(auditDetailText('review.status', detail, 'Raúl Revisor').en).toBe(
      'In review → Approved («Listo»)',
    );
  });

  it('ends a merged line with who brought it in', () => {
    const status = {
      from: 'en-revision',
      to: 'aprobado',
      by: 'Raúl Revisor',
      mergedBy: 'Ana Autora',
    };
    expect(auditDetailText('review.status', status, 'Raúl Revisor').es).toBe(
      'En revisión → Aprobado · incorporado por Ana Autora',
    );
    const comment = { thread: 't1', target: 'column', mergedBy: 'Ana Autora' };
    expect(auditDetailText('review.comment', comment, 'Raúl Revisor').en).toBe(
      'thread: t1 · target: column · merged by Ana Autora',
    );
  });

  it('keeps unknown actions and other details readable as they are', () => {
    expect(auditActionLabel('custom.thing')).toEqual({ es: 'custom.thing', en: 'custom.thing' });
    expect(auditDetailText('export.run', { exportId: 3, draft: false, folder: '' }).es).toBe(
      'exportId: 3 · draft: false',
    );
  });
});
