import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../test/rule-docs.js';
import { RULES } from './index.js';

/**
 * Severities that follow the source's own words (ruleset 2026.12.0). Each row says why; the CHANGELOG
 * lists the same changes. A rule moving back to a stricter level must change this table on purpose.
 */
const DECIDED: readonly { id: string; severity: 'error' | 'warning' | 'info'; level: 'MUST' | 'SHOULD' | 'MAY'; why: string }[] = [
  { id: 'saml-entity-id', severity: 'warning', level: 'SHOULD', why: 'sources disagree on the https://saml. prefix (FoxIDs "can optionally", Safewhere "should", OIOSAML.Java uses http://saml.)' },
  { id: 'saml-want-assertions-signed', severity: 'warning', level: 'SHOULD', why: 'no source says NemLog-in rejects metadata without WantAssertionsSigned; split from saml-signed-requests' },
  { id: 'saml-signed-requests', severity: 'error', level: 'MUST', why: 'NemLog-in requires all requests to be signed' },
  { id: 'saml-single-logout-bindings', severity: 'info', level: 'MAY', why: 'the one-binding advice dates from OIOSAML 2; OIOSAML.Java emits three' },
  { id: 'saml-certificate-renewal', severity: 'warning', level: 'SHOULD', why: 'the 60-day margin is our own; rotation is normal' },
  { id: 'oas-operations-secured', severity: 'warning', level: 'SHOULD', why: 'AR 2.5 allows public data and no Danish text demands security on every operation; x-public was our own invention' },
  { id: 'oas-refs-local', severity: 'warning', level: 'SHOULD', why: 'a remote or out-of-bid $ref is allowed by OpenAPI: the warning says it was not followed (it protects the checker)' },
  { id: 'oas-refs-resolve', severity: 'error', level: 'MUST', why: 'a reference inside the bid that leads nowhere leaves the specification incomplete; split from oas-refs-local' },
  { id: 'oas-no-cpr-in-url', severity: 'warning', level: 'SHOULD', why: 'sound, but derived from AR 4.1: no Danish normative text forbids CPR numbers in URLs' },
  { id: 'sol-deviations-explained', severity: 'error', level: 'MUST', why: 'KL: a deviation "bør altid forklares" — the justification is demanded, no longer the mitigation' },
  { id: 'sol-deviations-mitigated', severity: 'warning', level: 'SHOULD', why: 'the mitigation is our advice, not KL’s requirement; split from sol-deviations-explained' },
  { id: 'sol-interfaces-open-standards', severity: 'warning', level: 'SHOULD', why: 'AR 2.3 says "så vidt muligt"; the web-service guidelines call themselves good practice' },
  { id: 'sol-exit-export', severity: 'warning', level: 'SHOULD', why: 'AR 2.3 says "så vidt muligt"' },
  { id: 'saml-contact-person', severity: 'warning', level: 'SHOULD', why: 'the contact-person requirements come from FoxIDs’ guides (secondary)' },
  { id: 'bid-context-handler-profile', severity: 'warning', level: 'SHOULD', why: 'the Context Handler profile is documented by FoxIDs and KOMBIT’s guide, not a normative text we could read' },
  { id: 'sol-archiving', severity: 'warning', level: 'SHOULD', why: 'the archive decides after notification whether data is preserved; the bid can only state readiness' },
  { id: 'sol-system-access', severity: 'warning', level: 'SHOULD', why: 'the catalogue states SF1470’s move to OIOIDWS; declaring the method for every integration is our procurement framing' },
  { id: 'sol-nsis-level', severity: 'warning', level: 'SHOULD', why: 'NSIS leaves the level to the service provider’s risk assessment: our mapping' },
  { id: 'sol-support-system-duties', severity: 'warning', level: 'SHOULD', why: 'the index terms are binding, but "få minutter" read as 15 minutes is ours' },
];

describe('severities follow the sources', () => {
  for (const row of DECIDED) {
    it(`${row.id} is ${row.severity} (${row.level}): ${row.why}`, () => {
      const rule = RULES.find((r) => r.id === row.id);
      expect(rule, row.id).toBeDefined();
      expect([rule?.severity, rule?.level]).toEqual([row.severity, row.level]);
    });
  }
});

describe('a rule whose source is secondary or our own says so in its docs', () => {
  for (const rule of RULES.filter((r) => r.sourceKind !== 'primary')) {
    it(`${rule.id} (${rule.sourceKind})`, () => {
      const da = readFileSync(path.join(REPO, 'rules', rule.appliesTo, rule.id, 'doc.da.md'), 'utf8');
      const en = readFileSync(path.join(REPO, 'rules', rule.appliesTo, rule.id, 'doc.en.md'), 'utf8');
      if (rule.sourceKind === 'secondary') expect([/sekundær/i.test(da), /secondary/i.test(en)]).toEqual([true, true]);
      else expect([/rammetjeks egen/i.test(da), /rammetjek’s own/i.test(en)]).toEqual([true, true]);
    });
  }
});
