import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LETTERS_DOC, lettersDoc } from '../../../scripts/letters-doc';

describe('docs/letters.md', () => {
  it('is what the app writes today: run `npm run docs:letters` after changing a letter', () => {
    expect(fs.readFileSync(LETTERS_DOC, 'utf8')).toBe(lettersDoc());
  });

  it('shows every kind in Spanish tú, Spanish usted and English, and a check-in with a past client, greeting the contact and signed', () => {
    const doc = lettersDoc();
    for (const register of ['## Español, tú', '## Español, usted', '## English']) expect(doc).toContain(register);
    expect(doc.match(/^### /gm)).toHaveLength(18);
    expect(doc.match(/```text/g)).toHaveLength(18);
    expect(doc).toContain('Hola, Elena:');
    expect(doc).toContain('Buenos días, Elena:');
    expect(doc).toContain('Hola:');
    expect(doc).toContain('Hello,');
    expect(doc).toContain('Hi Rachel,');
    expect(doc).not.toMatch(/undefined|null|NaN|\{\{/);
    // Each letter ends with the sample's signature.
    expect(doc.match(/Alba Ferrán\nEstudio Alba Ferrán\n```/g)).toHaveLength(12);
    expect(doc.match(/Alice Porter\nPorter Studio\n```/g)).toHaveLength(6);
    // A past client gone quiet gets a hello with the door left open, not a prospect's questions.
    const pastClient = [...doc.matchAll(/### Check-in with a past client gone quiet\n[\s\S]*?```text\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(pastClient).toHaveLength(3);
    expect(pastClient[0]).toContain('si surge un proyecto, ya sabes dónde encontrarme');
    expect(pastClient[1]).toContain('si surge un proyecto, ya sabe dónde encontrarme');
    expect(pastClient[2]).toContain('if a project comes up, you know where to find me');
    for (const letter of pastClient) expect(letter).not.toMatch(/en qué punto|where things stand|decided/);
  });
});
