/** The handler table: joined from the domains without a channel twice, and the typed caller. */
import { afterEach, describe, expect, it } from 'vitest';
import { combine } from '../../electron/backend/handlers/types';
import { open, tempDir } from '../support/backend';
import type { Backend } from '../../electron/backend';

describe('the handler table', () => {
  it('refuses a channel handled by two domains', () => {
    expect(() => combine({ getSettings: () => ({}) as never }, { getSettings: () => ({}) as never })).toThrow(/getSettings/);
    expect(Object.keys(combine({ getTimer: () => null }, { discardTimer: () => null }))).toEqual(['getTimer', 'discardTimer']);
  });
});

describe('call', () => {
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
  });

  it('answers with the channel’s typed envelope, a refusal included', async () => {
    ({ backend } = await open(tempDir()));
    const client = await backend.call('createClient', { name: 'Panadería Sol', source: 'web', status: 'active' });
    expect(client.ok && client.value.name).toBe('Panadería Sol');
    const settings = await backend.call('getSettings');
    expect(settings.ok && settings.value.currency).toBeTruthy();
    const missing = await backend.call('deleteClient', { id: 'nobody' });
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.error.code).toBe('not-found');
  });
});
