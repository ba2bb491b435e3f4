import { X509Certificate } from 'node:crypto';
import { childrenOf, descendantsOf, NS, type XmlElement } from './parse.js';

/** Facts SAML rules ask of SP metadata; one place, so the rules agree. */

export const BINDING = {
  post: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
  redirect: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
} as const;
export const SAML2_PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
export const PERSISTENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';
export const URI_FORMAT = 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri';

/** A certificate in a KeyDescriptor, with the uses it serves (no `use` means both). */
export interface KeyCertificate {
  readonly uses: readonly ('signing' | 'encryption')[];
  readonly element: XmlElement;
  readonly base64: string;
}

export function keyCertificates(sp: XmlElement): KeyCertificate[] {
  return childrenOf(sp, NS.md, 'KeyDescriptor').flatMap((kd) => {
    const use = kd.attributes['use'];
    const uses: ('signing' | 'encryption')[] = use === 'signing' ? ['signing'] : use === 'encryption' ? ['encryption'] : ['signing', 'encryption'];
    return descendantsOf(kd, NS.ds, 'X509Certificate').map((element) => ({ uses, element, base64: element.text.replace(/\s+/g, '') }));
  });
}

/** The parsed certificate, or undefined when the text is not a DER certificate in base64. */
export function parseCertificate(base64: string): X509Certificate | undefined {
  try {
    return new X509Certificate(Buffer.from(base64, 'base64'));
  } catch {
    return undefined;
  }
}

/** Text left over from a template: example hosts, placeholders in brackets or braces, TODO markers. */
export function looksLikePlaceholder(value: string): boolean {
  return /example\.(com|org|net|dk)|localhost|127\.0\.0\.1|\b(todo|changeme|replace[-_ ]?me|xxx+|your[-_ ]?(domain|service|host))\b|\{[^}]*\}|\[[^\]]*\]|<[^>]*>/i.test(value);
}
