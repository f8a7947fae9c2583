import { describe, expect, it } from 'vitest';
import { keywordWarnings, stemKey, suggestKeywords } from '../../../shared/metadata/keywords';

const inventory = {
  title: 'Inventario Nacional de Emisiones 2008',
  description:
    'Tabla del Inventario Nacional de Emisiones del año 2008, desagregado por municipios, ' +
    'todas las cantidades son en toneladas.',
  columnLabels: ['CVE_MUN', 'PM10', 'PM2.5', 'SO2', 'CO', 'NOX', 'COV', 'NH3', 'Carbón Negro'],
  notes: ['Cifras que se muestran en "0", los valores son menores a centésimas.'],
  values: [],
  existing: [],
};

describe('keyword suggestions', () => {
  it('ranks the words and phrases of a known text, with controlled terms it mentions', () => {
    const { suggestions } = suggestKeywords(inventory);
    const words = suggestions.map((s) => s.keyword);

    expect(words.slice(0, 3)).toEqual([
      'inventario',
      'emisiones',
      'inventario nacional de emisiones',
    ]);
    expect(words).toContain('municipios');
    // "Carbón Negro" is a synonym of a controlled term.
    expect(
      suggestions.find((s) => s.keyword === 'contaminantes climáticos de vida corta')?.controlled,
    ).toBe(true);
    // Fragments of a stronger phrase, stop words, numbers and coded names are left out.
    expect(words).not.toContain('nacional de emisiones');
    expect(words).not.toContain('del');
    expect(words).not.toContain('2008');
    expect(words).not.toContain('cve_mun');
  });

  it('merges case, accents and plurals and skips keywords already chosen', () => {
    const { suggestions } = suggestKeywords({
      ...inventory,
      title: 'Emisión de contaminantes',
      description: 'EMISIONES por contaminante; emision anual.',
      existing: ['Inventario'],
    });
    const emission = suggestions.filter((s) => stemKey(s.keyword) === stemKey('emisiones'));
    expect(emission).toHaveLength(1);
    expect(suggestions.map((s) => s.keyword)).not.toContain('inventario');
  });

  it('keeps every suggestion within the portal rules', () => {
    const { suggestions } = suggestKeywords({
      ...inventory,
      values: ['Jalisco / Nayarit', 'x', 'Ciudad de México'],
    });
    for (const { keyword } of suggestions) {
      expect(keyword).toMatch(/^[\p{L}\p{N} ._-]{2,100}$/u);
    }
    expect(suggestions.map((s) => s.keyword)).toContain('ciudad de méxico');
  });

  it('warns about too few or too generic keywords', () => {
    expect(keywordWarnings(['datos', 'emisiones'])).toHaveLength(2);
    expect(keywordWarnings(['emisiones', 'calidad del aire', 'municipios'])).toEqual([]);
  });
});
