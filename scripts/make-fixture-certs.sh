#!/usr/bin/env bash
# Makes the test certificates in fixtures/certs/ with openssl: a system certificate issued by a
# fictitious OCES3-like CA, one that expires soon, and a weak, self-signed, expired one. Fixed validity
# dates keep the tests reproducible. Rerun only when the certificates must change; the SAML fixtures
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

# the issuing CA
openssl req -x509 -newkey rsa:3072 -nodes -keyout ca.key -out ca.crt -days 1 \
  -subj "/C=DK/O=rammetjek testdata/CN=Fiktiv OCES3 udstedende testudsteder" -config ca.cnf 2>/dev/null

issue() { # name, bits, subject, start, end
  openssl req -new -newkey "rsa:$2" -nodes -keyout "$1.key" -out "$1.csr" -subj "$3" -config ca.cnf 2>/dev/null
  openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -in "$1.csr" -startdate "$4" -enddate "$5" \
    -extensions system -notext -out "$out/$1.pem" 2>/dev/null
}
issue sp-system 3072 "/C=DK/O=Nordlys Digital A\/S \/\/ CVR:31425364/serialNumber=CVR:31425364-FID:55501234/CN=Nordlys Byggeansoegning (funktionscertifikat)" 20260101000000Z 20290101000000Z
issue sp-expiring 2048 "/C=DK/O=Kompas Velfaerd A\/S \/\/ CVR:27364859/CN=Kompas Omsorg (funktionscertifikat)" 20240101000000Z 20261201000000Z

# weak and expired, signed by itself
openssl req -new -newkey rsa:1024 -nodes -keyout weak.key -out weak.csr -subj "/C=DK/O=WebFabrikken ApS/CN=WebFabrikken test" -config ca.cnf 2>/dev/null
openssl ca -batch -config ca.cnf -selfsign -keyfile weak.key -cert <(openssl req -x509 -key weak.key -subj "/CN=WebFabrikken test" -days 1 2>/dev/null) \
  -in weak.csr -startdate 20190101000000Z -enddate 20210101000000Z -extensions system -notext -out "$out/sp-expired-weak.pem" 2>/dev/null

for f in "$out"/*.pem; do echo "$(basename "$f"): $(openssl x509 -in "$f" -noout -subject -enddate | tr '\n' ' ')"; done
