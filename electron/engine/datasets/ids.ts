import { randomBytes } from 'node:crypto';

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A new identifier: 16 lowercase base-32 characters, the first ten from the
 * time in milliseconds (so ids sort by creation) and six random ones.
 */
export function newId(now: number = Date.now()): string {
  let time = '';
  let rest = now;
  for (let i = 0; i < 10; i++) {
    time = alphabet[rest % 32] + time;
    rest = Math.floor(rest / 32);
  }
  const random = [...randomBytes(6)].map((byte) => alphabet[byte % 32]).join('');
  return time + random;
}
