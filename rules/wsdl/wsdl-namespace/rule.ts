/**
 * A contract's target namespace names it for everyone who uses it. http://tempuri.org/ is the
 * placeholder .NET and other toolkits write when nobody chose one; Serviceplatformen's contracts use
 * http://serviceplatformen.dk/xml/wsdl/… (AR 7.1).
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'wsdl-namespace',
  catalogueId: 'WSDL-004',
  title: { da: 'Kontrakten har sit eget navnerum', en: 'The contract has a namespace of its own' },
  architectureRules: ['AR 7.1'],
  appliesTo: 'wsdl',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://www.w3.org/TR/wsdl.html', 'https://digitaliseringskataloget.dk/'],
  messages: {
    missing: { da: 'Kontrakten har intet targetNamespace.', en: 'The contract has no targetNamespace.' },
    tempuri: { da: 'targetNamespace er standardværdien {ns}, som værktøjet skriver, når ingen har valgt et navnerum.', en: 'targetNamespace is the default {ns} a toolkit writes when nobody chose a namespace.' },
  },
  fix: {
    da: 'Giv kontrakten et targetNamespace under et domæne, I ejer, med version, fx http://byggesag.nordlys.dk/xml/wsdl/soap11/Ansoegning/1.',
    en: 'Give the contract a targetNamespace under a domain you own, with a version, e.g. http://byggesag.nordlys.dk/xml/wsdl/soap11/Application/1.',
  },
  check(wsdl, context) {
    if (!wsdl.targetNamespace) context.report({ at: wsdl.root, messageId: 'missing' });
    else if (/^https?:\/\/tempuri\.org/i.test(wsdl.targetNamespace)) context.report({ at: wsdl.root, messageId: 'tempuri', data: { ns: wsdl.targetNamespace } });
  },
});
