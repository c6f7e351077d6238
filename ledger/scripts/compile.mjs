#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Compiles ledger/contracts/*.sol with the solc-js of ledger/node_modules (standard JSON, no network)
// and writes, under --out-dir:
//   artifacts/<Contract>.json         abi, creation bytecode, selectors, event topics, error selectors
//   ledger/contracts_generated.h/.cpp the same for C++ (namespace carnet::contracts)
// Run by ledger/CMakeLists.txt at build time; any compiler error (or warning) fails the build.
//
//   node ledger/scripts/compile.mjs --out-dir <dir>
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { generateHeader, generateSource } from './cppgen.mjs';

const ledgerDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contractsDir = path.join(ledgerDir, 'contracts');
const nodeModules = path.join(ledgerDir, 'node_modules');

// Pinned so that the bytecode runs on consortium chains that stop at the Merge: see docs/CONTRACTS.md.
export const EVM_VERSION = 'paris';
// The contracts that are deployed, in deployment order. Every one must come out of the compiler.
export const DEPLOYABLE = ['CarnetRegistry', 'RecordLog', 'AccessGrants', 'ResearchMarket'];

function fail(message) {
  process.stderr.write(`compile.mjs: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { outDir: null };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--out-dir' && i + 1 < argv.length) args.outDir = path.resolve(argv[++i]);
    else fail(`unknown argument "${argv[i]}" (usage: compile.mjs --out-dir DIR)`);
  }
  if (!args.outDir) fail('missing --out-dir DIR');
  return args;
}

function loadPackages() {
  if (!fs.existsSync(path.join(nodeModules, 'solc'))) {
    fail(`${nodeModules}/solc is missing: run scripts/setup-npm.sh (npm ci in ledger/)`);
  }
  const require = createRequire(path.join(ledgerDir, 'package.json'));
  const solc = require('solc');
  // js-sha3 is solc's own dependency (pinned by package-lock.json); resolve it from solc's location.
  const { keccak_256: keccak256 } = createRequire(require.resolve('solc'))('js-sha3');
  return { solc, keccak256 };
}

// The canonical ABI type of a parameter: tuples spelled out as (t1,t2,...), array suffixes kept.
function canonicalType(param) {
  if (!param.type.startsWith('tuple')) return param.type;
  return `(${param.components.map(canonicalType).join(',')})${param.type.slice('tuple'.length)}`;
}

function signatureOf(item) {
  return `${item.name}(${item.inputs.map(canonicalType).join(',')})`;
}

function compile(solc) {
  const sources = {};
  for (const file of fs.readdirSync(contractsDir).filter((f) => f.endsWith('.sol')).sort()) {
    sources[`contracts/${file}`] = { content: fs.readFileSync(path.join(contractsDir, file), 'utf8') };
  }
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      evmVersion: EVM_VERSION,
      optimizer: { enabled: true, runs: 200 },
      remappings: ['@openzeppelin/contracts/=node_modules/@openzeppelin/contracts/'],
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.methodIdentifiers'] } },
    },
  };
  // Source unit names are paths relative to ledger/ (after remapping); nothing outside ledger/ is
  // read and nothing is fetched.
  const findImports = (importPath) => {
    const candidate = path.resolve(ledgerDir, importPath);
    if (candidate.startsWith(ledgerDir + path.sep) && fs.existsSync(candidate)) {
      return { contents: fs.readFileSync(candidate, 'utf8') };
    }
    return { error: `import not found under ledger/: ${importPath}` };
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const problems = (output.errors ?? []).filter((e) => e.severity !== 'info');
  if (problems.length > 0) {
    fail(`solc ${solc.version()} reported:\n${problems.map((e) => e.formattedMessage ?? e.message).join('\n')}`);
  }
  return output;
}

function describe(name, compiled, keccak256) {
  const abi = compiled.abi;
  const bytecode = compiled.evm.bytecode.object;
  if (!/^([0-9a-f]{2})+$/.test(bytecode)) fail(`${name}: empty or unlinked bytecode`);
  const functions = Object.entries(compiled.evm.methodIdentifiers)
    .map(([signature, selector]) => ({ name: signature.slice(0, signature.indexOf('(')), signature, selector }))
    .sort((a, b) => a.signature.localeCompare(b.signature));
  const events = abi.filter((i) => i.type === 'event')
    .map((i) => ({ name: i.name, signature: signatureOf(i), topic0: keccak256(signatureOf(i)), anonymous: i.anonymous }))
    .sort((a, b) => a.signature.localeCompare(b.signature));
  const errors = abi.filter((i) => i.type === 'error')
    .map((i) => ({ name: i.name, signature: signatureOf(i), selector: keccak256(signatureOf(i)).slice(0, 8) }))
    .sort((a, b) => a.signature.localeCompare(b.signature));
  // The C++ constants are named after the ABI names, so overloads would collide.
  for (const [kind, list] of [['function', functions], ['event', events], ['error', errors]]) {
    const seen = new Set();
    for (const item of list) {
      if (seen.has(item.name)) fail(`${name}: overloaded ${kind} ${item.name} is not supported by the generator`);
      seen.add(item.name);
    }
  }
  return { name, abi, bytecode, functions, events, errors };
}

// Always rewritten, so that the build tool sees outputs newer than their inputs.
function writeFile(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const args = parseArgs(process.argv.slice(2));
const { solc, keccak256 } = loadPackages();
const output = compile(solc);
const contracts = DEPLOYABLE.map((name) => {
  const file = `contracts/${name}.sol`;
  const compiled = output.contracts?.[file]?.[name];
  if (!compiled) fail(`contract ${name} not found in ${file}`);
  return describe(name, compiled, keccak256);
});
const meta = { solcVersion: solc.version(), evmVersion: EVM_VERSION };
for (const c of contracts) {
  const artifact = { contractName: c.name, ...meta, abi: c.abi, bytecode: `0x${c.bytecode}`,
    functions: c.functions, events: c.events, errors: c.errors };
  writeFile(path.join(args.outDir, 'artifacts', `${c.name}.json`), `${JSON.stringify(artifact, null, 2)}\n`);
}
writeFile(path.join(args.outDir, 'ledger', 'contracts_generated.h'), generateHeader(contracts, meta));
writeFile(path.join(args.outDir, 'ledger', 'contracts_generated.cpp'), generateSource(contracts, meta));
