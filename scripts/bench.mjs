// `npm run bench`: speed and memory figures (medians over repeated runs), never assertions.
// The service runs in this process from out/; the LSP figures come from `node dist/server.js
// --stdio` over a real connection. markdown-it's parse of the same bytes is timed alongside,
// so the figures read as ratios on a noisy machine.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const require = createRequire(import.meta.url);
const { createLanguageService } = require(join(root, 'out/server/src/service.js'));
const { startServer } = require(join(root, 'out/test/protocol/lspClient.js'));
const MarkdownIt = require('markdown-it');

const runs = Number(process.env.BENCH_RUNS ?? 15);

// ---- inputs ----------------------------------------------------------------------------

const corpusDir = resolve(root, '../shared/corpus');
const sources = existsSync(corpusDir)
  ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(join(corpusDir, name), 'utf8') }))
  : readdirSync(join(root, 'samples')).sort().map((name) => ({ name, text: readFileSync(join(root, 'samples', name), 'utf8') }));
if (!existsSync(corpusDir)) console.log('(../shared/corpus is absent: the samples stand in for it)');

/** The sources repeated to about `size` characters, cut at a line end. */
function concatenation(size) {
  let text = '';
  while (text.length < size) text += sources.map((s) => s.text).join('\n\n') + '\n\n';
  return text.slice(0, text.lastIndexOf('\n', size) + 1);
}
const oneMB = concatenation(1_000_000);
const fiveMB = concatenation(5_000_000);

// ---- measuring ---------------------------------------------------------------------------

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeSync(run, times = runs) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function timeAsync(run, times = runs) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const ms = (value) => `${value.toFixed(1).padStart(8)} ms`;
const size = (text) => `${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`;
const row = (label, value, note = '') => console.log(`  ${label.padEnd(44)}${value}${note ? '  ' + note : ''}`);

// ---- the service in process ----------------------------------------------------------------

const service = createLanguageService();
let version = 0;
/** Parse (a new document each run, so nothing is reused) and every whole-document feature. */
function parseAndCheck(uri, text) {
  const document = { uri: `${uri}#${++version}`, version, getText: () => text };
  service.getDiagnostics(document);
  service.getDocumentSymbols(document);
  service.getFoldingRanges(document);
}
function parseOnly(uri, text) {
  service.getModel({ uri: `${uri}#${++version}`, version, getText: () => text });
}

/** The same after a one-character edit in the middle: the unchanged chapters come from the last parse. */
function editAndCheck(uri, text, i) {
  const middle = text.indexOf('\n', text.length >> 1) + 1;
  const edited = i % 2 === 0 ? `${text.slice(0, middle)}x${text.slice(middle)}` : text;
  const document = { uri, version: ++version, getText: () => edited };
  service.getDiagnostics(document);
}

// The protocol figures come from a fresh process (`--protocol`): this one's heap, full of the
// figures below, would add its own pauses to every round trip it times.
const protocolOnly = process.argv.includes('--protocol');
const inputs = [...sources, { name: '~1 MB concatenation', text: oneMB }, { name: '~5 MB concatenation', text: fiveMB }];
if (!protocolOnly) console.log(`\nService in process (median of ${runs} runs; parse + diagnostics + symbols + folding)`);
for (const { name, text } of protocolOnly ? [] : inputs) {
  const uri = `bench://${name}`;
  const parse = timeSync(() => parseOnly(uri, text), text === fiveMB ? 5 : runs);
  const all = timeSync(() => parseAndCheck(uri, text), text === fiveMB ? 5 : runs);
  row(`${name} (${size(text)})`, ms(all), `parse alone ${parse.toFixed(1)} ms`);
  if (text === oneMB || text === fiveMB) {
    parseAndCheck(uri, text);
    row(`  after a one-character edit`, ms(timeSync((i) => editAndCheck(uri, text, i), text === fiveMB ? 5 : runs)), 'parse + diagnostics');
  }
  service.forget(uri);
}

