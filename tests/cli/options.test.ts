import { describe, expect, it } from 'vitest';
import type { OptionSpec } from '../../electron/cli/command';
import { detectLanguage } from '../../electron/cli/language';
import { parseArguments } from '../../electron/cli/options';
import { createIo } from '../../electron/cli/io';
import { progressReporter } from '../../electron/cli/progress';
import { formatTable } from '../../electron/cli/table-format';

const summary = { es: 'x', en: 'x' };
const specs: OptionSpec[] = [
  { name: 'json', kind: 'boolean', summary },
  { name: 'sheet', kind: 'string', summary },
  { name: 'limit', kind: 'number', summary },
  { name: 'set', kind: 'list', summary },
];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('parsing command arguments', () => {
  it('reads flags, values after a space or an equals sign, and positionals in order', () => {
    const parsed = parseArguments(
      'x',
      ['ws.ficha', '--sheet', 'Hoja 1', '--limit=5', 'datos', '--json'],
      specs,
    );
    expect(parsed.positionals).toEqual(['ws.ficha', 'datos']);
    expect(parsed.options.string('sheet')).toBe('Hoja 1');
    expect(parsed.options.number('limit')).toBe(5);
    expect(parsed.options.boolean('json')).toBe(true);
    expect(parsed.options.has('set')).toBe(false);
  });

  it('collects a repeated option in order', () => {
    const parsed = parseArguments('x', ['--set', 'a=b', '--set=c=d'], specs);
    expect(parsed.options.list('set')).toEqual(['a=b', 'c=d']);
  });

  it('keeps values that start with a dash and treats everything after -- as positional', () => {
    const parsed = parseArguments('x', ['--sheet', '-1', '--', '--json'], specs);
    expect(parsed.options.string('sheet')).toBe('-1');
    expect(parsed.positionals).toEqual(['--json']);
    expect(parsed.options.boolean('json')).toBe(false);
  });

  it('refuses unknown options, missing values and numbers that are not whole', () => {
    expect(codeOf(() => parseArguments('x', ['--nope'], specs))).toBe('OPTION_UNKNOWN');
    expect(codeOf(() => parseArguments('x', ['--sheet'], specs))).toBe('OPTION_VALUE_MISSING');
    expect(codeOf(() => parseArguments('x', ['--limit', '1.5'], specs))).toBe('OPTION_NOT_NUMBER');
  });
});

describe('the language of messages', () => {
  it('is Spanish for es locales and English otherwise, LC_ALL first', () => {
    expect(detectLanguage({ LANG: 'es_MX.UTF-8' })).toBe('es');
    expect(detectLanguage({ LANG: 'es_MX.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(detectLanguage({ LC_MESSAGES: 'es_ES', LANG: 'C' })).toBe('es');
    expect(detectLanguage({})).toBe('en');
  });
});

describe('the progress reporter', () => {
  function capture(isTTY: boolean, quiet = false, language: 'es' | 'en' = 'en') {
    let text = '';
    const io = createIo(
      { stdout: { write: () => true }, stderr: { write: (t: string) => (text += t), isTTY } },
      { language, quiet, json: false },
    );
    let now = 0;
    const report = progressReporter(io, () => (now += 5000));
    return { report, text: () => text };
  }

  it('draws a bar on a terminal', () => {
    const { report, text } = capture(true);
    report({ phase: 'reading', done: 50, total: 100, unit: 'rows' });
    expect(text()).toContain('[##############..............]  50% reading 50 / 100 rows');
    report.done();
    expect(text().endsWith('\r\u001b[K')).toBe(true);
  });

  it('prints plain lines when stderr is not a terminal, and nothing when quiet', () => {
    const plain = capture(false);
    plain.report({ phase: 'reading', done: 2_000_000, total: null, unit: 'bytes' });
    expect(plain.text()).toBe('reading 2.0 MB\n');
    const quiet = capture(false, true);
    quiet.report({ phase: 'reading', done: 1, total: 2, unit: 'rows' });
    expect(quiet.text()).toBe('');
  });

  it('names the engine’s phases and units in the command’s language', () => {
    const spanish = capture(false, false, 'es');
    spanish.report({ phase: 'export.data', done: 20_000, total: 1_000_000, unit: 'rows' });
    expect(spanish.text()).toBe('escribiendo los datos 20,000 / 1,000,000 filas\n');
  });
});

describe('printed tables', () => {
  it('aligns columns and right-aligns numbers', () => {
    expect(
      formatTable(
        ['name', 'rows'],
        [
          ['a', '5'],
          ['bbb', '1,000'],
        ],
        ['left', 'right'],
      ),
    ).toBe('name   rows\n----  -----\na         5\nbbb   1,000\n');
  });
});
