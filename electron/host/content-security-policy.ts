/**
 * The Content-Security-Policy of the renderer, the same in the desktop app
 * (app:// responses and a meta tag written into the built index.html) and
 * in the web host (a header on every page). Scripts only from the app;
 * no eval, no network but the app's own origin, no frames, no plugins.
 * Inline styles are allowed because the grid positions cells with style
 * attributes; inline scripts are not.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
].join('; ');

/** Headers sent with every page and file of the renderer. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
