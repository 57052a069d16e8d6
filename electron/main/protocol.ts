/**
 * The renderer is served from `app://clientfit/`, not `file://`: under `file://`, the CSP's
 * `'self'` means every file on the disk, so one injected tag could run a script from any
 * folder or frame any local page. Under its own scheme, `'self'` means the app only, and
 * the handler serves only files inside the built renderer folder.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Net, Protocol } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'clientfit';
/** The app's page. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** What the built renderer holds; anything else is not served, even from inside its folder. */
const SERVED_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.png', '.jpg', '.webp', '.ico', '.woff', '.woff2', '.ttf', '.json', '.txt']);

/**
 * Registers `app:` as a standard, secure scheme (relative URLs, a real origin, module
 * scripts and fetch allowed). Electron accepts this only before the app is ready.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/**
 * The file an `app:` URL names inside `root`, or null: another host, a path that decodes to
 * something leaving `root` (`..`, encoded slashes, NUL), a folder, or a kind of file the
 * renderer does not ship. `/` is the page.
 */
export function resolveAppPath(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password || parsed.port) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, `.${pathname}`);
  const rel = path.relative(base, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  if (rel.split(path.sep).some((part) => part.startsWith('.'))) return null; // no hidden files or folders
  if (!SERVED_EXTENSIONS.has(path.extname(file).toLowerCase())) return null;
  return file;
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Answers `app:` requests with files of `root` (through `net.fetch` of their file URL), each
 * with the app's Content-Security-Policy; anything outside the allow-list is a 404.
 */
export function serveApp(protocol: Pick<Protocol, 'handle'>, net: Pick<Net, 'fetch'>, root: string, policy: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const file = resolveAppPath(request.url, root);
    if (!file) return notFound();
    let response: Response;
    try {
      response = await net.fetch(pathToFileURL(file).toString());
    } catch {
      return notFound();
    }
    if (!response.ok) return notFound();
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', policy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: 200, headers });
  });
}
