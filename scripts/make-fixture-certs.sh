#!/usr/bin/env bash
# Makes the test certificates in fixtures/certs/ with openssl. The issuing CAs carry the names of the
# real OCES3 issuing CA (production, and the test environment's with OU "Test - cti") but keys of our
# own: a system certificate, one that expires soon, one from the test environment, a 1024-bit RSA-PSS
# one, one signed with SHA-1, one from a look-alike "OCES" CA, and a weak, self-signed, expired one.
# Fixed validity dates keep the tests reproducible. Rerun only when the certificates must change; the SAML fixtures
# embed them, and test/saml.test.ts checks that they match.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/fixtures/certs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir -p newcerts && touch index.txt && echo 1000 > serial
cat > ca.cnf <<'CNF'
[ ca ]
default_ca = fixture
[ fixture ]
dir = .
database = ./index.txt
new_certs_dir = ./newcerts
serial = ./serial
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
[ anything ]
countryName = optional
organizationName = optional
commonName = supplied
serialNumber = optional
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = unused
[ system ]
basicConstraints = CA:FALSE
keyUsage = digitalSignature, keyEncipherment
CNF

# the issuing CAs: production, test environment, and a look-alike
ca() { # name, subject
  openssl req -x509 -newkey rsa:3072 -nodes -keyout "$1.key" -out "$1.crt" -days 1 -subj "$2" -config ca.cnf 2>/dev/null
}
ca prod "/C=DK/O=Den Danske Stat/CN=Den Danske Stat OCES udstedende-CA 1"
ca test "/C=DK/O=Den Danske Stat/OU=Test - cti/CN=Den Danske Stat OCES udstedende-CA 1"
ca lookalike "/C=DK/O=rammetjek testdata/CN=Fiktiv OCES3 udstedende testudsteder"

issue() { # name, key algorithm:options, subject, start, end, ca, digest
  openssl genpkey -algorithm "${2%%:*}" -pkeyopt "rsa_keygen_bits:${2#*:}" -out "$1.key" 2>/dev/null
  openssl req -new -key "$1.key" -out "$1.csr" -subj "$3" -config ca.cnf 2>/dev/null
  openssl ca -batch -config ca.cnf -cert "$6.crt" -keyfile "$6.key" -in "$1.csr" -startdate "$4" -enddate "$5" \
    -md "${7:-sha256}" -extensions system -notext -out "$out/$1.pem" 2>/dev/null
}
nordlys="/C=DK/O=Nordlys Digital A\/S \/\/ CVR:31425364/serialNumber=CVR:31425364-FID:55501234/CN=Nordlys Byggeansoegning (funktionscertifikat)"
issue sp-system RSA:3072 "$nordlys" 20260101000000Z 20290101000000Z prod
issue sp-expiring RSA:2048 "/C=DK/O=Kompas Velfaerd A\/S \/\/ CVR:27364859/CN=Kompas Omsorg (funktionscertifikat)" 20240101000000Z 20261201000000Z prod
issue sp-oces3-test RSA:3072 "/C=DK/O=Kompas Velfaerd A\/S \/\/ CVR:27364859/CN=Kompas Omsorg test (systemcertifikat)" 20260101000000Z 20290101000000Z test
issue sp-pss-weak RSA-PSS:1024 "/C=DK/O=WebFabrikken ApS/CN=WebFabrikken PSS (systemcertifikat)" 20260101000000Z 20290101000000Z prod
issue sp-sha1 RSA:3072 "/C=DK/O=WebFabrikken ApS/CN=WebFabrikken SHA1 (systemcertifikat)" 20260101000000Z 20290101000000Z prod sha1
issue sp-lookalike RSA:3072 "/C=DK/O=WebFabrikken ApS/CN=WebFabrikken (systemcertifikat)" 20260101000000Z 20290101000000Z lookalike

# weak and expired, signed by itself
openssl req -new -newkey rsa:1024 -nodes -keyout weak.key -out weak.csr -subj "/C=DK/O=WebFabrikken ApS/CN=WebFabrikken test" -config ca.cnf 2>/dev/null
openssl ca -batch -config ca.cnf -selfsign -keyfile weak.key -cert <(openssl req -x509 -key weak.key -subj "/CN=WebFabrikken test" -days 1 2>/dev/null) \
  -in weak.csr -startdate 20190101000000Z -enddate 20210101000000Z -extensions system -notext -out "$out/sp-expired-weak.pem" 2>/dev/null

for f in "$out"/*.pem; do echo "$(basename "$f"): $(openssl x509 -in "$f" -noout -subject -enddate | tr '\n' ' ')"; done
