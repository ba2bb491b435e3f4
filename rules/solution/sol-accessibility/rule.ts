/**
 * Public websites and apps must meet EN 301 549 (WCAG 2.1 AA) and publish an accessibility statement,
 * made in digst's WAS-Tool at was.digst.dk (webtilgængelighedsloven). The statement is reached on
 * was.digst.dk or through the standardised address <the site's domain>/was, which redirects there.
 * Applies to self-service for citizens and businesses.
 */
import { isPublicSelfService } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-accessibility',
  catalogueId: 'SD-028',
  title: { da: 'Løsningen er tilgængelig og har en tilgængelighedserklæring', en: 'The solution is accessible and has an accessibility statement' },
  architectureRules: ['AR 5.1', 'AR 2.2'],
  appliesTo: 'solution',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digst.dk/digital-service/webtilgaengelighed/om-tilgaengelighedserklaering/'],
  messages: {
    noStandard: { da: 'Løsningen opfylder ikke en standard for webtilgængelighed (EN 301 549 / WCAG 2.1 AA).', en: 'The solution meets no web accessibility standard (EN 301 549 / WCAG 2.1 AA).' },
    noStatement: { da: 'Der er ingen tilgængelighedserklæring.', en: 'There is no accessibility statement.' },
    notWas: { da: 'Tilgængelighedserklæringen ligger på {host} og hverken på was.digst.dk, hvor den skal laves og offentliggøres, eller på den standardiserede adresse <domæne>/was.', en: 'The accessibility statement is on {host}, neither on was.digst.dk, where it must be made and published, nor at the standardised address <domain>/was.' },
  },
  fix: {
    da: 'Opfyld EN 301 549 (WCAG 2.1 AA), lav tilgængelighedserklæringen i WAS-Tool på was.digst.dk, og angiv accessibility.standard og accessibility.statementUrl.',
    en: 'Meet EN 301 549 (WCAG 2.1 AA), make the accessibility statement in WAS-Tool at was.digst.dk, and give accessibility.standard and accessibility.statementUrl.',
  },
  applies: ({ doc }) => isPublicSelfService(doc),
  check({ doc }, context) {
    const a = doc.accessibility;
    const at = a ? '/accessibility' : '';
    if (!a?.standard || a.standard === 'none') context.report({ at: a?.standard ? '/accessibility/standard' : at, messageId: 'noStandard' });
    if (!a?.statementUrl) {
      context.report({ at, messageId: 'noStatement' });
      return;
    }
    const url = parse(a.statementUrl);
    const host = url?.hostname.toLowerCase();
    const standardised = url !== undefined && /^\/was\/?$/i.test(url.pathname);
    if (host !== undefined && host !== 'was.digst.dk' && host !== 'www.was.digst.dk' && !standardised) {
      context.report({ at: '/accessibility/statementUrl', messageId: 'notWas', data: { host } });
    }
  },
});

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined; // the schema rule reports a malformed address
  }
}
