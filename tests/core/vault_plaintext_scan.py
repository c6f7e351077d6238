#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# What the data key alone reads in a vault (docs/VAULT.md, "Which key seals what"), with nothing from
# Carnet: every page of vault.db and every frame of vault.db-wal decrypted with pyca/cryptography
# (SQLCipher 3, raw key: AES-256-CBC per page with the IV stored in the page's reserve), free pages and
# deleted cells included, plus the `sqlcipher` CLI's .dump of every table. For tst_vault_sealed_phrase.
#
#   vault_plaintext_scan.py DIR DATAKEY_HEX     stdin: one needle per line, in hex
# prints "pages <n>", "frames <n>", "dump <bytes>", then "found <line number>" for each needle seen in
# any decrypted page, frame or the dump; exits 1 if a page does not decrypt to a SQLite page.
import subprocess
import sys

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 48     # IV 16 + HMAC-SHA1 20, rounded up to the AES block
SALT = 16        # page 1 starts with the file's salt, in clear
WAL_HEADER = 32
FRAME_HEADER = 24


def decrypt_page(key, page, number):
    start = SALT if number == 1 else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    body = page[start:PAGE - RESERVE]
    plain = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor().update(body)
    if number == 1:
        # The SQLite header after its 16-byte magic: page size 4096 (big-endian), reserve 48 at offset 20.
        if plain[0:2] != b"\x10\x00" or plain[20 - SALT] != RESERVE:
            raise ValueError("page 1 does not decrypt to a SQLite header: wrong key?")
    return plain


def main():
    vault_dir, key = sys.argv[1], bytes.fromhex(sys.argv[2])
    needles = [bytes.fromhex(line.strip()) for line in sys.stdin if line.strip()]
    plains = []
    db = open(vault_dir + "/vault.db", "rb").read()
    for i in range(len(db) // PAGE):
        plains.append(decrypt_page(key, db[i * PAGE:(i + 1) * PAGE], i + 1))
    print("pages", len(db) // PAGE)
    frames = 0
    try:
        wal = open(vault_dir + "/vault.db-wal", "rb").read()
    except FileNotFoundError:
        wal = b""
    at = WAL_HEADER
    while at + FRAME_HEADER + PAGE <= len(wal):
        number = int.from_bytes(wal[at:at + 4], "big")
        plains.append(decrypt_page(key, wal[at + FRAME_HEADER:at + FRAME_HEADER + PAGE], number))
        at += FRAME_HEADER + PAGE
        frames += 1
    print("frames", frames)
    sql = "PRAGMA key = \"x'%s'\";\nPRAGMA cipher_page_size = 4096;\n.dump\n" % key.hex()
    dump = subprocess.run(["sqlcipher", vault_dir + "/vault.db"], input=sql.encode(), capture_output=True,
                          check=True).stdout
    if b"CREATE TABLE meta" not in dump:
        print("dump unreadable")
        return 1
    print("dump", len(dump))
    # .dump writes blobs as X'hex'; search the hex spelling too.
    texts = plains + [dump, dump.lower()]
    for n, needle in enumerate(needles, 1):
        if any(needle in t for t in texts) or needle.hex().encode() in dump.lower():
            print("found", n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