const markdown = new MarkdownIt();
const markdownParse = timeSync(() => markdown.parse(oneMB, {}));
row(protocolOnly ? 'markdown-it parse, ~1 MB, in the client process' : 'markdown-it parse, same ~1 MB', ms(markdownParse));
if (!protocolOnly) {
  execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--protocol'], { stdio: 'inherit' });
  process.exit(0);
}

// ---- over the protocol -----------------------------------------------------------------

/** A position in the middle of `text` on a footnote marker (else on some word), for the requests. */
function probePosition(text) {
  const middle = text.indexOf('\n', text.length >> 1) + 1;
  const marker = text.slice(middle).search(/[¹²³⁴⁵⁶⁷⁸⁹]/);
  const offset = marker >= 0 ? middle + marker : middle;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - before.lastIndexOf('\n') - 1 };
}

/** Types a character at `at` and deletes it again, alternately. */
function edit(at, i) {
  const after = { line: at.line, character: at.character + 1 };
  return i % 2 === 0 ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: after }, text: '' };
}

async function openDocument(server, uri, text) {
  const published = server.nextDiagnostics(uri, 1);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text } });
  return published;
}

async function protocolFigures(server, label, text) {
  const uri = `file:///bench/${label}.unres`;
  await openDocument(server, uri, text);
  const position = probePosition(text);
  let documentVersion = 1;
  const editToDiagnostics = await timeAsync(async (i) => {
    const published = server.nextDiagnostics(uri, ++documentVersion);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: documentVersion }, contentChanges: [edit(position, i)] });
    await published;
  });
  row(`${label}: edit → publishDiagnostics`, ms(editToDiagnostics));

  // A burst of keystrokes: the time until diagnostics for the last one arrive.
  const burst = await timeAsync(async () => {
    const changes = [0, 1, 2, 3].map((k) => edit(position, k));
    const published = server.nextDiagnostics(uri, documentVersion + changes.length);
    for (const change of changes) {
      void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++documentVersion }, contentChanges: [change] });
    }
    await published;
  }, 5);
  row(`${label}: burst of 4 edits → diagnostics`, ms(burst));

  const textDocument = { uri };
  const requests = {
    'textDocument/documentSymbol': { textDocument },
    'textDocument/definition': { textDocument, position },
    'textDocument/hover': { textDocument, position },
    'textDocument/completion': { textDocument, position },
    'textDocument/references': { textDocument, position, context: { includeDeclaration: true } },
    'textDocument/foldingRange': { textDocument },
    'textDocument/codeAction': { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } },
  };
  for (const [method, params] of Object.entries(requests)) {
    let failure;
    const latency = await timeAsync(() => server.connection.sendRequest(method, params).catch((error) => (failure = error.message)));
    row(`${label}: ${method.replace('textDocument/', '')}`, ms(latency), failure ? `(error: ${failure})` : '');
  }
  await server.connection.sendNotification('textDocument/didClose', { textDocument });
  return editToDiagnostics;
}

/** Resident memory of a process, from /proc (Linux). */
function residentMB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

globalThis.gc?.();
console.log(`\nOver stdio to dist/server.js (median of ${runs} runs)`);
const server = await startServer();
let editOneMB;
try {
  editOneMB = await protocolFigures(server, '1 MB', oneMB);
  await protocolFigures(server, '5 MB', fiveMB);
} finally {
  await server.stop();
}

const memoryServer = await startServer();
try {
  const idle = residentMB(memoryServer.process.pid);
  for (let k = 0; k < 10; k++) await openDocument(memoryServer, `file:///bench/memory-${k}.unres`, `Copy ${k}\n\n${oneMB}`);
  row('server RSS, idle', `${idle.toFixed(0).padStart(8)} MB`);
  row('server RSS, ten 1 MB documents open', `${residentMB(memoryServer.process.pid).toFixed(0).padStart(8)} MB`);
} finally {
  await memoryServer.stop();
}

console.log(`\nRatio edit → diagnostics (1 MB) / markdown-it parse (1 MB): ${(editOneMB / markdownParse).toFixed(2)}`);
