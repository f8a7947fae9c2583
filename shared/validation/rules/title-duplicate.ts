import { foldText } from '../../vocabularies/fold';
import { say } from '../options';
import type { Rule } from '../types';

/**
 * A title no other dataset of the workspace uses (the portal required
 * unique titles across institutions and appended " de <institución>").
 */
export const titleDuplicate: Rule = {
  id: 'title-duplicate',
  title: say('Título único en el espacio de trabajo', 'Title unique in the workspace'),
  check(subject) {
    const key = foldText(subject.ficha.title);
    if (key === '') return [];
    const clash = (subject.siblings ?? []).find(
      (s) => s.name !== subject.dataset && foldText(s.title) === key,
    );
    if (!clash) return [];
    const acronym = subject.ficha.publisher.acronym || subject.ficha.publisher.name;
    return [
      {
        location: { field: 'title' },
        message: say(
          `El conjunto «${clash.name}» ya usa el título «${clash.title}».`,
          `Dataset «${clash.name}» already uses the title «${clash.title}».`,
        ),
        ...(acronym
          ? {
              fix: {
                kind: 'field' as const,
                field: 'title',
                value: `${subject.ficha.title} de ${acronym}`,
              },
            }
          : {}),
      },
    ];
  },
};
