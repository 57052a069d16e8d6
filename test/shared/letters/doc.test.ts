import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LETTERS_DOC, lettersDoc } from '../../../scripts/letters-doc';

describe('docs/letters.md', () => {
  it('is what the app writes today: run `npm run docs:letters` after changing a letter', () => {
    expect(fs.readFileSync(LETTERS_DOC, 'utf8')).toBe(lettersDoc());
  });

  it('shows every kind in Spanish tú, Spanish usted and English, greeting the contact and signed', () => {
    const doc = lettersDoc();
    for (const register of ['## Español, tú', '## Español, usted', '## English']) expect(doc).toContain(register);
    expect(doc.match(/^### /gm)).toHaveLength(15);
    expect(doc.match(/```text/g)).toHaveLength(15);
    expect(doc).toContain('Hola, Elena:');
    expect(doc).toContain('Buenos días, Elena:');
    expect(doc).toContain('Hola:');
    expect(doc).toContain('Hello,');
    expect(doc).toContain('Hi Rachel,');
    expect(doc).not.toMatch(/undefined|null|NaN|\{\{/);
    // Each letter ends with the sample's signature.
    expect(doc.match(/Alba Ferrán\nEstudio Alba Ferrán\n```/g)).toHaveLength(10);
    expect(doc.match(/Alice Porter\nPorter Studio\n```/g)).toHaveLength(5);
  });
});
