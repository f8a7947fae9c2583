import { say } from '../options';
import type { Rule } from '../types';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** A contact e-mail that looks like an address. */
export const emailFormat: Rule = {
  id: 'email-format',
  title: say('Correo de contacto válido', 'Valid contact e-mail'),
  check(subject) {
    const email = subject.ficha.contact.email.trim();
    if (email === '' || emailPattern.test(email)) return [];
    return [
      {
        location: { field: 'contact.email' },
        message: say(
          `«${email}» no es un correo válido.`,
          `«${email}» is not a valid e-mail address.`,
        ),
      },
    ];
  },
};
