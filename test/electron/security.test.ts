import { beforeEach, describe, expect, it } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  lockNavigation,
  lockSession,
  metaPolicy,
} from '../../electron/main/security';
import { FakeSession, FakeWebContents, resetElectronDouble } from '../support/electron-double';

const APP_URL = 'file:///opt/ClientFit/resources/app.asar/out/renderer/index.html';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

beforeEach(() => resetElectronDouble());

describe('Content-Security-Policy', () => {
  it('is strict: self only, no eval, no plugins, no base or form targets', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
  });

  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it("in dev adds only the dev server's websocket, to connect-src", () => {
    const dev = directives(contentSecurityPolicy('http://localhost:5173'));
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(dev.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy(undefined)).toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicy('javascript:alert(1)')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('leaves frame-ancestors out of the <meta> version, where browsers ignore it', () => {
    const meta = metaPolicy(CONTENT_SECURITY_POLICY);
    expect(meta).not.toContain('frame-ancestors');
    expect(directives(meta).get('script-src')).toEqual(["'self'"]);
  });
});

describe('lockNavigation', () => {
  const opened: string[] = [];
  let contents: FakeWebContents;
  beforeEach(() => {
    opened.length = 0;
    contents = new FakeWebContents(APP_URL);
    lockNavigation(contents as unknown as WebContents, APP_URL, (url) => opened.push(url));
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'http://localhost:5173/', 'javascript:alert(1)'])(
    'prevents navigating to %s',
    (url) => {
      expect(contents.navigate(url).prevented).toBe(true);
      expect(contents.navigate(url, 'will-redirect').prevented).toBe(true);
    },
  );

  it("allows the app's own page (a reload, a hash route)", () => {
    expect(contents.navigate(APP_URL).prevented).toBe(false);
    expect(contents.navigate(`${APP_URL}#/clients`).prevented).toBe(false);
  });

  it('denies every new window and sends https and mailto links to the system', () => {
    const open = (url: string) => contents.windowOpenHandler?.({ url });
    expect(open('https://colleague.example/')).toEqual({ action: 'deny' });
    expect(open('mailto:ana@example.com')).toEqual({ action: 'deny' });
    expect(open('http://insecure.example/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open(APP_URL)).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://colleague.example/', 'mailto:ana@example.com']);
  });

  it('opens no mailto link that carries more than one address, a subject and a body', () => {
    const open = (url: string) => contents.windowOpenHandler?.({ url });
    for (const url of ['mailto:victim@x.com?attach=/home/u/.ssh/id_rsa', 'mailto:x@y.com,spy@evil.com', 'mailto:x@y.com%0D%0ABcc:spy@evil.com']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual([]);
  });

  it.each(['file:///etc/passwd', 'https://evil.example/', 'app://other/index.html'])('prevents a frame inside the page from navigating to %s', (url) => {
    expect(contents.navigate(url, 'will-frame-navigate').prevented).toBe(true);
  });

  it('refuses to attach a webview', () => {
    expect(contents.navigate('about:blank', 'will-attach-webview').prevented).toBe(true);
  });
});

describe('lockSession', () => {
  let session: FakeSession;
  beforeEach(() => {
    session = new FakeSession();
    lockSession(session as unknown as Session, CONTENT_SECURITY_POLICY);
  });

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])('denies a %s request and check', (permission) => {
    let granted: boolean | undefined;
    session.permissionRequestHandler?.({}, permission, (g) => (granted = g));
    expect(granted).toBe(false);
    expect(session.permissionCheckHandler?.({}, permission, 'file://')).toBe(false);
  });

  it('replaces any policy in the response headers with the app policy', () => {
    let response: { responseHeaders?: Record<string, string[]> } | undefined;
    session.headersListener?.(
      { url: 'http://localhost:5173/', responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } },
      (r) => (response = r),
    );
    expect(response?.responseHeaders).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
