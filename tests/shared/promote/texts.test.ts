import { describe, expect, it } from 'vitest';
import { bimesterOf, bimestersBetween, blackoutOn } from '../../../shared/promote/periods';
import { cardSvg, wrapText } from '../../../shared/promote/card-svg';
import { buildTexts, firstSentence, formatFigure } from '../../../shared/promote/texts';
import type { PromotionFacts } from '../../../shared/promote/types';

const facts: PromotionFacts = {
  title: 'Inventario Nacional de Emisiones de Gases y Compuestos de Efecto Invernadero',
  description:
    'Emisiones anuales por categoría del IPCC, en gigagramos de CO2 equivalente. Incluye notas metodológicas.',
  institution: 'INECC',
  temporal: { start: '1990', end: '2019' },
  spatial: 'Nacional',
  records: 12_480,
  url: 'https://datos.gob.mx/busca/dataset/inventario-nacional-de-emisiones',
  license: 'libre-uso-mx',
  keywords: ['emisiones'],
};

describe('buildTexts', () => {
  it('writes a paragraph, a post line and a Libre Uso MX citation from the ficha', () => {
    const texts = buildTexts(facts, '2026-12-03');
    expect(texts.sentence).toBe(
      'Emisiones anuales por categoría del IPCC, en gigagramos de CO2 equivalente',
    );
    expect(texts.paragraph).toContain('INECC publica como datos abiertos «Inventario Nacional');
    expect(texts.paragraph).toContain('12,480 registros, de 1990 a 2019, en Nacional');
    expect(texts.line.length).toBeLessThanOrEqual(280);
    expect(texts.line).toContain(facts.url);
    expect(texts.citation).toBe(
      'INECC. «Inventario Nacional de Emisiones de Gases y Compuestos de Efecto Invernadero» [conjunto de datos]. ' +
        'https://datos.gob.mx/busca/dataset/inventario-nacional-de-emisiones. Consultado el 3 de diciembre de 2026.',
    );
    expect(texts.linkHtml).toBe(
      '<a href="https://datos.gob.mx/busca/dataset/inventario-nacional-de-emisiones">Inventario Nacional de Emisiones de Gases y Compuestos de Efecto Invernadero — datos abiertos</a>',
    );
  });

  it('says the link is still to be confirmed rather than inventing one', () => {
    const texts = buildTexts({ ...facts, url: '' }, '2026-12-03');
    expect(texts.paragraph).toContain('por confirmar');
    expect(texts.linkHtml).toBe('');
  });

  it('keeps a long post within 280 characters with the link intact', () => {
    const texts = buildTexts({ ...facts, title: 'Emisiones '.repeat(40) }, '2026-12-03');
    expect(texts.line.length).toBeLessThanOrEqual(280);
    expect(texts.line.endsWith(facts.url)).toBe(true);
  });
});

describe('formatting', () => {
  it('abbreviates large figures in Spanish', () => {
    expect(formatFigure(734_500_000)).toBe('734.5 millones');
    expect(formatFigure(2.345)).toBe('2.35');
  });

  it('cuts a description at its first sentence', () => {
    expect(firstSentence('Uno. Dos.')).toBe('Uno');
  });
});

describe('the card', () => {
  it('wraps a long title into at most three lines', () => {
    const lines = wrapText(facts.title, 660, 48, 3, true);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.join(' ')).toContain('Inventario Nacional');
  });

  it('draws the title, records, link and the figure’s bars, escaping what it prints', () => {
    const svg = cardSvg({ ...facts, title: 'Aire & agua <2020>' }, 'Una frase.', {
      spec: { column: 'valor', aggregate: 'sum', by: 'sector' },
      label: 'Total de valor en 2019',
      value: 734_500,
      unit: 'Gg',
      period: '2019',
      bars: [
        { label: 'Energía', value: 500_000 },
        { label: 'Agricultura', value: 100_000 },
      ],
    });
    expect(svg).toContain('Aire &amp; agua &lt;2020&gt;');
    expect(svg).toContain('12,480');
    expect(svg).toContain('Energía');
    expect(svg).toContain(facts.url);
    expect(svg.match(/<rect /g)?.length).toBeGreaterThanOrEqual(5);
  });
});

describe('periods', () => {
  it('splits the year in two-month periods', () => {
    expect(bimesterOf('2026-12-03')).toMatchObject({
      id: '2026-B6',
      start: '2026-11-01',
      end: '2026-12-31',
    });
    expect(bimestersBetween('2026-10-15', '2027-02-01').map((p) => p.id)).toEqual([
      '2026-B5',
      '2026-B6',
      '2027-B1',
    ]);
  });

  it('finds the blackout a date falls in', () => {
    const blackouts = [
      { id: 'v', start: '2027-04-01', end: '2027-06-02', reason: 'Veda electoral' },
    ];
    expect(blackoutOn('2027-05-10', blackouts)?.reason).toBe('Veda electoral');
    expect(blackoutOn('2027-06-03', blackouts)).toBeNull();
  });
});
