/** The languages of the CLI's messages. */
export type Language = 'es' | 'en';

/**
 * The language of messages: Spanish when the locale (LC_ALL, then
 * LC_MESSAGES, then LANG, as POSIX orders them) starts with `es`, English
 * otherwise.
 */
export function detectLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value && value.trim());
  return locale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
