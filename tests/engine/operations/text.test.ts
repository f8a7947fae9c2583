import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applySteps } from '../../../electron/engine/recipes/apply-steps';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addTable, readTable, tempWorkspace } from '../recipes/fixture';

let workspace: Workspace;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, cleanup } = tempWorkspace());
  addTable(
    workspace,
    'estados',
    [
      ['estado', 'text'],
      ['valor', 'integer'],
    ],
    [
      ['  Michoacán\u00a0 de  Ocampo ', 1],
      ['ESTADO DE MÉXICO', 2],
      [null, 3],
      ['nuevo león', 4],
    ],
  );
});
afterEach(() => cleanup());

describe('text operations', () => {
  it('trims and collapses spaces, non-breaking ones too', () => {
    applySteps(workspace, 'estados', [{ op: 'trim', column: 'estado' }]);
    expect(readTable(workspace, 'estados').rows.map((r) => r[0])).toEqual([
      'Michoacán de Ocampo',
      'ESTADO DE MÉXICO',
      null,
      'nuevo león',
    ]);
  });

  it('upper-cases Spanish letters that SQLite upper() misses', () => {
    applySteps(workspace, 'estados', [{ op: 'change-case', column: 'estado', case: 'upper' }]);
    expect(readTable(workspace, 'estados').rows[3]).toEqual(['NUEVO LEÓN', 4]);
  });

  it('title-cases names keeping Spanish connectors lower case', () => {
    applySteps(workspace, 'estados', [{ op: 'change-case', column: 'estado', case: 'title' }]);
    expect(readTable(workspace, 'estados').rows[1][0]).toBe('Estado de México');
  });

  it('lower-cases only the rows a filter selects', () => {
    applySteps(workspace, 'estados', [
      {
        op: 'change-case',
        column: 'estado',
        case: 'lower',
        filters: [{ column: 'valor', op: 'gt', value: 1 }],
      },
    ]);
    const column = readTable(workspace, 'estados').rows.map((r) => r[0]);
    expect(column).toEqual([
      '  Michoacán\u00a0 de  Ocampo ',
      'estado de méxico',
      null,
      'nuevo león',
    ]);
  });

  it('removes accents for keys', () => {
    applySteps(workspace, 'estados', [{ op: 'remove-accents', column: 'estado' }]);
    expect(readTable(workspace, 'estados').rows[1][0]).toBe('ESTADO DE MEXICO');
  });

  it('normalizes decomposed text to NFC', () => {
    addTable(workspace, 'nfd', [['t', 'text']], [['Me\u0301xico']]);
    applySteps(workspace, 'nfd', [{ op: 'normalize', column: 't' }]);
    expect(readTable(workspace, 'nfd').rows[0][0]).toBe('México');
  });

  it('replaces literal text without treating it as a pattern', () => {
    applySteps(workspace, 'estados', [{ op: 'replace', column: 'estado', find: '.', replace: '' }]);
    expect(readTable(workspace, 'estados').rows[1][0]).toBe('ESTADO DE MÉXICO');
  });

  it('replaces by regular expression with groups', () => {
    applySteps(workspace, 'estados', [
      { op: 'replace', column: 'estado', find: '^(\\S+) (\\S+)$', replace: '$2, $1', regex: true },
    ]);
    expect(readTable(workspace, 'estados').rows[3][0]).toBe('león, nuevo');
  });

  it('keeps numbers as integers when text functions pass over them', () => {
    applySteps(workspace, 'estados', [{ op: 'trim', column: 'valor' }]);
    const type = workspace.db
      .prepare(`SELECT typeof(valor) FROM ${'"' + readTableName() + '"'} LIMIT 1`)
      .pluck()
      .get();
    expect(type).toBe('integer');
  });
});

function readTableName(): string {
  return workspace.db
    .prepare(`SELECT table_name FROM datasets WHERE name = 'estados'`)
    .pluck()
    .get() as string;
}
