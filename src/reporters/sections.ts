import type { Localized } from '../core/text.js';

/**
 * The thematic views of the HTML and Markdown reports: which rules speak to each shared component,
 * to lock-in and exit, and to security and privacy. Rule ids only; a test keeps them in step with
 * the rule set.
 */
export interface Topic {
  readonly title: Localized;
  readonly rules: readonly string[];
}

/** The shared infrastructure a municipal solution is expected to use, and the rules that check each part. */
export const INFRASTRUCTURE: readonly Topic[] = [
  {
    title: { da: 'NemLog-in og MitID Erhverv (borgere og virksomheder)', en: 'NemLog-in and MitID Erhverv (citizens and businesses)' },
    rules: ['sol-nemlogin-for-citizens', 'bid-saml-metadata', 'saml-sp-descriptor', 'saml-entity-id', 'saml-keys', 'saml-signed-requests', 'saml-acs', 'saml-single-logout', 'saml-nameid-persistent', 'saml-oiosaml3-attributes', 'saml-certificates', 'saml-valid-until', 'saml-placeholders', 'bid-saml-minimal-attributes'],
  },
  { title: { da: 'Fælleskommunal Adgangsstyring (medarbejdere)', en: 'Joint municipal access control (staff)' }, rules: ['sol-employee-login-adgangsstyring'] },
  {
    title: { da: 'Serviceplatformen og SF-integrationer', en: 'Serviceplatformen and SF integrations' },
    rules: ['sol-integrations-known', 'bid-integration-specs', 'wsdl-document-literal', 'wsdl-https-endpoints', 'wsdl-security-policy', 'wsdl-namespace'],
  },
  { title: { da: 'Beskedfordeleren', en: 'Beskedfordeleren (event distribution)' }, rules: ['sol-events-beskedfordeler'] },
  {
    title: { da: 'Digital Post og MeMo', en: 'Digital Post and MeMo' },
    rules: ['sol-digital-post', 'sol-selfservice-receipt', 'bid-memo-samples', 'memo-version', 'memo-header', 'memo-ids', 'memo-file-types'],
  },
  { title: { da: 'Grunddata (CPR, CVR, DAR, MAT …)', en: 'Base data (CPR, CVR, DAR, MAT …)' }, rules: ['sol-base-data-sources', 'oas-base-data-identifiers'] },
  { title: { da: 'Fælleskommunal Organisation og Klassifikation', en: 'Joint municipal organisation and classification' }, rules: ['sol-organisation-data', 'sol-classification-source'] },
  { title: { da: 'Sags- og Dokumentindekset, Ydelsesindekset og Mit Overblik', en: 'The case, document and benefit indexes and Mit Overblik' }, rules: ['sol-case-index-delivery'] },
  { title: { da: 'FLIS (ledelsesinformation)', en: 'FLIS (management information)' }, rules: ['sol-flis-delivery'] },
  { title: { da: 'borger.dk og virk.dk', en: 'borger.dk and virk.dk' }, rules: ['sol-selfservice-portals'] },
  { title: { da: 'Udfasede fælles komponenter', en: 'Retired shared components' }, rules: ['sol-retired-components'] },
];

/** Lock-in and exit: can the municipality take its data and leave? */
export const EXIT: Topic = {
  title: { da: 'Leverandørbinding og exit', en: 'Lock-in and exit' },
  rules: ['sol-exit-export', 'sol-exit-assistance', 'sol-data-ownership', 'oas-bulk-export', 'sol-interfaces-open-standards', 'bid-rest-interfaces-have-openapi', 'sol-configurable-rules', 'sol-architecture-documentation'],
};

/** Security and privacy. */
export const SECURITY: Topic = {
  title: { da: 'Sikkerhed og privatliv', en: 'Security and privacy' },
  rules: [
    'sol-personal-data-declared', 'sol-data-responsibility', 'sol-risk-assessment', 'sol-security-assurance', 'sol-hosting-declared', 'sol-access-logging',
    'sol-criticality-declared', 'sol-test-evidence', 'bid-personal-data-declared', 'bid-openapi-auth-matches', 'oas-operations-secured', 'oas-strong-auth',
    'oas-servers-https', 'oas-no-cpr-in-url', 'oas-no-credentials-in-url', 'wsdl-security-policy', 'wsdl-https-endpoints', 'saml-certificates', 'saml-signed-requests',
  ],
};
