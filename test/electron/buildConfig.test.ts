import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import config from '../../electron.vite.config';
import { CONTENT_SECURITY_POLICY, metaPolicy } from '../../electron/main/security';
import react from '@vitejs/plugin-react';

const plugin = (config as { renderer: { plugins: unknown[] } }).renderer.plugins
  .flat(Infinity)
  .find((p): p is Plugin => (p as Plugin | null)?.name === 'clientfit:content-security-policy')!;
const transform = plugin.transformIndexHtml as { handler: (html: string, ctx: unknown) => string };

const leadHtml = `<!doctype html><html><head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src *" />
    <title>ClientFit</title></head><body><script type="module" src="/src/main.tsx"></script></body></html>`;

const policyIn = (html: string) => [...html.matchAll(/http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]);

describe('index.html Content-Security-Policy', () => {
  it('writes the app policy into the built page, once and first in <head>', () => {
    const html = transform.handler(leadHtml, {});
    expect(policyIn(html)).toEqual([metaPolicy(CONTENT_SECURITY_POLICY)]);
    expect(html).toMatch(/<head>\s*<meta http-equiv="Content-Security-Policy"/);
  });

  it("in dev allows the dev server's websocket and loads React's preamble without an inline script", () => {
    const preamble = `<script type="module">${react.preambleCode.replace('__BASE__', '/')}</script>`;
    const devHtml = leadHtml.replace('<head>', `<head>${preamble}`);
    const html = transform.handler(devHtml, { server: { resolvedUrls: { local: ['http://localhost:5173/'] } } });
    expect(policyIn(html)[0]).toContain("connect-src 'self' ws://localhost:5173;");
    expect(policyIn(html)[0]).toContain("script-src 'self';");
    expect(html).not.toContain('injectIntoGlobalHook');
    expect(html).toContain('src="/@id/__x00__@vitejs/plugin-react/preamble"');
  });
});
