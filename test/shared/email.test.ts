import { describe, expect, it } from 'vitest';
import { isSingleEmail } from '#shared/email';
import { parsePayload } from '#shared/ipc/contract';

describe('isSingleEmail', () => {
  it.each(['ana@example.com', 'o.neil+studio@estudio-norte.es', 'josé@bodega.example', 'a_b@sub.domain.co.uk'])('accepts %s', (email) => {
    expect(isSingleEmail(email)).toBe(true);
  });
  it.each([
    'x@y.com,spy@evil.com',
    'x@y.com spy@evil.com',
    'x@y.com;spy@evil.com',
    'x@y.com\r\nBcc: spy@evil.com',
    'x@y.com%0D%0ABcc:spy@evil.com',
    'victim@x.com?attach=/home/u/.ssh/id_rsa',
    'x@y.com#frag',
    'Ana <ana@example.com>',
    'ana@localhost',
    'ana@@example.com',
    '.ana@example.com',
    'an..a@example.com',
    'ana@-example.com',
    'ana',
    '',
  ])('refuses %j', (email) => {
    expect(isSingleEmail(email)).toBe(false);
  });
});

describe('saving an e-mail address', () => {
  it('refuses more than one address on a client or a colleague, and accepts one', () => {
    const client = { name: 'Bodega', source: 'web', status: 'active' };
    expect(parsePayload('createClient', { ...client, email: 'x@y.com,spy@evil.com' })).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'email' }] } });
    expect(parsePayload('updateClient', { id: 'c1', email: 'x@y.com\nBcc: spy@evil.com' }).ok).toBe(false);
    expect(parsePayload('createColleague', { name: 'Marta', specialties: [], languages: ['es'], email: 'a@b.com, c@d.com' }).ok).toBe(false);
    expect(parsePayload('updateColleague', { id: 'k1', email: 'a@b.com?cc=c@d.com' }).ok).toBe(false);
    expect(parsePayload('createClient', { ...client, email: ' ana@bodega.example ' })).toMatchObject({ ok: true, value: { email: 'ana@bodega.example' } });
    expect(parsePayload('updateClient', { id: 'c1', email: null }).ok).toBe(true);
  });
});
