import { describe, expect, it } from 'vitest';
import { highlightLines } from '../../renderer/src/components/dcat/highlight';
import type { Token } from '../../renderer/src/components/dcat/highlight';
import { diffCounts, foldDiff, lineDiff } from '../../renderer/src/components/dcat/line-diff';

const join = (lines: Token[][]) => lines.map((line) => line.map((t) => t.text).join('')).join('\n');
const kinds = (lines: Token[][]) =>
  lines
    .flat()
    .filter((t) => t.kind !== null)
    .map((t) => `${t.kind}:${t.text}`);

describe('the highlighter', () => {
  it('gives back every character of JSON and tells keys from values', () => {
    const text = '{\n  "title": "Emisiones \\"2008\\"",\n  "n": -1.5e3,\n  "ok": [true, null]\n}';
    const lines = highlightLines(text, 'json');

    expect(join(lines)).toBe(text);
    expect(lines).toHaveLength(5);
    expect(kinds(lines)).toContain('key:"title"');
    expect(kinds(lines)).toContain('string:"Emisiones \\"2008\\""');
    expect(kinds(lines)).toContain('number:-1.5e3');
    expect(kinds(lines)).toContain('literal:null');
  });

  it('reads Turtle: prefixes, IRIs, names, typed and tagged literals, comments', () => {
    const text = [
      '@prefix dcat: <http://www.w3.org/ns/dcat#> .',
      '# un comentario',
      '<https://x.mx/d> a dcat:Dataset ;',
      '  dct:title "Emisiones"@es ;',
      '  dcat:byteSize "12"^^xsd:nonNegativeInteger .',
    ].join('\n');
    const found = kinds(highlightLines(text, 'turtle'));

    expect(join(highlightLines(text, 'turtle'))).toBe(text);
    expect(found).toEqual(
      expect.arrayContaining([
        'keyword:@prefix',
        'name:dcat:',
        'iri:<http://www.w3.org/ns/dcat#>',
        'comment:# un comentario',
        'keyword:a',
        'name:dcat:Dataset',
        'string:"Emisiones"',
        'lang:@es',
        'punct:^^',
        'name:xsd:nonNegativeInteger',
      ]),
    );
  });

  it('splits a long string across lines and keeps markup as plain text', () => {
    const text = 'ex:d dct:description """<b>uno</b>\ndos""" .';
    const lines = highlightLines(text, 'turtle');

    expect(lines).toHaveLength(2);
    expect(lines[0].at(-1)).toEqual({ kind: 'string', text: '"""<b>uno</b>' });
    expect(lines[1][0]).toEqual({ kind: 'string', text: 'dos"""' });
  });
});

describe('the line diff', () => {
  it('finds the changed line between equal heads and tails', () => {
    const diff = lineDiff('a\nb\nc\nd\n', 'a\nB\nc\nd\ne\n');

    expect(diff.map((l) => `${l.kind[0]}${l.text}`)).toEqual(['sa', 'rb', 'aB', 'sc', 'sd', 'ae']);
    expect(diffCounts(diff)).toEqual({ added: 2, removed: 1 });
  });

  it('keeps the longest common run when lines move', () => {
    const diff = lineDiff('x\n1\n2\n3\ny', 'y\n1\n2\n3\nx');
    expect(diff.filter((l) => l.kind === 'same').map((l) => l.text)).toEqual(['1', '2', '3']);
  });

  it('reports nothing for equal texts and everything for an empty one', () => {
    expect(diffCounts(lineDiff('a\nb', 'a\nb\n'))).toEqual({ added: 0, removed: 0 });
    expect(diffCounts(lineDiff('', 'a\nb'))).toEqual({ added: 2, removed: 0 });
  });

  it('folds unchanged runs away from the changes', () => {
    const before = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n');
    const after = before.replace('l10', 'L10');
    const folded = foldDiff(lineDiff(before, after), 2);

    expect(folded[0]).toEqual({ kind: 'skip', count: 8 });
    expect(folded.at(-1)).toEqual({ kind: 'skip', count: 7 });
    expect(folded.filter((l) => l.kind !== 'skip')).toHaveLength(6);
  });
});
