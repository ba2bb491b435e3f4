/**
 * Bid strings (file names, versions, names, EntityIDs, deviation texts, messages that quote them)
 * are untrusted. Printed raw, a control character could colour or clear a terminal, set its title
 * (OSC), forge a line of the report ("\n✔ opfyldt") or a CI workflow command, or reorder what is
 * shown (bidirectional overrides). This shows every such character as a visible escape instead.
 */
// C0 controls (with tab, CR and LF), DEL, C1 controls, the Unicode line and paragraph separators,
// bidirectional marks, embeddings, overrides and isolates, and lone surrogates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The string with every control, separator and bidi character shown as an escape (`\n`, `\x1B`, `\u202E`). */
export function neutralise(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const named = NAMED[ch];
    if (named) return named;
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
