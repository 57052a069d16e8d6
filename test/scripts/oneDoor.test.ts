/**
 * The renderer's one door to the backend: the lint rule refuses the api anywhere outside
 * renderer/src/store, and no file of the renderer breaks it today.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('one door to the backend', () => {
  it('refuses importing the api in a component, at any depth', async () => {
    expect(await restricted('renderer/src/screens/Probe.tsx', "import { call } from '../api';\nexport const x = call;\n")).toEqual([
      expect.stringContaining('through the store'),
    ]);
    expect(await restricted('renderer/src/screens/client/Probe.tsx', "import { ApiError } from '../../api';\nexport const x = ApiError;\n")).toHaveLength(1);
    expect(await restricted('renderer/src/components/Probe.tsx', "export { call } from '../api';\n")).toHaveLength(1);
  }, 30_000);

  it('lets the store import it, and components import the store', async () => {
    expect(await restricted('renderer/src/store/probe.ts', "import { call } from '../api';\nexport const x = call;\n")).toEqual([]);
    expect(await restricted('renderer/src/screens/Probe.tsx', "import { attempt } from '../store';\nexport const x = attempt;\n")).toEqual([]);
    // A name that merely ends like it is not the api.
    expect(await restricted('renderer/src/screens/Probe.tsx', "import { x } from './rapid';\nexport const y = x;\n")).toEqual([]);
  }, 30_000);

  it('holds for every renderer file today', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'store') walk(path);
        } else if (/\.tsx?$/.test(entry.name) && entry.name !== 'api.ts') {
          if (/from\s+['"](\.\.?\/)+(\.\.\/)*api['"]/.test(readFileSync(path, 'utf8'))) offenders.push(relative(root, path));
        }
      }
    };
    walk(join(root, 'renderer/src'));
    expect(offenders).toEqual([]);
  });
});
