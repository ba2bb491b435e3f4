import type { Localized } from '../core/text.js';

/**
 * What a parser's English message means, said as a reader would say it. The parsers (JSON.parse,
 * js-yaml, fast-xml-parser) speak English and sometimes quote the input; a report shows this
 * sentence, with the parser's own words, cut short and without quoted input, only as detail.
 */
const MEANINGS: readonly (readonly [RegExp, Localized])[] = [
  // js-yaml
  [/bad indentation of a mapping entry/, { da: 'forkert indrykning af en nøgle', en: 'a key is indented wrongly' }],
  [/bad indentation of a sequence entry/, { da: 'forkert indrykning af et punkt i en liste', en: 'a list item is indented wrongly' }],
  [/deficient indentation/, { da: 'for lidt indrykning', en: 'too little indentation' }],
  [/duplicated mapping key/, { da: 'den samme nøgle står to gange', en: 'the same key appears twice' }],
  [/tab characters must not be used in indentation/, { da: 'tabulatortegn må ikke bruges til indrykning; brug mellemrum', en: 'tab characters must not be used for indentation; use spaces' }],
  [/within a flow collection/, { da: 'en liste i [ ] eller et objekt i { } bliver ikke lukket', en: 'a list in [ ] or an object in { } is not closed' }],
  [/missed comma between flow collection entries/, { da: 'der mangler et komma mellem to elementer', en: 'a comma is missing between two entries' }],
  [/within a (?:single|double) quoted scalar/, { da: 'en tekst i anførselstegn bliver ikke lukket', en: 'a quoted text is not closed' }],
  [/multiline key may not be an implicit key/, { da: 'en nøgle kan ikke strække sig over flere linjer (mangler der et kolon eller et anførselstegn?)', en: 'a key cannot run over several lines (is a colon or a quotation mark missing?)' }],
  [/incomplete explicit mapping pair/, { da: 'et par af nøgle og værdi er ufuldstændigt', en: 'a key–value pair is incomplete' }],
  [/end of the stream or a document separator is expected/, { da: 'der står tekst, hvor dokumentet skulle være slut (forkert indrykning?)', en: 'there is text where the document should end (wrong indentation?)' }],
  [/expected a single document in the stream/, { da: 'filen rummer flere YAML-dokumenter (adskilt af ---); rammetjek læser ét dokument pr. fil', en: 'the file holds several YAML documents (separated by ---); rammetjek reads one document per file' }],
  [/unknown tag/, { da: 'et YAML-tag, som rammetjek ikke kender; tags bliver aldrig udført', en: 'a YAML tag rammetjek does not know; tags are never run' }],
  [/unidentified alias/, { da: 'et alias (*navn), der ikke er defineret', en: 'an alias (*name) that is not defined' }],
  [/cannot merge mappings/, { da: 'en fletning med << kan ikke udføres', en: 'a merge with << cannot be made' }],
  [/non-printable characters|null byte/, { da: 'filen indeholder styretegn eller NUL-tegn, som ikke hører hjemme i tekst', en: 'the file holds control or NUL characters, which do not belong in text' }],
  [/expands to more than/, { da: 'dokumentet udfolder sig til for mange elementer gennem YAML-aliasser', en: 'the document expands to too many nodes through YAML aliases' }],
  // JSON.parse (V8)
  [/Unexpected end of JSON input/, { da: 'filen slutter, før JSON-dokumentet er færdigt', en: 'the file ends before the JSON document is complete' }],
  [/Expected property name/, { da: 'der forventes et navn i anførselstegn', en: 'a name in quotation marks is expected' }],
  [/Expected ',' or '\}' after property value|Expected ',' or '\]' after array element/, { da: 'der mangler et komma eller en afsluttende parentes', en: 'a comma or a closing bracket is missing' }],
  [/Bad control character in string literal/, { da: 'en tekst indeholder et styretegn (fx tabulator eller linjeskift)', en: 'a string holds a control character (a tab or line break, say)' }],
  [/Unterminated string/, { da: 'en tekst i anførselstegn bliver ikke lukket', en: 'a quoted string is not closed' }],
  [/Unexpected non-whitespace character after JSON/, { da: 'der står mere efter JSON-dokumentets slutning', en: 'there is more after the end of the JSON document' }],
  [/Unexpected token/, { da: 'et tegn, der ikke hører hjemme her', en: 'a character that does not belong here' }],
  // fast-xml-parser's validator and our own XML checks
  [/DOCTYPE or entity declaration/, { da: 'en DOCTYPE- eller entitetserklæring er ikke tilladt (entiteter udfoldes aldrig)', en: 'a DOCTYPE or entity declaration is not allowed (entities are never expanded)' }],
  [/Expected closing tag|closing tag .* has not been opened|Closing tag .* is expected/i, { da: 'et XML-element lukkes forkert', en: 'an XML element is closed wrongly' }],
  [/Unclosed tag|tags? (?:is|are) not closed/i, { da: 'et XML-element bliver ikke lukket', en: 'an XML element is not closed' }],
  [/Attribute .* is repeated|Attributes? .* (?:without value|has no space|is an invalid name)|attribute/i, { da: 'en XML-attribut er skrevet forkert', en: 'an XML attribute is written wrongly' }],
  [/nests deeper than/, { da: 'dokumentet har for mange niveauer', en: 'the document nests too deeply' }],
  [/no root element|Start tag expected|char .* is not expected|Invalid/i, { da: 'teksten er ikke velformet XML', en: 'the text is not well-formed XML' }],
];

/** The parser's words, short and without quoted input (a message must not echo what a file holds). */
function detail(message: string): string {
  const own = message.replace(/, ".*" is not valid JSON$/s, '').replace(/\s+/g, ' ').trim();
  return own.length > 120 ? `${own.slice(0, 117)}…` : own;
}

/** A parse failure as a sentence in both languages: what is wrong, then the parser's own words (`fromParser`: not one of rammetjek's own refusals). */
export function explainParseFailure(message: string, format: 'yaml' | 'json' | 'xml', fromParser: boolean): Localized {
  const meaning = MEANINGS.find(([pattern]) => pattern.test(message))?.[1];
  const words = detail(message);
  const name = format.toUpperCase();
  if (meaning && !fromParser) return meaning;
  if (!meaning) return { da: `teksten er ikke gyldig ${name} (parserens besked: ${words})`, en: `the text is not valid ${name} (the parser says: ${words})` };
  return { da: `${meaning.da} (parserens besked: ${words})`, en: `${meaning.en} (the parser says: ${words})` };
}
