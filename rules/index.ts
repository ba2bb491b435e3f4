/**
 * The registry: every rule of rammetjek, one line each, sorted by id. A meta-test checks that it
 * lists exactly the rule folders.
 */
import type { AnyRule } from '../src/core/rule.js';
import bidContextHandlerProfile from './bid/bid-context-handler-profile/rule.js';
import bidIntegrationSpecs from './bid/bid-integration-specs/rule.js';
import bidMemoSamples from './bid/bid-memo-samples/rule.js';
import bidOpenapiAuthMatches from './bid/bid-openapi-auth-matches/rule.js';
import bidOpenapiDeclared from './bid/bid-openapi-declared/rule.js';
import bidPersonalDataDeclared from './bid/bid-personal-data-declared/rule.js';
import bidRestInterfacesHaveOpenapi from './bid/bid-rest-interfaces-have-openapi/rule.js';
import bidSamlMetadata from './bid/bid-saml-metadata/rule.js';
import bidSamlMinimalAttributes from './bid/bid-saml-minimal-attributes/rule.js';
import memoFileTypes from './memo/memo-file-types/rule.js';
import memoHeader from './memo/memo-header/rule.js';
import memoIds from './memo/memo-ids/rule.js';
import memoVersion from './memo/memo-version/rule.js';
import oasBaseDataIdentifiers from './openapi/oas-base-data-identifiers/rule.js';
import oasBulkExport from './openapi/oas-bulk-export/rule.js';
import oasCollectionPaging from './openapi/oas-collection-paging/rule.js';
import oasContact from './openapi/oas-contact/rule.js';
import oasDateFormats from './openapi/oas-date-formats/rule.js';
import oasErrorResponses from './openapi/oas-error-responses/rule.js';
import oasExamplesValid from './openapi/oas-examples-valid/rule.js';
import oasInfoComplete from './openapi/oas-info-complete/rule.js';
import oasNoCprInUrl from './openapi/oas-no-cpr-in-url/rule.js';
import oasNoCredentialsInUrl from './openapi/oas-no-credentials-in-url/rule.js';
import oasOperationDocumented from './openapi/oas-operation-documented/rule.js';
import oasOperationsSecured from './openapi/oas-operations-secured/rule.js';
import oasProblemJson from './openapi/oas-problem-json/rule.js';
import oasRefsLocal from './openapi/oas-refs-local/rule.js';
import oasRefsResolve from './openapi/oas-refs-resolve/rule.js';
import oasResourcePaths from './openapi/oas-resource-paths/rule.js';
import oasSchemaValid from './openapi/oas-schema-valid/rule.js';
import oasServersHttps from './openapi/oas-servers-https/rule.js';
import oasStrongAuth from './openapi/oas-strong-auth/rule.js';
import oasTypedSchemas from './openapi/oas-typed-schemas/rule.js';
import oasVersioning from './openapi/oas-versioning/rule.js';
import samlAcs from './saml/saml-acs/rule.js';
import samlCertificateRenewal from './saml/saml-certificate-renewal/rule.js';
import samlCertificates from './saml/saml-certificates/rule.js';
import samlContactPerson from './saml/saml-contact-person/rule.js';
import samlEntityId from './saml/saml-entity-id/rule.js';
import samlKeys from './saml/saml-keys/rule.js';
import samlNameidPersistent from './saml/saml-nameid-persistent/rule.js';
import samlOiosaml3Attributes from './saml/saml-oiosaml3-attributes/rule.js';
import samlPlaceholders from './saml/saml-placeholders/rule.js';
import samlSignedRequests from './saml/saml-signed-requests/rule.js';
import samlSingleLogout from './saml/saml-single-logout/rule.js';
import samlSingleLogoutBindings from './saml/saml-single-logout-bindings/rule.js';
import samlSpDescriptor from './saml/saml-sp-descriptor/rule.js';
import samlValidUntil from './saml/saml-valid-until/rule.js';
import samlWantAssertionsSigned from './saml/saml-want-assertions-signed/rule.js';
import solAccessLogging from './solution/sol-access-logging/rule.js';
import solAccessibility from './solution/sol-accessibility/rule.js';
import solArchitectureDocumentation from './solution/sol-architecture-documentation/rule.js';
import solArchiving from './solution/sol-archiving/rule.js';
import solBaseDataSources from './solution/sol-base-data-sources/rule.js';
import solCaseIndexDelivery from './solution/sol-case-index-delivery/rule.js';
import solClassificationSource from './solution/sol-classification-source/rule.js';
import solConfigurableRules from './solution/sol-configurable-rules/rule.js';
import solCriticalityDeclared from './solution/sol-criticality-declared/rule.js';
import solDataOwnership from './solution/sol-data-ownership/rule.js';
import solDataResponsibility from './solution/sol-data-responsibility/rule.js';
import solDeviationsExplained from './solution/sol-deviations-explained/rule.js';
import solDeviationsMitigated from './solution/sol-deviations-mitigated/rule.js';
import solDigitalPost from './solution/sol-digital-post/rule.js';
import solEmployeeLoginAdgangsstyring from './solution/sol-employee-login-adgangsstyring/rule.js';
import solEventsBeskedfordeler from './solution/sol-events-beskedfordeler/rule.js';
import solEvidenceResolves from './solution/sol-evidence-resolves/rule.js';
import solExitAssistance from './solution/sol-exit-assistance/rule.js';
import solExitExport from './solution/sol-exit-export/rule.js';
import solFlisDelivery from './solution/sol-flis-delivery/rule.js';
import solHostingDeclared from './solution/sol-hosting-declared/rule.js';
import solIdentityComplete from './solution/sol-identity-complete/rule.js';
import solIntegrationsKnown from './solution/sol-integrations-known/rule.js';
import solInterfacesOpenStandards from './solution/sol-interfaces-open-standards/rule.js';
import solNemloginForCitizens from './solution/sol-nemlogin-for-citizens/rule.js';
import solNsisLevel from './solution/sol-nsis-level/rule.js';
import solOrganisationData from './solution/sol-organisation-data/rule.js';
import solPersonalDataDeclared from './solution/sol-personal-data-declared/rule.js';
import solRetiredComponents from './solution/sol-retired-components/rule.js';
import solRiskAssessment from './solution/sol-risk-assessment/rule.js';
import solSchemaValid from './solution/sol-schema-valid/rule.js';
import solSecurityAssurance from './solution/sol-security-assurance/rule.js';
import solSelfserviceFullyDigital from './solution/sol-selfservice-fully-digital/rule.js';
import solSelfservicePortals from './solution/sol-selfservice-portals/rule.js';
import solSelfserviceReceipt from './solution/sol-selfservice-receipt/rule.js';
import solSelfserviceUserTested from './solution/sol-selfservice-user-tested/rule.js';
import solServiceLevels from './solution/sol-service-levels/rule.js';
import solSupportSystemDuties from './solution/sol-support-system-duties/rule.js';
import solSystemAccess from './solution/sol-system-access/rule.js';
import solTasksClassified from './solution/sol-tasks-classified/rule.js';
import solTestEvidence from './solution/sol-test-evidence/rule.js';
import solUsageStatistics from './solution/sol-usage-statistics/rule.js';
import wsdlDocumentLiteral from './wsdl/wsdl-document-literal/rule.js';
import wsdlHttpsEndpoints from './wsdl/wsdl-https-endpoints/rule.js';
import wsdlNamespace from './wsdl/wsdl-namespace/rule.js';
import wsdlSecurityPolicy from './wsdl/wsdl-security-policy/rule.js';

