import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const electronDouble = fileURLToPath(new URL('./test/support/electron-double.ts', import.meta.url));
/** `#shared/...` is shared/ in every project, as tsconfig.base.json's paths and the app's builds say. */
const sharedAlias = { find: /^#shared\//, replacement: fileURLToPath(new URL('./shared/', import.meta.url)) };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/backend/**/*.test.ts', 'test/electron/**/*.test.ts', 'test/scripts/**/*.test.ts'],
          server: { deps: { inline: ['electron-store'] } },
          testTimeout: 60_000,
        },
        resolve: { alias: [sharedAlias, { find: 'electron', replacement: electronDouble }] },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
        resolve: { alias: [sharedAlias] },
      },
      {
        plugins: [react()],
        resolve: { alias: [sharedAlias] },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
});
