#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Manual smoke check of the compiled contracts on a throwaway anvil (not a ctest: the contract tests go
// through the C++ client). Starts anvil from ledger/node_modules on 127.0.0.1 with --hardfork paris and a
// free port, deploys the four contracts with raw JSON-RPC eth_sendTransaction from anvil's unlocked
// accounts, exercises every function, checks the events and 46 revert paths by their custom errors,
// prints the gas used, and stops anvil. ethers (tests/oracles) only encodes calldata and decodes results,
// and is the EIP-712 oracle for grantDigest. docs/CONTRACTS.md quotes its gas figures.
//
//   node ledger/scripts/smoke.mjs --artifacts <build>/ledger/generated/artifacts
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ledgerDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifactsArg = process.argv.indexOf('--artifacts');
if (artifactsArg < 0 || !process.argv[artifactsArg + 1]) {
  console.error('usage: smoke.mjs --artifacts <build>/ledger/generated/artifacts');
  process.exit(2);
}
const ART = path.resolve(process.argv[artifactsArg + 1]);
const require = createRequire(path.join(ledgerDir, '..', 'tests', 'oracles', 'package.json'));
const { Interface, TypedDataEncoder, keccak256, toBeHex, getAddress, solidityPackedKeccak256, concat } = require('ethers');

const art = (n) => JSON.parse(fs.readFileSync(`${ART}/${n}.json`, 'utf8'));
const C = {}; for (const n of ['CarnetRegistry', 'RecordLog', 'AccessGrants', 'ResearchMarket']) C[n] = { ...art(n), iface: new Interface(art(n).abi) };

// anvil on a free port; resolves with its URL once it listens.
const anvil = spawn(path.join(ledgerDir, 'node_modules', '.bin', 'anvil'),
  ['--host', '127.0.0.1', '--port', '0', '--hardfork', 'paris'], { stdio: ['ignore', 'pipe', 'inherit'] });
const RPC = await new Promise((resolve, reject) => {
  let seen = '';
  anvil.stdout.on('data', (chunk) => {
    seen += chunk;
    const m = /Listening on (\S+)/.exec(seen);
    if (m) resolve(`http://${m[1]}`);
  });
  anvil.on('exit', (code) => reject(new Error(`anvil exited (${code})`)));
});
anvil.stdout.resume();

let id = 0;
async function rpc(method, params = []) {
  const r = await fetch(RPC, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }) });
  const j = await r.json();
  if (j.error) { const e = new Error(`${method}: ${j.error.message}`); e.data = j.error.data; throw e; }
  return j.result;
}
let authority, relayer, provider, clinician, researcher, patientOwn, sharing, payout;
const gas = {};
let failures = 0;
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures++; };

async function receipt(hash) { for (;;) { const r = await rpc('eth_getTransactionReceipt', [hash]); if (r) return r; await new Promise((s) => setTimeout(s, 20)); } }
async function send(from, to, data, value = 0n, label) {
  const tx = { from, data, value: toBeHex(value), gas: toBeHex(5_000_000) }; if (to) tx.to = to;
  const r = await receipt(await rpc('eth_sendTransaction', [tx]));
  if (r.status !== '0x1') throw new Error(`${label}: status ${r.status}`);
  if (label) gas[label] = Number(r.gasUsed);
  return r;
}
async function deploy(name, args) {
  const c = C[name];
  const data = c.bytecode + c.iface.encodeDeploy(args).slice(2);
  const r = await send(authority, null, data, 0n, `deploy ${name}`);
  c.address = getAddress(r.contractAddress);
  const code = await rpc('eth_getCode', [c.address, 'latest']);
  check(code.length > 2, `${name} deployed at ${c.address} (${(code.length - 2) / 2} bytes runtime)`);
}
async function call(name, fn, args, from = authority) {
  const c = C[name];
  const out = await rpc('eth_call', [{ from, to: c.address, data: c.iface.encodeFunctionData(fn, args) }, 'latest']);
  return c.iface.decodeFunctionResult(fn, out);
}
async function tx(name, fn, args, from, value = 0n, label) {
  const c = C[name];
  return send(from, c.address, c.iface.encodeFunctionData(fn, args), value, label ?? `${name}.${fn}`);
}
// Expects the call to revert with the named custom error (checked with eth_call against the pending state).
async function expectRevert(name, fn, args, from, errorName, value = 0n) {
  const c = C[name];
  try {
    await rpc('eth_call', [{ from, to: c.address, data: c.iface.encodeFunctionData(fn, args), value: toBeHex(value) }, 'latest']);
    check(false, `${name}.${fn} should revert with ${errorName}`);
  } catch (e) {
    const parsed = e.data ? c.iface.parseError(e.data) : null;
    check(parsed?.name === errorName, `${name}.${fn} reverts ${parsed?.name}(${parsed?.args.join(', ')}) expected ${errorName}`);
  }
}
function events(name, r) {
  const c = C[name];
  return r.logs.filter((l) => l.address.toLowerCase() === c.address.toLowerCase()).map((l) => c.iface.parseLog(l));
}

