// SPDX-License-Identifier: GPL-3.0-or-later
// Oracle for core/ledger/abi: prints one JSON line per random case, encoded by ethers' AbiCoder and
// Interface:
//   {"kind":"call", "signature":"fN(T1,…)", "types":[…], "values":[…], "encoded": abi.encode(types, values),
//    "callData": Interface.encodeFunctionData}
//   {"kind":"event", "signature":"EN(T1,…)", "params":[{"type","indexed"}], "values":[…],
//    "topics":[…], "data": Interface.encodeEventLog}
// Types: uintN/intN of many sizes, address, bool, bytesN, bytes, string, T[], T[k], tuples, nested.
// Values: integers as decimal strings, addresses EIP-55, bytes as 0x-hex, arrays and tuples as arrays.
// Usage: node abi-cases.mjs [calls] [events] [seed]
import { AbiCoder, Interface, getAddress } from "ethers";
import { Rng } from "./rng.mjs";

const calls = Number(process.argv[2] ?? 120);
const events = Number(process.argv[3] ?? 40);
const rng = new Rng(process.argv[4] ?? 4);
const coder = AbiCoder.defaultAbiCoder();

function elementaryType() {
    switch (rng.int(10)) {
    case 0: return "uint" + 8 * (1 + rng.int(32));
    case 1: return "int" + 8 * (1 + rng.int(32));
    case 2: return "address";
    case 3: return "bool";
    case 4: return "bytes" + (1 + rng.int(32));
    case 5: return "bytes";
    case 6: return "string";
    case 7: return "bytes32";
    default: return "uint256";
    }
}

function randomType(depth) {
    const r = rng.int(10);
    if (depth < 3 && r === 0) return randomType(depth + 1) + "[]";
    if (depth < 3 && r === 1) return randomType(depth + 1) + `[${1 + rng.int(3)}]`;
    if (depth < 3 && r === 2) {
        const n = 1 + rng.int(3);
        return "(" + Array.from({ length: n }, () => randomType(depth + 1)).join(",") + ")";
    }
    return elementaryType();
}

// Splits "(a,(b,c)[],d)" into its top-level members.
function tupleMembers(type) {
    const inner = type.slice(1, -1);
    const out = [];
    let level = 0, start = 0;
    for (let i = 0; i < inner.length; i++) {
        if (inner[i] === "(") level++;
        else if (inner[i] === ")") level--;
        else if (inner[i] === "," && level === 0) { out.push(inner.slice(start, i)); start = i + 1; }
    }
    out.push(inner.slice(start));
    return out;
}

const texts = ["", "a", "consentement", "é", "\u{1F489}", "x".repeat(33), "ordonnance n°42"];

function randomValue(type) {
    let m;
    if ((m = /^(.*)\[(\d*)\]$/.exec(type))) {
        const n = m[2] === "" ? rng.int(4) : Number(m[2]);
        return Array.from({ length: n }, () => randomValue(m[1]));
    }
    if (type.startsWith("(")) return tupleMembers(type).map(randomValue);
    if ((m = /^uint(\d+)$/.exec(type))) return rng.uint(Number(m[1])).toString();
    if ((m = /^int(\d+)$/.exec(type))) {
        const bits = Number(m[1]);
        const v = rng.uint(bits - 1);
        return (rng.bool() ? -v - (rng.int(3) === 0 ? 1n : 0n) : v).toString();
    }
    if (type === "address") return getAddress(rng.hex(20));
    if (type === "bool") return rng.bool();
    if (type === "bytes") return rng.hex(rng.pick([0, 1, 31, 32, 33, 64, 100]));
    if ((m = /^bytes(\d+)$/.exec(type))) return rng.hex(Number(m[1]));
    if (type === "string") return rng.pick(texts);
    throw new Error("unknown type " + type);
}

for (let i = 0; i < calls; i++) {
    const types = Array.from({ length: rng.int(5) }, () => randomType(0));
    const values = types.map(randomValue);
    const signature = `f${i}(${types.join(",")})`;
    const iface = new Interface([`function ${signature}`]);
    if (iface.getFunction(`f${i}`).format("sighash") !== signature) throw new Error("ethers canonical form differs");
    console.log(JSON.stringify({
        kind: "call", signature, types, values,
        encoded: coder.encode(types, values),
        callData: iface.encodeFunctionData(`f${i}`, values),
    }));
}

const indexable = t => /^(u?int\d+|address|bool|bytes\d+|bytes|string)$/.test(t);
for (let i = 0; i < events; i++) {
    const params = Array.from({ length: 1 + rng.int(5) }, () => ({ type: randomType(1), indexed: false }));
    let indexedCount = 0;
    for (const p of params) {
        if (indexedCount < 3 && indexable(p.type) && rng.int(3) !== 0) { p.indexed = true; indexedCount++; }
    }
    const values = params.map(p => randomValue(p.type));
    const signature = `E${i}(${params.map(p => p.type).join(",")})`;
    const iface = new Interface([`event E${i}(${params.map(p => p.type + (p.indexed ? " indexed" : "")).join(",")})`]);
    const log = iface.encodeEventLog(`E${i}`, values);
    console.log(JSON.stringify({ kind: "event", signature, params, values, topics: log.topics, data: log.data }));
}
