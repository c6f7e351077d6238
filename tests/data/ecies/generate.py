#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent known-answer vectors for Carnet's ECIES format (crypto/ecies.h, version 1).

Built with pyca/cryptography (OpenSSL), not with Carnet's code, from fixed private keys and nonces:
    box = 0x01 || eph_pub(33, compressed) || nonce(12) || AES-256-GCM(k, nonce, pt, aad) || tag(16)
    k   = HKDF-SHA256(ikm = ECDH x(eph, recipient), salt = eph_pub || recipient_pub, info = "carnet/ecies/v1", 32)
    aad = box[0:46] || context
Run with Debian's interpreter:  /usr/bin/python3 tests/data/ecies/generate.py > tests/data/ecies/vectors.json
"""
import hashlib
import json

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def key(label):
    # A fixed, reproducible scalar per label (far below the group order in practice).
    return int.from_bytes(hashlib.sha256(label.encode()).digest(), "big") % (2**255)


def compressed(private):
    return private.public_key().public_bytes(serialization.Encoding.X962,
                                             serialization.PublicFormat.CompressedPoint)


def seal(recipient_scalar, ephemeral_scalar, nonce, plaintext, context):
    recipient = ec.derive_private_key(recipient_scalar, ec.SECP256K1())
    ephemeral = ec.derive_private_key(ephemeral_scalar, ec.SECP256K1())
    eph_pub, rec_pub = compressed(ephemeral), compressed(recipient)
    shared_x = ephemeral.exchange(ec.ECDH(), recipient.public_key())
    k = HKDF(hashes.SHA256(), 32, eph_pub + rec_pub, b"carnet/ecies/v1").derive(shared_x)
    header = b"\x01" + eph_pub + nonce
    return header + AESGCM(k).encrypt(nonce, plaintext, header + context)


cases = [
    ("empty plaintext, empty context", b"", b""),
    ("short note, record context", b"penicillin allergy", b"record/42"),
    ("two GCM blocks plus one byte", bytes(range(33)), b"grant/7"),
]
vectors = []
for i, (comment, plaintext, context) in enumerate(cases):
    recipient, ephemeral = key("carnet ecies recipient %d" % i), key("carnet ecies ephemeral %d" % i)
    nonce = hashlib.sha256(b"carnet ecies nonce %d" % i).digest()[:12]
    vectors.append({
        "comment": comment,
        "recipientPrivate": "%064x" % recipient,
        "plaintext": plaintext.hex(),
        "context": context.hex(),
        "sealed": seal(recipient, ephemeral, nonce, plaintext, context).hex(),
    })
print(json.dumps({"source": "tests/data/ecies/generate.py (pyca/cryptography)", "vectors": vectors}, indent=2))