async function main() {
[authority, relayer, provider, clinician, researcher, patientOwn, sharing, payout] =
  (await rpc('eth_accounts')).map(getAddress);

// --- deployment
await deploy('CarnetRegistry', [authority]);
await deploy('RecordLog', [C.CarnetRegistry.address]);
await deploy('AccessGrants', [C.CarnetRegistry.address]);
await deploy('ResearchMarket', [C.CarnetRegistry.address]);

// --- registry
let r = await tx('CarnetRegistry', 'register', [provider, 1, 'Laboratoire Cerballiance Lyon'], authority);
const regBlock = Number(r.blockNumber);
let ev = events('CarnetRegistry', r)[0];
check(ev.name === 'Registered' && ev.args.account === provider && Number(ev.args.role) === 1 && Number(ev.args.blockNumber) === regBlock, 'Registered event');
await tx('CarnetRegistry', 'register', [clinician, 2, 'Dr Claire Martin'], authority);
await tx('CarnetRegistry', 'register', [researcher, 3, 'INSERM U1234'], authority);
await expectRevert('CarnetRegistry', 'register', [provider, 1, 'again'], authority, 'AlreadyLicensed');
await expectRevert('CarnetRegistry', 'register', [payout, 1, 'x'], relayer, 'NotAuthority');
await expectRevert('CarnetRegistry', 'register', [payout, 4, 'x'], authority, 'InvalidRole');
await expectRevert('CarnetRegistry', 'register', [payout, 1, ''], authority, 'EmptyName');
await expectRevert('CarnetRegistry', 'register', ['0x' + '00'.repeat(20), 1, 'x'], authority, 'ZeroAddress');
await expectRevert('CarnetRegistry', 'revoke', [payout, 1], authority, 'NotLicensed');
check((await call('CarnetRegistry', 'isLicensed', [provider, 1]))[0] === true, 'provider licensed');

// --- record log
const recordId = keccak256('0x' + Buffer.from('record-1').toString('hex'));
const entry0 = '0x' + 'ab'.repeat(700);
r = await tx('RecordLog', 'publish', [recordId, 0, entry0], provider, 0n, 'RecordLog.publish (700 B)');
ev = events('RecordLog', r)[0];
check(ev.name === 'EntryPublished' && ev.args.sequence === 0n && ev.args.author === provider && ev.args.patientReported === false && ev.args.sealedEntry === entry0, 'EntryPublished event');
check((await call('RecordLog', 'entryHash', [recordId, 0]))[0] === keccak256(entry0), 'entryHash = keccak256(entry)');
await expectRevert('RecordLog', 'publish', [recordId, 0, entry0], provider, 'BadSequence');
await expectRevert('RecordLog', 'publish', [recordId, 2, entry0], provider, 'BadSequence');
await expectRevert('RecordLog', 'publish', [recordId, 1, entry0], researcher, 'NotLicensedAuthor');
await expectRevert('RecordLog', 'publish', [recordId, 1, '0x'], provider, 'EmptyEntry');
await expectRevert('RecordLog', 'publish', [recordId, 1, '0x' + '00'.repeat(65537)], provider, 'EntryTooLarge');
await expectRevert('RecordLog', 'entryHash', [recordId, 5], provider, 'NoSuchEntry');
r = await tx('RecordLog', 'publishOwn', [recordId, 1, '0x' + 'cd'.repeat(300)], patientOwn, 0n, 'RecordLog.publishOwn (300 B)');
check(events('RecordLog', r)[0].args.patientReported === true, 'publishOwn marked patientReported');
check((await call('RecordLog', 'entryCount', [recordId]))[0] === 2n, 'entryCount = 2');
await tx('RecordLog', 'publish', [recordId, 2, '0x' + 'ef'.repeat(4096)], clinician, 0n, 'RecordLog.publish (4 KiB)');
r = await tx('CarnetRegistry', 'revoke', [provider, 1], authority);
const revBlock = Number(r.blockNumber);
check(events('CarnetRegistry', r)[0].name === 'Revoked', 'Revoked event');
await expectRevert('RecordLog', 'publish', [recordId, 3, entry0], provider, 'NotLicensedAuthor');
await rpc('evm_mine');
const at = async (b) => (await call('CarnetRegistry', 'isLicensedAt', [provider, 1, b]))[0];
check(await at(regBlock - 1) === false && await at(regBlock) === true && await at(revBlock) === true && await at(revBlock + 1) === false,
  `isLicensedAt: before ${regBlock} no, ${regBlock}..${revBlock} yes, after no`);
await tx('CarnetRegistry', 'register', [provider, 1, 'Laboratoire Cerballiance Lyon'], authority, 0n, 'CarnetRegistry.register (again)');
check(await at(revBlock + 1) === false && (await call('CarnetRegistry', 'licenceCount', [provider, 1]))[0] === 2n, 'licence history keeps the gap');

// --- access grants (signed by anvil's eth_signTypedData_v4 for the sharing account; docs/PROTOCOL.md §8)
const chainId = Number(await rpc('eth_chainId'));
const domain = { name: 'Carnet Access Grants', version: '2', chainId, verifyingContract: C.AccessGrants.address };
const types = { GrantTerms: [
  { name: 'grantId', type: 'bytes32' }, { name: 'patient', type: 'address' }, { name: 'scopeHash', type: 'bytes32' },
  { name: 'keyBundleHash', type: 'bytes32' }, { name: 'keyBundleParts', type: 'uint16' }, { name: 'expiry', type: 'uint64' },
  { name: 'grantee', type: 'address' }, { name: 'permissions', type: 'uint8' }, { name: 'nonce', type: 'uint256' }] };
const now = Number((await rpc('eth_getBlockByNumber', ['latest', false])).timestamp);
const part0 = '0x' + '11'.repeat(600), part1 = '0x' + '22'.repeat(40);
const grantId = solidityPackedKeccak256(['string', 'address', 'uint256'], ['carnet/grant-id/v1', sharing, 1]);
check((await call('AccessGrants', 'grantIdOf', [sharing, 1]))[0] === grantId, 'grantIdOf = ethers solidityPackedKeccak256');
const terms = { grantId, patient: sharing, scopeHash: keccak256('0x02'), keyBundleHash: keccak256(concat([part0, part1])),
  keyBundleParts: 2, expiry: now + 86400, grantee: '0x' + '00'.repeat(20), permissions: 1, nonce: 1 };
const typed = { types: { EIP712Domain: [{ name: 'name', type: 'string' }, { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' }, { name: 'verifyingContract', type: 'address' }], ...types },
  primaryType: 'GrantTerms', domain, message: { ...terms, expiry: String(terms.expiry), nonce: String(terms.nonce) } };
const sig = await rpc('eth_signTypedData_v4', [sharing, typed]);
const tuple = (t) => [t.grantId, t.patient, t.scopeHash, t.keyBundleHash, t.keyBundleParts, t.expiry, t.grantee, t.permissions, t.nonce];
const termsTuple = tuple(terms);
check((await call('AccessGrants', 'grantDigest', [termsTuple]))[0] === TypedDataEncoder.hash(domain, types, terms), 'grantDigest = ethers TypedDataEncoder.hash');
check((await call('AccessGrants', 'domainSeparator', []))[0] === TypedDataEncoder.hashDomain(domain), 'domainSeparator = ethers hashDomain');
await expectRevert('AccessGrants', 'issue', [tuple({ ...terms, grantId: keccak256('0x01') }), sig, part0], relayer, 'GrantIdNotBound');
await expectRevert('AccessGrants', 'issue', [tuple({ ...terms, permissions: 3 }), sig, part0], relayer, 'BadSignature');
const badS = sig.slice(0, 66) + 'ff'.repeat(32) + sig.slice(130);
await expectRevert('AccessGrants', 'issue', [termsTuple, badS, part0], relayer, 'BadSignature');
await expectRevert('AccessGrants', 'issue', [tuple({ ...terms, expiry: now + 100 * 86400 }), sig, part0], relayer, 'ExpiryTooFar');
await expectRevert('AccessGrants', 'issue', [tuple({ ...terms, expiry: now - 1 }), sig, part0], relayer, 'GrantExpired');
await expectRevert('AccessGrants', 'issue', [termsTuple, sig, '0x'], relayer, 'BadPartSize');
r = await tx('AccessGrants', 'issue', [termsTuple, sig, part0], relayer, 0n, 'AccessGrants.issue (600 B part)');
ev = events('AccessGrants', r)[0];
check(ev.name === 'GrantIssued' && ev.args.patient === sharing && ev.args.firstPart === part0, 'GrantIssued event');
await expectRevert('AccessGrants', 'issue', [termsTuple, sig, part0], relayer, 'NonceUsed');
check(Number((await call('AccessGrants', 'grantState', [terms.grantId]))[0]) === 4, 'grantState Incomplete');
await expectRevert('AccessGrants', 'recordAccess', [terms.grantId, keccak256('0x03')], clinician, 'GrantIncomplete');
await expectRevert('AccessGrants', 'addKeyBundlePart', [terms.grantId, 1, part1], relayer, 'NotPatient');
await expectRevert('AccessGrants', 'addKeyBundlePart', [terms.grantId, 2, part1], sharing, 'BadPartIndex');
r = await tx('AccessGrants', 'addKeyBundlePart', [terms.grantId, 1, part1], sharing, 0n, 'AccessGrants.addKeyBundlePart (40 B)');
check(events('AccessGrants', r)[0].name === 'KeyBundlePart', 'KeyBundlePart event');
check(Number((await call('AccessGrants', 'grantState', [terms.grantId]))[0]) === 1, 'grantState Active');
await expectRevert('AccessGrants', 'recordAccess', [terms.grantId, keccak256('0x03')], researcher, 'NotLicensedClinician');
r = await tx('AccessGrants', 'recordAccess', [terms.grantId, keccak256('0x03')], clinician, 0n, 'AccessGrants.recordAccess');
ev = events('AccessGrants', r)[0];
check(ev.name === 'AccessRecorded' && ev.args.clinician === clinician, 'AccessRecorded event');
await expectRevert('AccessGrants', 'revoke', [terms.grantId], relayer, 'NotPatient');
r = await tx('AccessGrants', 'revoke', [terms.grantId], sharing, 0n, 'AccessGrants.revoke');
check(events('AccessGrants', r)[0].name === 'Revoked', 'Revoked (grant) event');
await expectRevert('AccessGrants', 'recordAccess', [terms.grantId, keccak256('0x03')], clinician, 'GrantRevoked');
check(Number((await call('AccessGrants', 'grantState', [terms.grantId]))[0]) === 2, 'grantState Revoked');
const [fields, dName, dVersion, dChain, dAddr] = await call('AccessGrants', 'eip712Domain', []);
check(fields === '0x0f' && dName === domain.name && dVersion === '2' && Number(dChain) === chainId && dAddr === C.AccessGrants.address, 'eip712Domain (ERC-5267)');
const encKey = '0x02' + '44'.repeat(32);
await expectRevert('CarnetRegistry', 'setEncryptionKey', [clinician, encKey], relayer, 'NotAuthority');
await expectRevert('CarnetRegistry', 'setEncryptionKey', [clinician, '0x04' + '44'.repeat(32)], authority, 'BadEncryptionKey');
await tx('CarnetRegistry', 'setEncryptionKey', [clinician, encKey], authority, 0n, 'CarnetRegistry.setEncryptionKey');
check((await call('CarnetRegistry', 'encryptionKeyOf', [clinician]))[0] === encKey, 'encryptionKeyOf');

// --- research market (v2: ids bound to the researcher, pseudonyms to the joining account)
const salt = keccak256('0x0a');
const studyId = solidityPackedKeccak256(['string', 'address', 'bytes32'], ['carnet/study-id/v1', researcher, salt]);
check((await call('ResearchMarket', 'studyIdOf', [researcher, salt]))[0] === studyId, 'studyIdOf equals ethers solidityPackedKeccak256');
const pseudonym = solidityPackedKeccak256(['string', 'bytes32', 'address'], ['carnet/study-pseudonym/v1', studyId, patientOwn]);
check((await call('ResearchMarket', 'pseudonymOf', [studyId, patientOwn]))[0] === pseudonym, 'pseudonymOf equals ethers solidityPackedKeccak256');
const studyTerms = '0x' + Buffer.from('{"purpose":"smoke study","data":["Observation"]}').toString('hex');
const key = '0x02' + '33'.repeat(32);
const deadline = now + 7 * 86400;
const post = (t = studyTerms, k = key) => [salt, t, 10n ** 15n, 3, deadline, k];
await expectRevert('ResearchMarket', 'postStudy', post(), researcher, 'WrongEscrow', 10n ** 15n);
await expectRevert('ResearchMarket', 'postStudy', post(), clinician, 'NotLicensedResearcher', 3n * 10n ** 15n);
await expectRevert('ResearchMarket', 'postStudy', post(studyTerms, '0x04' + '33'.repeat(32)), researcher, 'BadEncryptionKey', 3n * 10n ** 15n);
await expectRevert('ResearchMarket', 'postStudy', post('0x'), researcher, 'BadTerms', 3n * 10n ** 15n);
r = await tx('ResearchMarket', 'postStudy', post(), researcher, 3n * 10n ** 15n, 'ResearchMarket.postStudy');
ev = events('ResearchMarket', r)[0];
check(ev.name === 'StudyPosted' && ev.args.studyId === studyId && ev.args.terms === studyTerms && ev.args.termsHash === keccak256(studyTerms), 'StudyPosted event carries the terms and their hash');
await expectRevert('ResearchMarket', 'postStudy', post(), researcher, 'StudyExists', 3n * 10n ** 15n);
await expectRevert('ResearchMarket', 'join', [studyId, keccak256('0x0d')], patientOwn, 'NoDataset');
const dataPart0 = '0x' + 'ab'.repeat(32768), dataPart1 = '0x' + 'cd'.repeat(100);
r = await tx('ResearchMarket', 'deliverPart', [studyId, 0, dataPart0], patientOwn, 0n, 'ResearchMarket.deliverPart (32 KiB, first)');
ev = events('ResearchMarket', r)[0];
check(ev.name === 'DatasetPart' && ev.args.pseudonym === pseudonym && ev.args.index === 0n, 'DatasetPart event');
await expectRevert('ResearchMarket', 'deliverPart', [studyId, 2, dataPart1], patientOwn, 'PartOutOfOrder');
await expectRevert('ResearchMarket', 'deliverPart', [studyId, 1, '0x'], patientOwn, 'BadPart');
await tx('ResearchMarket', 'deliverPart', [studyId, 1, dataPart1], patientOwn, 0n, 'ResearchMarket.deliverPart (100 B, second)');
const delivery = keccak256(concat([keccak256(concat([toBeHex(0n, 32), dataPart0])), dataPart1]));
await expectRevert('ResearchMarket', 'join', [studyId, keccak256('0x0d')], relayer, 'NoDataset');
r = await tx('ResearchMarket', 'join', [studyId, keccak256('0x0d')], patientOwn, 0n, 'ResearchMarket.join');
ev = events('ResearchMarket', r)[0];
check(ev.name === 'Joined' && ev.args.account === patientOwn && ev.args.deliveryHash === delivery && ev.args.parts === 2n, 'Joined event with the chained delivery hash');
const [state, account, , deliveryHash, parts] = await call('ResearchMarket', 'participant', [studyId, pseudonym]);
check(state === 1n && account === patientOwn && deliveryHash === delivery && parts === 2n, 'participant view');
await expectRevert('ResearchMarket', 'join', [studyId, keccak256('0x0d')], patientOwn, 'AlreadyJoined');
await expectRevert('ResearchMarket', 'leaveStudy', [studyId], relayer, 'NotParticipant');
r = await tx('ResearchMarket', 'leaveStudy', [studyId], patientOwn, 0n, 'ResearchMarket.leaveStudy');
check(events('ResearchMarket', r)[0].name === 'Left', 'Left event');
await expectRevert('ResearchMarket', 'deliverPart', [studyId, 2, dataPart1], patientOwn, 'AlreadyLeft');
await expectRevert('ResearchMarket', 'refund', [studyId], researcher, 'DeadlineNotReached');
await rpc('evm_increaseTime', [8 * 86400]); await rpc('evm_mine');
await expectRevert('ResearchMarket', 'join', [studyId, keccak256('0x0d')], relayer, 'StudyClosed');
await expectRevert('ResearchMarket', 'refund', [studyId], clinician, 'NotResearcher');
r = await tx('ResearchMarket', 'refund', [studyId], researcher, 0n, 'ResearchMarket.refund');
ev = events('ResearchMarket', r)[0];
check(ev.name === 'Refunded' && ev.args.amount === 2n * 10n ** 15n, 'Refunded 2 places');
await expectRevert('ResearchMarket', 'refund', [studyId], researcher, 'AlreadyRefunded');
await expectRevert('ResearchMarket', 'withdraw', ['0x' + '00'.repeat(20)], patientOwn, 'ZeroAddress');
const before = BigInt(await rpc('eth_getBalance', [payout, 'latest']));
r = await tx('ResearchMarket', 'withdraw', [payout], patientOwn, 0n, 'ResearchMarket.withdraw');
ev = events('ResearchMarket', r)[0];
check(ev.name === 'Withdrawn' && ev.args.account === patientOwn && ev.args.to === payout, 'Withdrawn event names the account and the recipient');
const after = BigInt(await rpc('eth_getBalance', [payout, 'latest']));
check(after - before === 10n ** 15n, 'withdraw sent the price to the chosen address');
await expectRevert('ResearchMarket', 'withdraw', [payout], patientOwn, 'NothingToWithdraw');
check(BigInt(await rpc('eth_getBalance', [C.ResearchMarket.address, 'latest'])) === 2n * 10n ** 15n, 'market holds the refunded escrow until the researcher withdraws');
await tx('ResearchMarket', 'withdraw', [researcher], researcher, 0n, 'ResearchMarket.withdraw (refund)');
check(BigInt(await rpc('eth_getBalance', [C.ResearchMarket.address, 'latest'])) === 0n, 'market empty');

console.log('\ngas used:');
for (const [k, v] of Object.entries(gas)) console.log(`  ${k.padEnd(40)} ${v}`);
console.log(failures === 0 ? '\nSMOKE OK' : `\nSMOKE FAILED (${failures})`);
}

try {
  await main();
} catch (e) {
  console.error(e);
  failures++;
} finally {
  const exited = new Promise((resolve) => anvil.once('exit', resolve));
  anvil.kill('SIGTERM');
  await exited;
}
process.exitCode = failures === 0 ? 0 : 1;
