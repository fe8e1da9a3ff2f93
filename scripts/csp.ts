import type { Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy: its own origin only. Styles may be inline because
 * MapLibre and Svelte set element styles at run time; no inline or foreign script anywhere.
 */
const basemap = process.env.VITE_BASEMAP_STYLE ? new URL(process.env.VITE_BASEMAP_STYLE).origin : '';
const extra = basemap ? ` ${basemap}` : '';

/** Only an opted-in basemap (VITE_BASEMAP_STYLE at build time) adds one more origin, for its tiles. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob:${extra}`,
  `font-src 'self' data:${extra}`,
  `connect-src 'self' data: blob:${extra}`,
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
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }
    ]
  };
}
