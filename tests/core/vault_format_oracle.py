#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# An independent reader of the vault format of docs/VAULT.md, for tst_vault_format_oracle: it shares no
# code with Carnet. Python's hashlib for the checksum, the reference Argon2 CLI (Debian `argon2`,
# P-H-C/phc-winner-argon2) for the KEK, pyca/cryptography's AESGCM for the unwrap, and the `sqlcipher`
# CLI for the database.
#
#   vault_format_oracle.py DIR PASSPHRASE
# prints "datakey <hex>", "address <EIP-55 address>", "vaultid <hex>" and "phrase <recovery phrase>"
# (opened from sealed_phrase with the phrase key, HKDF-SHA256 of the KEK, by pyca/cryptography), or
# "error <reason>" and exits 1.
import hashlib
import struct
import subprocess
import sys

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def main():
    vault_dir, passphrase = sys.argv[1], sys.argv[2].encode()
    data = open(vault_dir + "/vault.header", "rb").read()
    if len(data) != 166 or data[:12] != b"CARNET-VAULT":
        return "error framing"
    if hashlib.sha256(data[:134]).digest() != data[134:]:
        return "error checksum"
    version, m, t, p = struct.unpack(">HIII", data[12:26])
    vault_id, salt, nonce, wrapped = data[26:42], data[42:74], data[74:86], data[86:134]
    if version != 1:
        return "error version"
    if b"\0" in salt:
        return "error salt-has-nul"  # the CLI takes the salt as a C string; the caller retries
    kek = subprocess.run(["argon2", salt, "-id", "-t", str(t), "-k", str(m), "-p", str(p), "-l", "32", "-r"],
                         input=passphrase, capture_output=True, check=True).stdout.strip()
    kek = bytes.fromhex(kek.decode())
    data_key = AESGCM(kek).decrypt(nonce, wrapped, data[:86])
    sql = ("PRAGMA key = \"x'%s'\";\nPRAGMA cipher_page_size = 4096;\n"
           "SELECT address FROM keys WHERE purpose = 'account';\n"
           "SELECT 'sealed:' || hex(nonce) || ':' || hex(sealed) FROM sealed_phrase WHERE header_salt = x'%s';\n"
           "SELECT 'legacy:' || count(*) FROM meta WHERE key = 'recovery_phrase';\n") % (data_key.hex(), salt.hex())
    out = subprocess.run(["sqlcipher", vault_dir + "/vault.db"], input=sql.encode(), capture_output=True,
                         check=True).stdout.decode().split()
    address = [line for line in out if line.startswith("0x")]
    print("datakey", data_key.hex())
    print("address", address[0] if address else "none")
    print("vaultid", vault_id.hex())
    # The recovery phrase: AES-256-GCM under HKDF-SHA256(KEK, no salt, "carnet-vault/phrase-key/v1"),
    # associated data "carnet-vault/recovery-phrase/v1" || header bytes 0-85.
    sealed = [line.split(":") for line in out if line.startswith("sealed:")]
    if out.count("legacy:0") != 1 or len(sealed) != 1:
        return "error phrase-layout"
    phrase_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                      info=b"carnet-vault/phrase-key/v1").derive(kek)
    phrase = AESGCM(phrase_key).decrypt(bytes.fromhex(sealed[0][1]), bytes.fromhex(sealed[0][2]),
                                        b"carnet-vault/recovery-phrase/v1" + data[:86])
    print("phrase", phrase.decode())
    return None


if __name__ == "__main__":
    error = main()
    if error:
        print(error)
        sys.exit(1)
