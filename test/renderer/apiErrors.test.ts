import { describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/src/api';
import { i18n } from '../../renderer/src/i18n';

describe('errors a person reads', () => {
  it('says a change was saved when it was, and claims nothing about it otherwise', async () => {
    await i18n.changeLanguage('es');
    expect(new ApiError('saved-not-shown', 'x').message).toMatch(/^Tu cambio se ha guardado, pero ClientFit no ha podido mostrarlo\. Reinicia ClientFit/);
    expect(new ApiError('internal', 'Nothing was changed (x).').message).not.toMatch(/no se cambió nada/);
    await i18n.changeLanguage('en');
    expect(new ApiError('saved-not-shown', 'x').message).toMatch(/^Your change was saved, but ClientFit could not show it\. Restart ClientFit/);
  });
});
