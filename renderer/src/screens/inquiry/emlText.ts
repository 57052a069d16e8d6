/**
 * A .eml file as the text the inquiry reader takes: its From and Subject as header lines,
 * then the body. postal-mime decodes MIME, quoted-printable, base64 and charsets; an
 * HTML-only message is turned into text by the browser's own HTML parser.
 */
import PostalMime from 'postal-mime';

const BLOCK = new Set(['P', 'DIV', 'TR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'BLOCKQUOTE', 'UL', 'OL', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);

/** The text of an HTML body, one line per block or line break, paragraphs apart. */
export function htmlToText(html: string, Parser: typeof DOMParser = DOMParser): string {
  const doc = new Parser().parseFromString(html, 'text/html');
  doc.querySelectorAll('style, script, head, title').forEach((n) => n.remove());
  let out = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out += (child.textContent ?? '').replace(/\s+/g, ' ');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') out += '\n';
        else {
          const block = BLOCK.has(tag);
          if (block) out += '\n';
          walk(child);
          if (block) out += tag === 'P' ? '\n\n' : '\n';
        }
      }
    }
  };
  walk(doc.body);
  return out
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The e-mail's From, Subject and body as one text, the way a mail client shows it when copied. */
export async function emlToText(source: ArrayBuffer | Uint8Array | string, Parser?: typeof DOMParser): Promise<string> {
  const email = await PostalMime.parse(source);
  const lines: string[] = [];
  const from = email.from;
  if (from && 'address' in from && from.address) lines.push(`From: ${from.name ? `${from.name} ` : ''}<${from.address}>`);
  if (email.subject) lines.push(`Subject: ${email.subject}`);
  const text = email.text?.trim() ? email.text : email.html ? htmlToText(email.html, Parser) : '';
  const body = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  return `${lines.join('\n')}${lines.length ? '\n\n' : ''}${body}\n`;
}
