import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { getDataset } from '../../../../electron/engine/datasets/catalog';
import { tempFolder } from '../../workspace/temp-folder';
import { importInto, newWorkspace, storedRows, writeFixture } from './pipeline-fixtures';

const temp = tempFolder('ficha-import-');
afterAll(temp.cleanup);

describe('importFile', () => {
  it('reads a Windows-1252 file with semicolons and decimal commas', async () => {
    const text =
      'Entidad;Municipio;Superficie (ha);Tasa\r\n' +
      'Michoacán;Uruapan;1.234,5;12,5\r\n' +
      'Querétaro;Jalpan;98,25;0,75\r\n' +
      'Yucatán;Mérida;12;3\r\n';
    const file = writeFixture(temp.dir, 'superficie.csv', iconv.encode(text, 'windows-1252'));
    const ws = newWorkspace(temp.dir);

    const result = await importInto(ws, file);

    expect(result.encoding).toBe('iso-8859-1');
    expect(result.delimiter).toBe(';');
    expect(result.columns.map((c) => [c.name, c.type])).toEqual([
      ['entidad', 'text'],
      ['municipio', 'text'],
      ['superficie_ha', 'number'],
      ['tasa', 'number'],
    ]);
    expect(storedRows(ws, result.dataset).rows).toEqual([
      ['Michoacán', 'Uruapan', 1234.5, 12.5],
      ['Querétaro', 'Jalpan', 98.25, 0.75],
      ['Yucatán', 'Mérida', 12, 3],
    ]);
    expect(getDataset(ws, result.dataset).columns[2].unit).toBe('ha');
    ws.close();
  });

  it('reads UTF-16LE with a BOM', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Año\tEstado\r\n2020\tNuevo León\r\n2021\tSan Luis Potosí\r\n', 'utf16le'),
    ]);
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, writeFixture(temp.dir, 'utf16.txt', bytes));
    expect(result.encoding).toBe('utf-16le');
    expect(result.delimiter).toBe('\t');
    expect(storedRows(ws, result.dataset).rows).toEqual([
      [2020, 'Nuevo León'],
      [2021, 'San Luis Potosí'],
    ]);
    ws.close();
  });

  it('reads UTF-8 with a BOM without a stray character in the first label', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Año,Valor\n2020,1\n'),
    ]);
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, writeFixture(temp.dir, 'bom.csv', bytes));
    expect(result.columns[0]).toMatchObject({ name: 'ano', label: 'Año', type: 'integer' });
    ws.close();
  });

  it('reads a tab-separated file named .csv', async () => {
    const text = 'NRA\tNombre\tAire\n"A1"\t"Planta, S.A."\t0.00000000129\n"A2"\t"Otra"\t12\n';
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, writeFixture(temp.dir, 'tabs.csv', text));
    expect(result.delimiter).toBe('\t');
    expect(result.columns.map((c) => c.type)).toEqual(['text', 'text', 'number']);
    expect(storedRows(ws, result.dataset).rows[0]).toEqual(['A1', 'Planta, S.A.', 1.29e-9]);
    ws.close();
  });

  it('reads thousands separators inside quoted numbers', async () => {
    const text = 'Fuente,PM10\nAREA,"524,270.58"\nFIJAS,"2,824,873.52"\n';
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, writeFixture(temp.dir, 'miles.csv', text));
    expect(storedRows(ws, result.dataset).rows).toEqual([
      ['AREA', 524270.58],
      ['FIJAS', 2824873.52],
    ]);
    ws.close();
  });

  it('keeps leading zeros in INEGI state and municipality codes', async () => {
    const text =
      'cve_ent,cve_mun,nombre\n01,01001,Aguascalientes\n09,09015,Cuauhtémoc\n32,32056,Zacatecas\n';
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, writeFixture(temp.dir, 'claves.csv', text));
    expect(result.columns.map((c) => c.type)).toEqual(['text', 'text', 'text']);
    expect(storedRows(ws, result.dataset).rows[0]).toEqual(['01', '01001', 'Aguascalientes']);
    ws.close();
  });

  it('keeps notes under the table and leaves a total row out with a warning', async () => {
    const text =
      'Año,Fuente,PM10,CO\n' +
      '2005,AREA,"524,270.58","2,508,365.44"\n' +
      '2005,FIJAS,"270,767.79","1,047,536.23"\n' +
      '2005,MOVILES,"16,201.00","38,419,087.29"\n' +
      '2005,,"811,239.37","41,974,988.96"\n' +
      'Notas:,,,\n' +
      'Cantidades en toneladas.,,,\n' +
      'Fuente: SEMARNAT,,,\n';
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, writeFixture(temp.dir, 'resumen.csv', text));
    expect(result.rows).toBe(3);
    expect(result.notes).toEqual(['Notas:', 'Cantidades en toneladas.', 'Fuente: SEMARNAT']);
    expect(result.warnings.filter((w) => w.code === 'TOTAL_ROW').map((w) => w.row)).toEqual([5]);
    expect(getDataset(ws, result.dataset).notes).toEqual(result.notes);
    ws.close();
  });

  it('keeps title rows above the table as notes', async () => {
    const text =
      'Inventario de emisiones 2005\nToneladas por año\n\nEstado,Emisiones\nColima,12.5\nJalisco,30\n';
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, writeFixture(temp.dir, 'titulos.csv', text));
    expect(result.notes).toEqual(['Inventario de emisiones 2005', 'Toneladas por año']);
    expect(result.rows).toBe(2);
    expect(result.columns.map((c) => c.name)).toEqual(['estado', 'emisiones']);
    ws.close();
  });

  it('keeps notation keys as written, counts them and warns, so no flag is lost', async () => {
    const text = 'estado,valor\nA,1.5\nB,ND\nC,NE\nD,ND\nE,2\n';
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, writeFixture(temp.dir, 'marcas.csv', text));
    expect(storedRows(ws, result.dataset).rows.map((r) => r[1])).toEqual([
      1.5,
      'ND',
      'NE',
      'ND',
      2,
    ]);
    expect(result.columns[1]).toMatchObject({ type: 'number', mismatches: 0 });
    const warning = result.warnings.find((w) => w.code === 'MARKERS');
    expect(warning?.message.en).toContain('ND ×2');
    ws.close();
  });

  it('counts a late value that does not fit instead of failing', async () => {
    const lines = [
      'id,valor',
      ...Array.from({ length: 800 }, (_, i) => `${i},${i * 2}`),
      '800,ver nota',
    ];
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, writeFixture(temp.dir, 'tarde.csv', lines.join('\n')));
    expect(result.columns[1]).toMatchObject({ type: 'integer', mismatches: 1 });
    const warning = result.warnings.find((w) => w.code === 'TYPE_MISMATCH');
    expect(warning?.row).toBe(802);
    expect(storedRows(ws, result.dataset, 1000).rows.at(-1)).toEqual([800, 'ver nota']);
    ws.close();
  });

  it('turns an integer column into number when decimals show up late', async () => {
    const lines = ['id,valor', ...Array.from({ length: 700 }, (_, i) => `${i},${i}`), '700,0.5'];
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, writeFixture(temp.dir, 'decimales.csv', lines.join('\n')));
    expect(result.columns[1].type).toBe('number');
    ws.close();
  });

  it('types a column that is empty in the first rows from the whole file', async () => {
    const lines = [
      'id,raro',
      ...Array.from({ length: 700 }, (_, i) => `${i},`),
      '700,0.0009052',
      '701,12',
    ];
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, writeFixture(temp.dir, 'vacia.csv', lines.join('\n')));
    expect(result.columns[1].type).toBe('number');
    expect(storedRows(ws, result.dataset, 1000).rows.at(-2)).toEqual([700, 0.0009052]);
    ws.close();
  });

  it('follows header-row, skip-row, delimiter and name overrides', async () => {
    const text = 'titulo|x\nnota|y\nclave|valor\n01|5\n02|6\n';
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, writeFixture(temp.dir, 'override.txt', text), {
      headerRows: [3, 3],
      delimiter: '|',
      name: 'mis-datos',
    });
    expect(result.dataset).toBe('mis-datos');
    expect(result.columns.map((c) => c.name)).toEqual(['clave', 'valor']);
    expect(storedRows(ws, 'mis-datos').rows).toEqual([
      ['01', 5],
      ['02', 6],
    ]);
    ws.close();
  });

  it('keeps the original bytes and their SHA-256', async () => {
    const text = 'a,b\n1,2\n';
    const ws = newWorkspace(temp.dir);
    const result = await importInto(ws, writeFixture(temp.dir, 'hash.csv', text));
    const expected = (await import('node:crypto')).createHash('sha256').update(text).digest('hex');
    expect(result.sha256).toBe(expected);
    const row = ws.db.prepare('SELECT size, sha256 FROM sources').get() as {
      size: number;
      sha256: string;
    };
    expect(row).toEqual({ size: text.length, sha256: expected });
    ws.close();
  });

  it('names a second import of the same file apart', async () => {
    const file = writeFixture(temp.dir, 'dos veces.csv', 'a,b\n1,2\n');
    const ws = newWorkspace(temp.dir);
    expect((await importInto(ws, file)).dataset).toBe('dos-veces');
    expect((await importInto(ws, file)).dataset).toBe('dos-veces-2');
    ws.close();
  });
});
