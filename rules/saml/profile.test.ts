import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cert } from '../../test/certs.js';
import { dnPart, oces3Environment, signatureAlgorithm } from './profile.js';

const x509 = (name: Parameters<typeof cert>[0]) => new X509Certificate(Buffer.from(cert(name), 'base64'));

describe('certificate facts the SAML rules share', () => {
  it('reads a part of a distinguished name, also from a multi-valued RDN', () => {
    const dn = 'C=DK\nO=Digitaliseringsstyrelsen // CVR:34051178\nserialNumber=CVR:34051178-FID:80719473 + CN=SP and WSC (Oiosaml-net.dk TEST) (funktionscertifikat)';
    expect(dnPart(dn, 'CN')).toBe('SP and WSC (Oiosaml-net.dk TEST) (funktionscertifikat)');
    expect(dnPart(dn, 'O')).toBe('Digitaliseringsstyrelsen // CVR:34051178');
    expect(dnPart(dn, 'OU')).toBeUndefined();
  });

  it('tells the OCES3 production and test issuers from a look-alike by name', () => {
    expect(oces3Environment(x509('sp-system'))).toBe('production');
    expect(oces3Environment(x509('sp-oces3-test'))).toBe('test');
    expect(oces3Environment(x509('sp-lookalike'))).toBeUndefined();
    expect(oces3Environment(x509('sp-expired-weak'))).toBeUndefined();
  });

  it('reads the signature algorithm from the DER', () => {
    expect(signatureAlgorithm(x509('sp-system').raw)).toEqual({ oid: '1.2.840.113549.1.1.11', name: 'sha256WithRSAEncryption', strong: true });
    expect(signatureAlgorithm(x509('sp-sha1').raw)).toEqual({ oid: '1.2.840.113549.1.1.5', name: 'sha1WithRSAEncryption', strong: false });
    expect(signatureAlgorithm(Buffer.from([0x30, 0x82, 0xff]))).toBeUndefined();
  });
});
