/**
 * Consumers must be able to rely on a version: info.version follows SemVer, and the major version
 * is a segment of the server URL's path (/v1) or the first segment of every path, and agrees with info.version
 * (NSP Husregler §7, NL ADR /core/uri-version, /core/semver; FDA: one document per version).
 */
import { isObject } from '../../../src/artefacts/openapi/refs.js';
import { defineRule } from '../../../src/core/rule.js';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export default defineRule({
  id: 'oas-versioning',
  catalogueId: 'OAS-008',
  title: { da: 'API’et er versioneret', en: 'The API is versioned' },
  architectureRules: ['AR 2.4', 'AR 7.1'],
  appliesTo: 'openapi',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://www.nspop.dk/display/Web3/Husregler+for+REST+services', 'https://logius-standaarden.github.io/API-Design-Rules/', 'https://arkitektur.digst.dk/metoder/arkitekturmetoder/retningslinjer-webservices/retningslinjer-webservices/bilag-1'],
  messages: {
    notSemver: { da: 'info.version «{version}» er ikke et versionsnummer efter SemVer (fx 1.4.0).', en: "info.version '{version}' is not a SemVer version number (e.g. 1.4.0)." },
    noMajorInPath: { da: 'Hovedversionen står hverken i serverens sti eller som første led i stierne (fx /v1).', en: 'The major version is neither in the server’s path nor the first segment of the paths (e.g. /v1).' },
    mismatch: { da: 'Stien angiver version {path}, men info.version er {version}.', en: 'The path says version {path}, but info.version is {version}.' },
  },
  fix: {
    da: 'Brug SemVer i info.version, og sæt hovedversionen som første led i serverens sti (https://api.example.dk/v1) eller i alle stier.',
    en: 'Use SemVer in info.version, and put the major version as the first segment of the server path (https://api.example.dk/v1) or of every path.',
  },
  check(api, context) {
    const version = typeof api.info?.value['version'] === 'string' ? (api.info.value['version'] as string) : undefined;
    if (version !== undefined && !SEMVER.test(version)) context.report({ at: '/info/version', messageId: 'notSemver', data: { version } });
    // a gateway prefix before the version is common in server URLs (https://api.example.dk/omsorg/v2)
    const fromServer = api.servers.map((s) => /\/v(\d+)(\/|$)/i.exec(s.url.replace(/^[a-z]+:\/\/[^/]+/i, ''))?.[1]);
    const paths = Object.keys(isObject(api.root['paths']) ? api.root['paths'] : {}).filter((p) => p.startsWith('/'));
    const fromPaths = paths.map((p) => /^\/v(\d+)(\/|$)/i.exec(p)?.[1]);
    const majors = fromServer.some((m) => m) ? fromServer : paths.length > 0 && fromPaths.every((m) => m) ? fromPaths : [];
    const major = majors.find((m) => m !== undefined);
    if (major === undefined) {
      if (paths.length > 0) context.report({ at: api.servers[0] ? { file: api.servers[0].file, pointer: api.servers[0].pointer } : '/paths', messageId: 'noMajorInPath' });
      return;
    }
    const declared = version && SEMVER.test(version) ? version.split('.')[0] : undefined;
    if (declared !== undefined && declared !== major && !(declared === '0' && major === '1')) {
      context.report({ at: '/info/version', messageId: 'mismatch', data: { path: `v${major}`, version: version ?? '' } });
    }
  },
});
