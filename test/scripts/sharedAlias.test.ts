/**
 * `#shared/...` names shared/ for every consumer outside it, and shared/ itself stays
 * relative: the lint rules that keep shared/ pure and the renderer behind one door still
 * catch what they caught, and every build resolves the alias to the same folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import config from '../../electron.vite.config';
import { clientStats } from '#shared/rules';

const root = join(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** Every TypeScript file under `dir`, skipping build output and dependencies. */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!['node_modules', 'out', '.git', '.tmp', 'dist', 'release', 'fixtures'].includes(entry.name)) out.push(...sources(path));
    } else if (/\.(ts|tsx)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** The build config itself loads these before any alias exists, so they reach shared/ relatively. */
const CONFIG_CHAIN = ['electron/main/mailto.ts'];

const SPECIFIER = /(?:from\s+|import\s*\(\s*|import\s+|vi\.mock\(\s*)['"]([^'"]+)['"]/g;

describe('the #shared alias', () => {
  it('resolves in this test: the rules it imports are the real ones', () => {
    expect(typeof clientStats).toBe('function');
  });

  it('keeps shared/ pure and relative', async () => {
    expect(await restricted('shared/rules/probe.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toHaveLength(1);
    expect(await restricted('shared/rules/probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect(await restricted('shared/rules/probe.ts', "import { LIMITS } from '#shared/model';\nexport const x = LIMITS;\n")).toEqual([
      expect.stringContaining('relative path'),
    ]);
    expect(await restricted('shared/rules/probe.ts', "import { LIMITS } from '../model';\nexport const x = LIMITS;\n")).toEqual([]);
  }, 30_000);

  it('lets the renderer and the backend import shared/ by it, and still keeps their doors', async () => {
    expect(await restricted('renderer/src/screens/Probe.tsx', "import { clientStats } from '#shared/rules';\nexport const x = clientStats;\n")).toEqual([]);
    expect(await restricted('renderer/src/screens/Probe.tsx', "import { call } from '../api';\nexport const x = call;\n")).toEqual([
      expect.stringContaining('through the store'),
    ]);
    expect(await restricted('renderer/src/screens/Probe.tsx', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect(await restricted('electron/backend/probe.ts', "import { LIMITS } from '#shared/model';\nexport const x = LIMITS;\n")).toEqual([]);
    expect(await restricted('electron/backend/probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
  }, 30_000);

  it('points at shared/ in the main, preload and renderer builds', () => {
    const builds = config as unknown as Record<'main' | 'preload' | 'renderer', { resolve?: { alias?: { find: RegExp; replacement: string }[] } }>;
    for (const name of ['main', 'preload', 'renderer'] as const) {
      const alias = builds[name].resolve?.alias?.find((a) => a.find.test('#shared/model'));
      expect(alias, name).toBeDefined();
      expect(resolve('#shared/rules/index.ts'.replace(alias!.find, alias!.replacement))).toBe(join(root, 'shared/rules/index.ts'));
    }
    const tsconfig = readFileSync(join(root, 'tsconfig.base.json'), 'utf8');
    expect(tsconfig).toMatch(/"#shared\/\*": \["\.\/shared\/\*"\]/);
  });

  it('is how every file outside shared/ reaches it, and no shared file (nor the build config\'s chain) uses it', () => {
    const climbing: string[] = [];
    const aliased: string[] = [];
    const shared = join(root, 'shared');
    for (const file of sources(root)) {
      const inShared = file.startsWith(shared + '/');
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        // The build config's own chain loads before the alias exists: there, the alias breaks the build.
        if ((inShared || CONFIG_CHAIN.includes(relative(root, file))) && spec!.startsWith('#shared')) aliased.push(relative(root, file));
        if (!inShared && !CONFIG_CHAIN.includes(relative(root, file)) && spec!.startsWith('.') && `${resolve(dirname(file), spec!)}/`.startsWith(`${shared}/`)) climbing.push(`${relative(root, file)}: ${spec}`);
      }
    }
    expect(climbing).toEqual([]);
    expect(aliased).toEqual([]);
  });
});
