import { readProfile, writeProfile } from '../../engine/workspace/profile';
import { defaultActor } from '../../engine/workspace/actor';
import type { Command } from '../command';

/** `ficha whoami`: who changes are stamped with, and how to say so. */
export const whoamiCommand: Command = {
  name: 'whoami',
  summary: {
    es: 'Muestra o guarda quién usa Ficha en esta computadora (nombre, correo y área), con lo que se firman los cambios.',
    en: 'Shows or saves who uses Ficha on this computer (name, e-mail and area), which changes are stamped with.',
  },
  usage: 'whoami [--name N] [--email E] [--area A] [--json]',
  arguments: [],
  options: [
    { name: 'name', kind: 'string', value: 'N', summary: { es: 'su nombre', en: 'your name' } },
    {
      name: 'email',
      kind: 'string',
      value: 'E',
      summary: { es: 'su correo institucional', en: 'your work e-mail' },
    },
    { name: 'area', kind: 'string', value: 'A', summary: { es: 'su área', en: 'your area' } },
  ],
  json: true,
  async run(context) {
    const { io, options, env } = context;
    const current = readProfile(env);
    if (options.has('name') || options.has('email') || options.has('area')) {
      writeProfile(
        {
          name: options.string('name') ?? current?.name ?? '',
          email: options.string('email') ?? current?.email ?? '',
          area: options.string('area') ?? current?.area ?? '',
        },
        env,
      );
    }

    const actor = defaultActor(env);
    const profile = readProfile(env);
    if (io.json) {
      io.printJson({ actor, profile });
      return 0;
    }
    io.out(
      `${actor.name}${actor.email ? ` <${actor.email}>` : ''}${actor.area ? ` — ${actor.area}` : ''}\n`,
    );
    if (!profile) {
      io.say({
        es: 'Aún no hay perfil: guárdelo con «ficha whoami --name … --email … --area …».',
        en: 'No profile yet: save it with `ficha whoami --name … --email … --area …`.',
      });
    }
    return 0;
  },
};