/** Version of the rule set; changes whenever a rule's behaviour or text changes. */
export const RULESET_VERSION = '2026.12.0';

export const RULES: readonly AnyRule[] = [
  bidContextHandlerProfile,
  bidIntegrationSpecs,
  bidMemoSamples,
  bidOpenapiAuthMatches,
  bidOpenapiDeclared,
  bidPersonalDataDeclared,
  bidRestInterfacesHaveOpenapi,
  bidSamlMetadata,
  bidSamlMinimalAttributes,
  memoFileTypes,
  memoHeader,
  memoIds,
  memoVersion,
  oasBaseDataIdentifiers,
  oasBulkExport,
  oasCollectionPaging,
  oasContact,
  oasDateFormats,
  oasErrorResponses,
  oasExamplesValid,
  oasInfoComplete,
  oasNoCprInUrl,
  oasNoCredentialsInUrl,
  oasOperationDocumented,
  oasOperationsSecured,
  oasProblemJson,
  oasRefsLocal,
  oasRefsResolve,
  oasResourcePaths,
  oasSchemaValid,
  oasServersHttps,
  oasStrongAuth,
  oasTypedSchemas,
  oasVersioning,
  samlAcs,
  samlCertificateRenewal,
  samlCertificates,
  samlContactPerson,
  samlEntityId,
  samlKeys,
  samlNameidPersistent,
  samlOiosaml3Attributes,
  samlPlaceholders,
  samlSignedRequests,
  samlSingleLogout,
  samlSingleLogoutBindings,
  samlSpDescriptor,
  samlValidUntil,
  samlWantAssertionsSigned,
  solAccessLogging,
  solAccessibility,
  solArchitectureDocumentation,
  solArchiving,
  solBaseDataSources,
  solCaseIndexDelivery,
  solClassificationSource,
  solConfigurableRules,
  solCriticalityDeclared,
  solDataOwnership,
  solDataResponsibility,
  solDeviationsExplained,
  solDeviationsMitigated,
  solDigitalPost,
  solEmployeeLoginAdgangsstyring,
  solEventsBeskedfordeler,
  solEvidenceResolves,
  solExitAssistance,
  solExitExport,
  solFlisDelivery,
  solHostingDeclared,
  solIdentityComplete,
  solIntegrationsKnown,
  solInterfacesOpenStandards,
  solNemloginForCitizens,
  solNsisLevel,
  solOrganisationData,
  solPersonalDataDeclared,
  solRetiredComponents,
  solRiskAssessment,
  solSchemaValid,
  solSecurityAssurance,
  solSelfserviceFullyDigital,
  solSelfservicePortals,
  solSelfserviceReceipt,
  solSelfserviceUserTested,
  solServiceLevels,
  solSupportSystemDuties,
  solSystemAccess,
  solTasksClassified,
  solTestEvidence,
  solUsageStatistics,
  wsdlDocumentLiteral,
  wsdlHttpsEndpoints,
  wsdlNamespace,
  wsdlSecurityPolicy,
];
