/**
 * One e-mail address, checked strictly: what is saved on a client or a colleague ends up
 * in a `mailto:` link, where a comma adds a recipient and `?`, `%` or a line break add headers.
 */

// Local part: the RFC 5322 atom characters minus `%` and `?`; domain: labels of letters, digits
// and inner hyphens (any script), at least two of them.
const EMAIL = /^[\p{L}\p{N}.!#$&'*+/=^_`{|}~-]{1,64}@(?=.{1,253}$)[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)+$/u;

/** Whether `text` is exactly one e-mail address: no list, no spaces, no line breaks, no query. */
export function isSingleEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text) && !text.startsWith('.') && !text.includes('..');
}
