import type { Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy: its own origin only. Styles may be inline because
 * MapLibre and Svelte set element styles at run time; no inline or foreign script anywhere.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'"
].join('; ');

/** Headers for `vite preview` (and any static host configured alike); frame-ancestors needs a header. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin'
};

/** Puts the policy into the built index.html too, so any static host serves it. Not in dev: Vite's HMR injects inline code. */
export function cspMeta(): Plugin {
  return {
    name: 'jjj-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }]
  };
}
