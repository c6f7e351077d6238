// SPDX-License-Identifier: GPL-3.0-or-later
// Oracle for core/ledger/eip712: prints one JSON line per random typed-data case (nested structs,
// arrays of atomic types and of structs, fixed-size arrays, bytes, strings, uintN/intN of many sizes,
// addresses, bytesN, bools; random domain fields), with what ethers computes:
//   {"typedData": eth_signTypedData_v4 JSON (types include EIP712Domain), "encodeType",
//    "domainSeparator", "messageHash", "digest", "privateKey", "signature" (r‖s‖v, 65 bytes), "address"}
// Usage: node eip712-cases.mjs [count] [seed]
import { TypedDataEncoder, Wallet, getAddress } from "ethers";
import { Rng } from "./rng.mjs";

const count = Number(process.argv[2] ?? 100);
const rng = new Rng(process.argv[3] ?? 712);

// Names chosen so that the dependency sort (by UTF-16 code unit) is exercised: upper before lower.
const structNames = ["Person", "Asset", "zeta", "Grant", "Record", "B", "a_b", "Item$"];
const fieldNames = ["from", "to", "amount", "id", "data", "memo", "when", "who", "flag", "tags", "x", "y_2"];

function atomicType() {
    switch (rng.int(9)) {
    case 0: return "uint" + 8 * (1 + rng.int(32));
    case 1: return "int" + 8 * (1 + rng.int(32));
    case 2: return "address";
    case 3: return "bool";
    case 4: return "bytes" + (1 + rng.int(32));
    case 5: return "bytes";
    case 6: return "string";
    case 7: return "uint256";
    default: return "uint64";
    }
}

const unicode = ["", "a", "Hello, Bob!", "é", "données de santé", "\u{1F489} vaccin", "line\nbreak", "\"quoted\""];

function atomicValue(type) {
    let m;
    if ((m = /^uint(\d+)$/.exec(type))) {
        const v = rng.uint(Number(m[1]));
        const form = rng.int(3);
        if (form === 0 && v < 2n ** 53n) return Number(v);
        return form === 1 ? "0x" + v.toString(16) : v.toString();
    }
    if ((m = /^int(\d+)$/.exec(type))) {
        const bits = Number(m[1]);
        let v = rng.uint(bits - 1);
        if (rng.bool()) v = -v - (rng.int(4) === 0 ? 1n : 0n); // includes -2^(N-1)
        if (rng.bool() && v < 2n ** 53n && v > -(2n ** 53n)) return Number(v);
        return v.toString();
    }
    if (type === "address") return getAddress(rng.hex(20));
    if (type === "bool") return rng.bool();
    if (type === "bytes") return rng.hex(rng.pick([0, 1, 20, 32, 33, 100]));
    if ((m = /^bytes(\d+)$/.exec(type))) return rng.hex(Number(m[1]));
    if (type === "string") return rng.pick(unicode) + (rng.bool() ? "" : rng.hex(rng.int(8)));
    throw new Error("unknown type " + type);
}

function makeCase() {
    const types = {};
    const available = [...structNames];
    // A tree of structs without cycles: each struct may use structs created after it.
    function makeStruct(depth) {
        const name = available.splice(rng.int(available.length), 1)[0];
        types[name] = [];
        const used = new Set();
        const n = 1 + rng.int(5);
        for (let i = 0; i < n; i++) {
            let fname;
            do fname = rng.pick(fieldNames); while (used.has(fname));
            used.add(fname);
            let type;
            const r = rng.int(10);
            if (r < 2 && depth < 3 && available.length > 0) type = makeStruct(depth + 1);
            else type = atomicType();
            if (rng.int(4) === 0) type += rng.bool() ? "[]" : `[${1 + rng.int(3)}]`;
            if (rng.int(12) === 0) type += "[]";
            types[name].push({ name: fname, type });
        }
        return name;
    }
    const primaryType = makeStruct(0);

    function value(type) {
        const m = /^(.*)\[(\d*)\]$/.exec(type);
        if (m) {
            const n = m[2] === "" ? rng.int(4) : Number(m[2]);
            return Array.from({ length: n }, () => value(m[1]));
        }
        if (types[type]) {
            const out = {};
            for (const f of types[type]) out[f.name] = value(f.type);
            return out;
        }
        return atomicValue(type);
    }
    const message = value(primaryType);

    const domainFields = [
        ["name", "string", () => rng.pick(["Carnet", "Ether Mail", "données"])],
        ["version", "string", () => String(1 + rng.int(3))],
        ["chainId", "uint256", () => rng.pick([1, 31337, "11155111", "0x7a69"])],
        ["verifyingContract", "address", () => getAddress(rng.hex(20))],
        ["salt", "bytes32", () => rng.hex(32)],
    ];
    const domain = {};
    const domainType = [];
    for (const [name, type, make] of domainFields) {
        if (rng.int(4) !== 0) {
            domain[name] = make();
            domainType.push({ name, type });
        }
    }
    if (domainType.length === 0) {
        domain.name = "Carnet";
        domainType.push({ name: "name", type: "string" });
    }
    return { types, primaryType, domain, domainType, message };
}

for (let i = 0; i < count; i++) {
    const c = makeCase();
    let wallet;
    for (;;) { try { wallet = new Wallet(rng.hex(32)); break; } catch { /* not a valid key */ } }
    const encoder = TypedDataEncoder.from(c.types);
    if (encoder.primaryType !== c.primaryType) throw new Error("ethers chose another primary type");
    const signature = await wallet.signTypedData(c.domain, c.types, c.message);
    console.log(JSON.stringify({
        typedData: { types: { EIP712Domain: c.domainType, ...c.types }, primaryType: c.primaryType, domain: c.domain, message: c.message },
        encodeType: encoder.encodeType(c.primaryType),
        domainSeparator: TypedDataEncoder.hashDomain(c.domain),
        messageHash: encoder.hash(c.message),
        digest: TypedDataEncoder.hash(c.domain, c.types, c.message),
        privateKey: wallet.privateKey,
        signature,
        address: wallet.address,
    }));
}
