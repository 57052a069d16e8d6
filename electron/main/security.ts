/**
 * What the app window may load, navigate to, open and ask for. The decisions are
 * pure functions; the `lock*` functions attach them to Electron objects handed in.
 * Only type imports from 'electron': the build config reads the policy from here.
 */
import type { Session, WebContents } from 'electron';
import { safeMailto } from './mailto';

const DIRECTIVES: [name: string, sources: string[]][] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  // React sets style attributes and the charts inline theirs.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
  ['form-action', ["'none'"]],
];

function serialize(directives: [string, string[]][]): string {
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The app's Content-Security-Policy, as sent in the header and written into index.html. */
export const CONTENT_SECURITY_POLICY = serialize(DIRECTIVES);

/**
 * The policy for a page served by the dev server: the same, plus the dev server's
 * websocket (hot reload) in connect-src. Without a dev server URL, the strict policy.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  const dev = devServerUrl ? parseUrl(devServerUrl) : null;
  if (!dev || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) return CONTENT_SECURITY_POLICY;
  const socket = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
  return serialize(DIRECTIVES.map(([name, sources]) => [name, name === 'connect-src' ? [...sources, socket] : sources]));
}

/** A policy fit for a `<meta>` tag: browsers ignore frame-ancestors there and warn about it. */
export function metaPolicy(policy: string): string {
  return policy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors '))
    .join('; ');
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is the app's own page: for the app:// scheme, the same host (the handler
 * serves only the renderer's files there); for a file:// app, the same file (any hash or
 * query); for the dev server, the same origin.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const target = parseUrl(url);
  const app = parseUrl(appUrl);
  if (!target || !app) return false;
  if (app.protocol === 'app:') {
    return target.protocol === 'app:' && target.host === app.host && target.username === '' && target.password === '' && target.port === '';
  }
  if (app.protocol === 'file:') {
    return target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname;
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') return target.origin === app.origin;
  return false;
}

/**
 * The link to hand to the system, or null: web pages over https as they are, and e-mail
 * links rebuilt from one checked address, a subject and a body (see mailto.ts).
 */
export function externalUrl(url: string): string | null {
  if (/^mailto:/i.test(url)) return safeMailto(url);
  const parsed = parseUrl(url);
  if (!parsed) return null;
  // Credentials in a link are a classic way to disguise where it really goes.
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '' ? url : null;
}

/** Only web pages over https and email links to one address leave the app, to the system's handlers. */
export function isAllowedExternalUrl(url: string): boolean {
  return externalUrl(url) !== null;
}

/**
 * Keeps a page on the app: navigation away is prevented, in the top frame and in any
 * frame inside it, new windows are denied (https and mailto links go to the system
 * instead), webviews are refused.
 */
export function lockNavigation(contents: WebContents, appUrl: string, openExternal: (url: string) => unknown): void {
  const keepHome = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', keepHome);
  // A frame's navigation (an iframe's included) is checked like the page's own.
  contents.on('will-frame-navigate', keepHome);
  contents.on('will-redirect', keepHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrl(url);
    if (external !== null) void openExternal(external);
    return { action: 'deny' };
  });
}

/** Denies every permission (camera, notifications, geolocation...) and sets the CSP header. */
export function lockSession(session: Session, policy: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string | string[]> = {};
    // Header names are case-insensitive: drop any policy the server sent, keep ours.
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
}
