/**
 * The app:// handler serves the built renderer and nothing else: not a file beside it, not
 * one reached through `..` (plain or encoded), not another host, not a hidden file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_URL, registerAppScheme, resolveAppPath, serveApp } from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY, isAppUrl } from '../../electron/main/security';
import { net, protocol, resetElectronDouble } from '../support/electron-double';

let top: string;
let root: string;
beforeAll(() => {
  top = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-protocol-'));
  root = path.join(top, 'out', 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>ClientFit</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, '.secret.js'), 'nope');
  fs.writeFileSync(path.join(root, 'notes.sh'), 'rm -rf /');
  fs.writeFileSync(path.join(top, 'out', 'main.js'), 'main process code');
  fs.writeFileSync(path.join(top, 'passwd'), 'root:x:0:0');
});

beforeEach(() => {
  resetElectronDouble();
  registerAppScheme(protocol);
  serveApp(protocol, net, root, CONTENT_SECURITY_POLICY);
});

describe('app:// protocol', () => {
  it('is registered as standard and secure', () => {
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves the page and its assets with the app policy', async () => {
    const page = await protocol.request(APP_URL);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>ClientFit</title>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html');
    const script = await protocol.request('app://clientfit/assets/index-abc.js');
    expect(await script.text()).toBe('console.log(1)');
    expect(script.headers.get('content-type')).toBe('text/javascript');
    expect((await protocol.request('app://clientfit/')).status).toBe(200);
  });

  it.each([
    'app://x/../../etc/passwd',
    'app://x/index.html',
    'app://clientfit/../passwd',
    'app://clientfit/..%2F..%2Fpasswd',
    'app://clientfit/..%2f..%2fmain.js',
    'app://clientfit/%2e%2e/main.js',
    'app://clientfit/assets/..%5C..%5Cmain.js',
    'app://clientfit/..%252F..%252Fpasswd',
    'app://clientfit/index.html%00.js',
    'app://clientfit/.secret.js',
    'app://clientfit/notes.sh',
    'app://clientfit/missing.js',
    'app://clientfit/assets',
    'app://clientfit:8080/index.html',
  ])('refuses %s without reading anything outside the renderer folder', async (url) => {
    const response = await protocol.request(url);
    expect(response.status).toBe(404);
    for (const fetched of net.fetched) expect(decodeURIComponent(new URL(fetched).pathname).startsWith(root + path.sep)).toBe(true);
  });

  it('refuses what is not a GET or HEAD', async () => {
    expect((await protocol.request(APP_URL, 'POST')).status).toBe(404);
  });

  it('resolves only paths inside the folder', () => {
    expect(resolveAppPath(APP_URL, root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://x/../../etc/passwd', root)).toBeNull();
    expect(resolveAppPath('app://clientfit/..%2F..%2Fetc%2Fpasswd', root)).toBeNull();
    expect(resolveAppPath('file:///etc/passwd', root)).toBeNull();
    expect(resolveAppPath('app://user:pw@clientfit/index.html', root)).toBeNull();
    expect(resolveAppPath('app://clientfit/%E0%A4%A', root)).toBeNull();
  });

  it("treats app://clientfit as the app's own page, and nothing else", () => {
    expect(isAppUrl(`${APP_URL}#/clients`, APP_URL)).toBe(true);
    expect(isAppUrl('app://clientfit/assets/index-abc.js', APP_URL)).toBe(true);
    expect(isAppUrl('app://evil/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', APP_URL)).toBe(false);
    expect(isAppUrl('https://clientfit/index.html', APP_URL)).toBe(false);
  });
});
