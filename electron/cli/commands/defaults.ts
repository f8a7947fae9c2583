import { FichaError } from '../../../shared/errors';
import { workspaceDefaultsSchema } from '../../../shared/metadata/model';
import type { WorkspaceDefaults } from '../../../shared/metadata/model';
import type { Command } from '../command';
import { workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';
import { parseAssignment } from './meta';

/** Field paths of the workspace defaults that `--set` accepts. */
export const defaultsFieldPaths = [
  'publisher.name',
  'publisher.acronym',
  'publisher.govType',
  'publisher.homepage',
  'areas',
  'area',
  'contact.name',
  'contact.position',
  'contact.email',
  'license',
  'category',
  'urlPattern',
  'landingPagePattern',
  'language',
] as const;

/** `ficha defaults WS`: shows or sets what every new dataset's ficha starts with. */
export const defaultsCommand: Command = {
  name: 'defaults',
  summary: {
    es: 'Muestra o cambia los valores por omisión de la ficha (institución, área, contacto, licencia, URL).',
    en: "Shows or sets the ficha's defaults (institution, area, contact, license, URL pattern).",
  },
  usage: 'defaults WS [--set FIELD=VALUE]... [--json]',
  arguments: [workspaceArgument],
  options: [
    {
      name: 'set',
      kind: 'list',
      value: 'FIELD=VALUE',
      summary: {
        es: `cambia un valor: ${defaultsFieldPaths.join(', ')}`,
        en: `set a value: ${defaultsFieldPaths.join(', ')}`,
      },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const sets = options.list('set').map(parseAssignment);

    const defaults = await withWorkspace(
      context,
      args[0],
      { readOnly: sets.length === 0 },
      async (session) => {
        const current = await session.call('defaults.get', {});
        if (sets.length === 0) return current;
        const next = sets.reduce((d, { field, value }) => setDefault(d, field, value), current);
        return session.call('defaults.set', { defaults: next });
      },
    );

    if (io.json) io.printJson(defaults);
    else io.out(`${JSON.stringify(defaults, null, 2)}\n`);
    return 0;
  },
};

/** Sets one default from text; lists (areas) are comma-separated. */
export function setDefault(
  defaults: WorkspaceDefaults,
  field: string,
  value: string,
): WorkspaceDefaults {
  if (!(defaultsFieldPaths as readonly string[]).includes(field)) {
    throw new FichaError('OPTION_INVALID', {
      option: field,
      reason: `unknown default; use one of ${defaultsFieldPaths.join(', ')}`,
    });
  }
  const copy = structuredClone(defaults) as Record<string, Record<string, unknown> | unknown>;
  const text = value.trim();
  const parsedValue =
    field === 'areas'
      ? text
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean)
      : text;
  const [head, tail] = field.split('.');
  if (tail) (copy[head] as Record<string, unknown>)[tail] = parsedValue;
  else copy[head] = parsedValue;

  const parsed = workspaceDefaultsSchema.safeParse(copy);
  if (!parsed.success) {
    throw new FichaError('OPTION_INVALID', {
      option: field,
      reason: parsed.error.issues[0].message,
    });
  }
  return parsed.data;
}
