/**
 * Main rebuilds every mailto link from one checked address, a subject and a body, and
 * refuses anything else, through the openExternal channel and the window-open handler.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMailto, parseMailto, safeMailto } from '../../electron/main/mailto';
import { registerChannels, appFrameCheck } from '../../electron/main/ipc';
import { fakeFrame, ipcMainDouble, resetElectronDouble, shell } from '../support/electron-double';

const hostile = [
  'mailto:victim@x.com?attach=/home/u/.ssh/id_rsa',
  'mailto:victim@x.com?subject=Hi&attach=%2Fhome%2Fu%2F.ssh%2Fid_rsa',
  'mailto:x@y.com,spy@evil.com',
  'mailto:x@y.com%2Cspy@evil.com',
  'mailto:x@y.com?cc=spy@evil.com',
  'mailto:x@y.com?bcc=spy@evil.com',
  'mailto:x@y.com?to=spy@evil.com',
  'mailto:x@y.com%0D%0ABcc:spy@evil.com',
  'mailto:x@y.com?subject=Hi%0D%0ABcc:%20spy@evil.com',
  'mailto:x@y.com?subject=a&subject=b',
  'mailto:x@y.com?Subject=Hi',
  'mailto:x@y.com#frag',
  'mailto:x@y.com?body=%E0%A4%A',
  'mailto:?to=x@y.com',
  'mailto:x y@z.com',
  'mailto:',
];

describe('parseMailto / safeMailto', () => {
  it.each(hostile)('refuses %s', (url) => {
    expect(parseMailto(url)).toBeNull();
    expect(safeMailto(url)).toBeNull();
  });

  it('rebuilds an address with its subject and body, line breaks in the body kept', () => {
    const url = `mailto:ana@example.com?subject=${encodeURIComponent('Tu proyecto & más')}&body=${encodeURIComponent('Hola Ana,\r\n\r\nGracias.')}`;
    expect(parseMailto(url)).toEqual({ to: 'ana@example.com', subject: 'Tu proyecto & más', body: 'Hola Ana,\r\n\r\nGracias.' });
    expect(safeMailto(url)).toBe(url);
    expect(safeMailto('mailto:ana@example.com')).toBe('mailto:ana@example.com');
    expect(buildMailto({ to: "o'neil+x@ejemplo.es", subject: 'a=b&c' })).toBe("mailto:o'neil%2Bx@ejemplo.es?subject=a%3Db%26c");
  });
});

describe('openExternal with mailto', () => {
  const APP_URL = 'file:///opt/ClientFit/resources/app.asar/out/renderer/index.html';
  let call: (url: string) => Promise<unknown>;
  let unregister: () => void;
  beforeEach(() => {
    resetElectronDouble();
    const frame = fakeFrame(APP_URL);
    unregister = registerChannels({ backend: { invoke: async () => ({ ok: true, value: null }) } }, appFrameCheck(() => frame, APP_URL));
    const handler = ipcMainDouble.handlers.get('openExternal')!;
    call = (url) => Promise.resolve(handler({ senderFrame: frame }, { url }));
  });
  afterEach(() => unregister());

  it.each(hostile)('refuses %s and opens nothing', async (url) => {
    await expect(call(url)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(shell.opened).toEqual([]);
  });

  it('hands the system the rebuilt link', async () => {
    await expect(call('mailto:ana@example.com?subject=Hola&body=L%C3%ADnea%0D%0AOtra')).resolves.toEqual({ ok: true, value: null });
    expect(shell.opened).toEqual(['mailto:ana@example.com?subject=Hola&body=L%C3%ADnea%0D%0AOtra']);
  });
});
