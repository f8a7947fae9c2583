import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh per-run token: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares a presented token with the run's one in constant time. */
export function tokenMatches(presented: string | null | undefined, token: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Refuses requests whose Host header is not this server by its loopback
 * names, so a page on another site that rebinds its DNS name to 127.0.0.1
 * cannot talk to the host.
 */
export function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Refuses cross-origin browser requests: an Origin, when sent, must be ours. */
export function originAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** The token an API request carries, in `Authorization: Bearer` or `x-ficha-token`. */
export function headerToken(request: IncomingMessage): string | null {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim();
  const header = request.headers['x-ficha-token'];
  return typeof header === 'string' ? header : null;
}

/** The name of the cookie that lets a browser load pages after the first one. */
export function cookieName(port: number): string {
  // Cookies ignore ports, so two hosts on one machine must not share a name.
  return `ficha_token_${port}`;
}

/** Reads one cookie from a request. */
export function readCookie(request: IncomingMessage, name: string): string | null {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/** The Set-Cookie value that remembers the token for the page's own files. */
export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
