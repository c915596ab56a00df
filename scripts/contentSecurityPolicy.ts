import type { Plugin } from 'vite';

/**
 * No remote origin, no inline script. Workers are built files ('self'); downloads and the image
 * export use blob: and data: URLs; Cytoscape sets inline styles on its canvases.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const HEAD = /<head(?:\s[^>]*)?>/i;
const CSP_META = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy/i;

/** The meta tag for a policy. */
export const cspMetaTag = (policy: string): string =>
  `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

/**
 * The page with the policy as the first element of its head (before any script or style can run).
 * Throws when it cannot be added (no head, a policy already there, a policy that would break the
 * attribute), so a build never ships without it.
 */
export function insertCspMeta(html: string, policy: string = CONTENT_SECURITY_POLICY): string {
  if (/["<>&]/.test(policy)) throw new Error('clusnet-csp: the policy must not contain " < > or &');
  if (CSP_META.test(html)) throw new Error('clusnet-csp: index.html already has a Content-Security-Policy meta tag');
  if (!HEAD.test(html))
    throw new Error('clusnet-csp: index.html has no <head>: cannot add the Content-Security-Policy');
  return html.replace(HEAD, (head) => `${head}\n    ${cspMetaTag(policy)}`);
}

/**
 * Adds the policy to the production build only (the dev server injects an inline React-refresh
 * preamble that the policy would block), and fails the build if the written page lacks it.
 */
export function contentSecurityPolicy(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'clusnet-csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => insertCspMeta(html, policy) },
    writeBundle(_options, bundle) {
      const pages = Object.values(bundle).filter((file) => file.fileName.endsWith('.html'));
      if (pages.length === 0) throw new Error('clusnet-csp: the build wrote no HTML page');
      for (const page of pages) {
        const source = page.type === 'asset' ? String(page.source) : '';
        if (!source.includes(cspMetaTag(policy)))
          throw new Error(`clusnet-csp: ${page.fileName} was written without the Content-Security-Policy`);
      }
    },
  };
}
