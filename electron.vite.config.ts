import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, metaPolicy } from './electron/main/security';

const root = import.meta.dirname;

/** `#shared/...` imports read shared/ in every build (main, preload, renderer and its workers), as tsconfig.base.json's paths say. */
const sharedAlias = [{ find: /^#shared\//, replacement: `${resolve(root, 'shared')}/` }];

const CSP_META = /\s*<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/i;
const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Writes the app's policy into index.html as its first `<meta>` (one source: security.ts).
 * In dev it also allows the dev server's websocket, and loads React's refresh preamble
 * as a module instead of the inline script the React plugin injects, which
 * `script-src 'self'` would block.
 */
function contentSecurityPolicyHtml(): Plugin {
  const inlinePreamble = `<script type="module">${react.preambleCode.replace('__BASE__', '/')}</script>`;
  return {
    name: 'clientfit:content-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const devUrl = ctx.server ? (ctx.server.resolvedUrls?.local[0] ?? `http://localhost:${ctx.server.config.server.port}`) : undefined;
        const policy = metaPolicy(devUrl ? contentSecurityPolicy(devUrl) : CONTENT_SECURITY_POLICY);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(policy)}">`;
        // First in <head>: a <meta> policy only governs what comes after it.
        let out = html.replace(CSP_META, '').replace(/<head>/i, `<head>\n    ${meta}`);
        if (devUrl) out = out.replace(inlinePreamble, '<script type="module" src="/@id/__x00__@vitejs/plugin-react/preamble"></script>');
        return out;
      },
    },
  };
}

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/main',
      // Runtime packages stay in node_modules (electron-builder ships them); conf comes with electron-store.
      externalizeDeps: { include: ['conf'] },
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
      },
    },
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: everything it uses is bundled in.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), contentSecurityPolicyHtml()],
    resolve: { alias: sharedAlias },
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Shipped minified: a third of the bytes to read and parse at every start.
      minify: true,
      // One bundle read from the local disk at start: splitting it would only add requests.
      chunkSizeWarningLimit: 1024,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
