/**
 * Services are called over https (AR 4.1), and a service on Serviceplatformen has its address there:
 * https://(exttest|prod).serviceplatformen.dk/service/<area>/<service>/<major version>.
 */
import { defineRule } from '../../../src/core/rule.js';

const SERVICEPLATFORM = /^https:\/\/(exttest|prod)\.serviceplatformen\.dk\/service\/[^/]+\/[^/]+\/\d+\/?$/i;

export default defineRule({
  id: 'wsdl-https-endpoints',
  catalogueId: 'WSDL-002',
  title: { da: 'Tjenesterne kaldes over HTTPS på de rigtige adresser', en: 'Services are called over HTTPS at the right addresses' },
  architectureRules: ['AR 4.1', 'AR 7.1'],
  appliesTo: 'wsdl',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse', 'https://digitaliseringskatalog.dk/services?f%5B0%5D=service_category%3AWebservice&page=2'],
  messages: {
    notHttps: { da: 'Tjenesteadressen «{location}» bruger ikke HTTPS.', en: "The service address '{location}' does not use HTTPS." },
    serviceplatform: { da: 'Adressen «{location}» følger ikke Serviceplatformens mønster https://(exttest|prod).serviceplatformen.dk/service/<område>/<tjeneste>/<version>.', en: "The address '{location}' does not follow Serviceplatformen’s pattern https://(exttest|prod).serviceplatformen.dk/service/<area>/<service>/<version>." },
  },
  fix: {
    da: 'Brug https-adresser, og for tjenester på Serviceplatformen den adresse, Digitaliseringskataloget angiver.',
    en: 'Use https addresses, and for services on Serviceplatformen the address Digitaliseringskataloget gives.',
  },
  check(wsdl, context) {
    for (const address of wsdl.addresses) {
      const location = address.attributes['location'] ?? '';
      if (!/^https:\/\//i.test(location) && !/^https?:\/\/(localhost|127\.0\.0\.1)/i.test(location)) context.report({ at: address, messageId: 'notHttps', data: { location } });
      else if (/serviceplatformen\.dk/i.test(location) && !SERVICEPLATFORM.test(location)) context.report({ at: address, messageId: 'serviceplatform', data: { location } });
    }
  },
});
