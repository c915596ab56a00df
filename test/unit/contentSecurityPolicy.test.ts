import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  cspMetaTag,
  insertCspMeta,
} from '../../scripts/contentSecurityPolicy';

const PAGE =
  '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n  </head>\n  <body></body>\n</html>';

/** The plugin's transformIndexHtml handler, as Vite calls it. */
function transformOf(plugin: Plugin): (html: string) => string {
  const hook = plugin.transformIndexHtml as { handler: (html: string) => string };
  return hook.handler;
}

/** Its writeBundle hook, called with a bundle of one page. */
function checkWritten(plugin: Plugin, fileName: string, source: string): void {
  const hook = plugin.writeBundle as (options: unknown, bundle: unknown) => void;
  hook.call({}, {}, { [fileName]: { type: 'asset', fileName, source } });
}

describe('the Content-Security-Policy build step', () => {
  it('puts the policy first in the head', () => {
    const html = transformOf(contentSecurityPolicy())(PAGE);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const first = doc.head.firstElementChild;
    expect(first?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(first?.getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('keeps scripts to our own origin and allows what the app needs', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    for (const needed of ["worker-src 'self' blob:", "img-src 'self' data: blob:", "style-src 'self' 'unsafe-inline'"])
      expect(CONTENT_SECURITY_POLICY).toContain(needed);
  });

  it('works with a head that has attributes', () => {
    expect(insertCspMeta('<html><head data-x="1"><title>t</title></head></html>')).toContain(
      `<head data-x="1">\n    ${cspMetaTag(CONTENT_SECURITY_POLICY)}`,
    );
  });

  it.each([
    ['a page without a head', '<html><body></body></html>', /no <head>/],
    ['a <header> only', '<html><header></header></html>', /no <head>/],
    [
      'a page that already has a policy',
      PAGE.replace('<head>', '<head><meta http-equiv="content-security-policy" content="x">'),
      /already has/,
    ],
  ])('fails the build for %s', (_name, html, message) => {
    expect(() => transformOf(contentSecurityPolicy())(html)).toThrow(message);
  });

  it('refuses a policy that would break out of the attribute', () => {
    expect(() => insertCspMeta(PAGE, `default-src 'self'" onload="x`)).toThrow(/must not contain/);
  });

  it('fails the build when the written page lacks the policy', () => {
    const plugin = contentSecurityPolicy();
    expect(() => checkWritten(plugin, 'index.html', PAGE)).toThrow(/without the Content-Security-Policy/);
    expect(() => checkWritten(plugin, 'index.html', insertCspMeta(PAGE))).not.toThrow();
  });
});
