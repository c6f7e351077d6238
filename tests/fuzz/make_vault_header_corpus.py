#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the seed corpus of fuzz_vault_header (tests/fuzz/corpus/vault_header/) from a real header
# (tests/data/vault-legacy/schema2/vault.header, written by Carnet; version 1 is unchanged): the header
# itself, headers with other valid parameters, and one damaged header per check of docs/VAULT.md's
# parsing order. "fixed" means the checksum was recomputed after the change, so the damage is past it.
#
#   make_vault_header_corpus.py SOURCE_HEADER OUT_DIR
import hashlib
import os
import struct
import sys


def fixed(body):
    return body + hashlib.sha256(body).digest()


def with_params(h, m, t, p):
    return fixed(h[:14] + struct.pack(">III", m, t, p) + h[26:134])


def main():
    src, out = sys.argv[1], sys.argv[2]
    h = open(src, "rb").read()
    assert len(h) == 166 and hashlib.sha256(h[:134]).digest() == h[134:]
    body = h[:134]
    flip = lambda data, at: data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]
    seeds = {
        "valid": h,
        "valid-1gib-t4": with_params(h, 1024 * 1024, 4, 1),
        "valid-ceiling": with_params(h, 4 * 1024 * 1024, 64, 16),
        "valid-floor-p4": with_params(h, 65536, 3, 4),
        "valid-wrapped-key-changed": fixed(flip(body, 100)),  # parses; the AEAD tag fails later
        "empty": b"",
        "magic-only": b"CARNET-VAULT",
        "short-45": h[:45],
        "truncated-165": h[:165],
        "truncated-134": h[:134],
        "magic-typo": b"CARNET-VAULU" + h[12:],
        "checksum-flipped": flip(h, 150),
        "salt-flipped": flip(h, 50),
        "version-flipped": flip(h, 13),
        "version-2-fixed": fixed(body[:12] + b"\x00\x02" + body[14:]),
        "version-0-fixed": fixed(body[:12] + b"\x00\x00" + body[14:]),
        "version-2-longer-fixed": fixed(body[:12] + b"\x00\x02" + body[14:] + b"\x00" * 64),
        "length-167-fixed": fixed(body + b"\x00"),
        "length-165-fixed": fixed(body[:-1]),
        "length-46-fixed": fixed(body[:14]),
        "weak-m-fixed": with_params(h, 65535, 3, 1),
        "weak-t-fixed": with_params(h, 65536, 2, 1),
        "weak-p0-fixed": with_params(h, 65536, 3, 0),
        "owasp-minimum-fixed": with_params(h, 19 * 1024, 2, 1),
        "ceiling-m-fixed": with_params(h, 4 * 1024 * 1024 + 1, 3, 1),
        "ceiling-t-fixed": with_params(h, 65536, 65, 1),
        "ceiling-p-fixed": with_params(h, 65536, 3, 17),
        "all-ones-params-fixed": with_params(h, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF),
        "zero-params-fixed": with_params(h, 0, 0, 0),
        "big-5000-fixed": fixed(body + bytes(range(256)) * 19),
    }
    os.makedirs(out, exist_ok=True)
    for name, data in seeds.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    print(len(seeds), "seeds")


if __name__ == "__main__":
    main()
