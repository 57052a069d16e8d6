import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { BackupsSection } from '../../renderer/src/screens/settings/BackupsSection';
import { Toasts } from '../../renderer/src/components/Toasts';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import type { BackupInfo, ChannelName } from '#shared/ipc/contract';
import { refusal, type Refusal } from '#shared/ipc/reasons';
import { DEFAULT_SETTINGS, EMPTY_DATASET } from '#shared/model';

const backup: BackupInfo = { id: '2026-12-03T07-59-00-000Z', date: '2026-12-03', createdAt: '2026-12-03T07:59:00.000Z', files: 8, bytes: 4096 };

/** A `window.api` whose restores answer, in turn, with `answers` (a refusal, or the restored data). */
function backend(answers: (Refusal | 'ok')[]): ChannelName[] {
  const calls: ChannelName[] = [];
  window.api = new Proxy({} as typeof window.api, {
    get: (_t, name: ChannelName) => async () => {
      calls.push(name);
      if (name === 'listBackups') return { ok: true, value: [backup] };
      if (name === 'restoreBackup') {
        const next = answers.shift();
        return next === 'ok' ? { ok: true, value: EMPTY_DATASET } : { ok: false, error: next };
      }
      if (name === 'getSettings') return { ok: true, value: useApp.getState().settings };
      if (name === 'getTimer' || name === 'getDataset') return { ok: true, value: name === 'getTimer' ? null : EMPTY_DATASET };
      return { ok: false, error: refusal('unknown-channel', { channel: name }, 'no answer') };
    },
  });
  return calls;
}

const damaged = refusal('backup-damaged', { id: backup.id, file: 'projects.json', detail: 'Unexpected end of JSON input' }, 'damaged');
const diskFull = refusal('write-disk-full', {}, 'disk full');

async function openDialog(language: 'es' | 'en') {
  await i18n.changeLanguage(language);
  useApp.setState({ status: 'ready', toasts: [], settings: { ...DEFAULT_SETTINGS, language } });
  const user = userEvent.setup();
  render(
    <>
      <BackupsSection />
      <Toasts />
    </>,
  );
  await user.click(await screen.findByRole('button', { name: language === 'es' ? /^Restaurar la copia del/ : /^Restore the backup of/ }));
  return { user, dialog: screen.getByRole('dialog') };
}

beforeEach(() => {
  useApp.setState({ toasts: [] });
});

describe('the restore dialog after a refusal', () => {
  it('says why inside the dialog, in Spanish, with the focus on the message and Close usable; no retry for a damaged backup', async () => {
    backend([damaged]);
    const { user, dialog } = await openDialog('es');
    await user.click(within(dialog).getByRole('button', { name: /^Restaurar la copia del/ }));

    const message = await within(dialog).findByRole('alert');
    // The backup named by when it was taken, as the list shows it, not by its folder's name.
    expect(message).toHaveTextContent(/^La copia del 3 dic 2026, \d{1,2}:\d{2} no se puede restaurar porque su archivo projects.json está dañado/);
    expect(message).toHaveFocus();
    // Nothing looks busy, and trying the same damaged backup again would only fail again.
    expect(within(dialog).queryByRole('status')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: /Restaurar la copia del|Reintentar/ })).toBeNull();
    // The refusal is said once, where the person is looking: no toast repeats it.
    expect(useApp.getState().toasts).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Cerrar' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers to try again when the disk may clear up, and closes as usual once the restore succeeds', async () => {
    const calls = backend([diskFull, 'ok']);
    const { user, dialog } = await openDialog('en');
    await user.click(within(dialog).getByRole('button', { name: /^Restore the backup of/ }));

    const message = await within(dialog).findByRole('alert');
    expect(message).toHaveTextContent(/disk is full/i);
    expect(message).toHaveFocus();
    const again = within(dialog).getByRole('button', { name: 'Try again' });
    expect(again).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeEnabled();

    await user.click(again);
    expect(await screen.findByText('Your data was restored.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.filter((c) => c === 'restoreBackup')).toHaveLength(2);
  });
});
