// SPDX-License-Identifier: GPL-3.0-or-later
// A small seeded generator (xorshift128+ on BigInt) so that the oracle scripts print the same cases
// for the same seed on every machine. Not for secrets: test data only.
const MASK = (1n << 64n) - 1n;

export class Rng {
    constructor(seed) {
        this.s0 = (BigInt(seed) * 0x9e3779b97f4a7c15n + 1n) & MASK;
        this.s1 = (this.s0 ^ 0xbf58476d1ce4e5b9n) & MASK;
        for (let i = 0; i < 16; i++) this.next64();
    }
    next64() {
        let x = this.s0;
        const y = this.s1;
        this.s0 = y;
        x ^= (x << 23n) & MASK;
        this.s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
        return (this.s1 + y) & MASK;
    }
    /** An integer in [0, n). */
    int(n) { return Number(this.next64() % BigInt(n)); }
    bool() { return this.int(2) === 1; }
    pick(list) { return list[this.int(list.length)]; }
    /** A BigInt of exactly `bits` random bits (the top ones may be zero). */
    bits(bits) {
        let v = 0n;
        for (let i = 0; i < bits; i += 64) v = (v << 64n) | this.next64();
        return v & ((1n << BigInt(bits)) - 1n);
    }
    /** A BigInt below 2^bits with a random bit length, so small and large values both appear. */
    uint(bits) {
        const kind = this.int(8);
        if (kind === 0) return 0n;
        if (kind === 1) return (1n << BigInt(bits)) - 1n;
        return this.bits(1 + this.int(bits));
    }
    bytes(n) {
        const out = new Uint8Array(n);
        for (let i = 0; i < n; i++) out[i] = this.int(256);
        return out;
    }
    hex(n) { return "0x" + Buffer.from(this.bytes(n)).toString("hex"); }
}
