// SPDX-License-Identifier: GPL-3.0-or-later
// Oracle for core/ledger/transaction: prints one JSON line per random transaction (EIP-1559 type 2 and
// legacy EIP-155, calls and contract creations), signed by ethers' Wallet.signTransaction:
//   {"type":0|2, "chainId", "nonce", "gasLimit", "gasPrice"|"maxPriorityFeePerGas"+"maxFeePerGas",
//    "to" (null for creation), "value", "data", "privateKey", "raw", "hash", "from"}
// Integers are decimal strings. Usage: node tx-cases.mjs [count] [seed]
import { Wallet, Transaction, getAddress, hexlify } from "ethers";
import { Rng } from "./rng.mjs";

const count = Number(process.argv[2] ?? 100);
const rng = new Rng(process.argv[3] ?? 1559);

function privateKey() {
    // Any 32 bytes below the curve order; ethers rejects the rest, so retry (practically never).
    for (;;) {
        const key = rng.hex(32);
        try { return new Wallet(key); } catch { /* retry */ }
    }
}

const chainIds = [1n, 5n, 137n, 31337n, 11155111n];
for (let i = 0; i < count; i++) {
    const legacy = i % 3 === 2;
    const wallet = privateKey();
    const chainId = rng.int(4) === 0 ? rng.uint(53) || 1n : rng.pick(chainIds);
    const fields = {
        type: legacy ? 0 : 2,
        chainId,
        nonce: Number(rng.int(4) === 0 ? rng.uint(53) : rng.uint(16)),
        gasLimit: rng.uint(64),
        to: rng.int(5) === 0 ? null : getAddress(rng.hex(20)),
        value: rng.uint(256),
        data: rng.hex(rng.pick([0, 1, 4, 36, 55, 56, 68, 200, 1030].slice(0, 6 + rng.int(4)))),
    };
    if (legacy) {
        fields.gasPrice = rng.uint(256);
    } else {
        fields.maxFeePerGas = rng.uint(256);
        fields.maxPriorityFeePerGas = fields.maxFeePerGas === 0n ? 0n : rng.uint(256) % (fields.maxFeePerGas + 1n);
    }
    const raw = await wallet.signTransaction(fields);
    const parsed = Transaction.from(raw);
    const out = {};
    for (const [k, v] of Object.entries(fields)) out[k] = typeof v === "bigint" ? v.toString() : v;
    out.nonce = String(fields.nonce);
    out.privateKey = wallet.privateKey;
    out.raw = raw;
    out.hash = parsed.hash;
    out.from = parsed.from;
    if (parsed.from !== wallet.address) throw new Error("ethers recovered another sender");
    console.log(JSON.stringify(out));
}
