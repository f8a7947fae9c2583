import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../../shared/inventory/progress';

describe('computeProgress', () => {
  it('counts planned, in preparation, approved and published, overall and per area', () => {
    const report = computeProgress([
      { area: 'Emisiones', status: 'publicado' },
      { area: 'Emisiones', status: 'aprobado' },
      { area: 'Emisiones', status: 'borrador' },
      { area: 'Calidad del aire', status: 'planeado' },
      { area: 'Calidad del aire', status: 'en-revision' },
    ]);

    expect(report.overall).toMatchObject({
      planned: 1,
      inPreparation: 2,
      approved: 1,
      published: 1,
      total: 5,
    });
    expect(report.overall.publishedPercent).toBe(20);
    expect(report.overall.readyPercent).toBe(40);
    expect(report.areas.map((area) => area.area)).toEqual(['Calidad del aire', 'Emisiones']);
    expect(report.areas[1].publishedPercent).toBe(33.3);
  });

  it('reports zero percent rather than dividing by zero for an empty inventory', () => {
    expect(computeProgress([]).overall.publishedPercent).toBe(0);
  });
});
