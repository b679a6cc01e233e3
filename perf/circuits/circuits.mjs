#!/usr/bin/env node
// The circuit harness (issue 6, "Performance"): holds many live Blazor Server circuits against a portal on this
// machine and measures memory per circuit and the time a recorded payment takes to reach open dashboards.
// Bounded: at most --count circuits (hard cap 2,000), at most --max-seconds (hard cap 900), loopback URLs only.
// Normally started by `perf/run.sh circuits`, which starts the server pinned to one core first.
//
//   node circuits.mjs --url http://127.0.0.1:5199 --pickup DIR --accounts FILE.accounts.json --demo demo-identities.json
//        [--count 1000] [--payments 20] [--max-seconds 540] [--concurrency 8] [--scenarios bare,dashboard,fanout,isolated]
//        [--out results.json] [--hold-seconds N: keep the dashboards open N s before the payments, for profiling]
//        [--warm-up-seconds 60: the least time of unmeasured payments before the fan-out's, see warmUpPayments]
//        [--record-url URL: record the payments on another instance of the portal, on the same PostgreSQL database,
//         so each reaches the dashboards through LISTEN/NOTIFY (the cluster's fan-out)]

import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { BlazorCircuit, nowMs } from './lib/circuit.mjs';
import { CookieSession } from './lib/http.mjs';
import { requireLoopbackBase } from './lib/loopback.mjs';
import { PerfApi } from './lib/perf-api.mjs';
import { signIn } from './lib/signin.mjs';
import { fmt, pooled, summarize } from './lib/stats.mjs';

const MAX_CIRCUITS = 2000;
const MAX_SECONDS = 900;

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    count: { type: 'string', default: '1000' },
    payments: { type: 'string', default: '20' },
    'max-seconds': { type: 'string', default: '540' },
    concurrency: { type: 'string', default: '8' },
    scenarios: { type: 'string', default: 'bare,dashboard,fanout,isolated' },
    pickup: { type: 'string' },
    accounts: { type: 'string' },
    demo: { type: 'string' },
    out: { type: 'string' },
    'hold-seconds': { type: 'string', default: '0' },
    'server-pid': { type: 'string' },
    'warm-up-seconds': { type: 'string', default: '60' },
    'record-url': { type: 'string' },
  },
});

const baseUrl = requireLoopbackBase(options.url ?? '');
const count = Number(options.count);
const maxSeconds = Number(options['max-seconds']);
const paymentCount = Math.min(Number(options.payments), 100);
const concurrency = Math.min(Number(options.concurrency), 64);
const scenarios = new Set(options.scenarios.split(','));
if (!(count >= 1 && count <= MAX_CIRCUITS)) throw new Error(`--count must be 1..${MAX_CIRCUITS}`);
if (!(maxSeconds > 0 && maxSeconds <= MAX_SECONDS)) throw new Error(`--max-seconds must be 1..${MAX_SECONDS}`);

// The hard stop: whatever happens, the harness ends by itself.
const deadline = setTimeout(() => {
  console.error(`Stopping: --max-seconds ${maxSeconds} reached.`);
  process.exit(3);
}, maxSeconds * 1000);

const perf = new PerfApi(baseUrl);
// Where payments are recorded: the dashboards' own server, or another instance (both clocks are this machine's).
const recorder = options['record-url'] ? new PerfApi(requireLoopbackBase(options['record-url'])) : perf;
const results = { url: baseUrl, recordUrl: options['record-url'] ?? baseUrl, count, startedAt: new Date().toISOString(), node: process.version };
const log = (...parts) => console.log(`[${((performance.now()) / 1000).toFixed(1).padStart(6)} s]`, ...parts);
const kb = (bytes) => bytes / 1024;

async function openCircuits(session, path, n) {
  const started = performance.now();
  const circuits = await pooled(n, concurrency, async () => new BlazorCircuit(session, path).start());
  log(`opened ${n} circuits on ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return circuits;
}

async function closeAll(circuits) {
  await pooled(circuits.length, 32, (i) => circuits[i].stop());
  // The server disposes each circuit as its disconnect arrives; wait until none is left.
  for (let i = 0; i < 100; i++) {
    const heap = await perf.heap();
    if (heap.openCircuits === 0) return heap;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('circuits still open on the server after closing them');
}

/** Heap after forced GC with n circuits open minus before, per circuit. */
async function measureMemory(label, session, path) {
  const before = await perf.heap();
  const circuits = await openCircuits(session, path, count);
  const after = await perf.heap();
  if (after.openCircuits < count) throw new Error(`${label}: the server reports ${after.openCircuits} open circuits, expected ${count}`);
  const perCircuit = (after.totalMemoryBytes - before.totalMemoryBytes) / count;
  const result = {
    circuits: count,
    heapBeforeBytes: before.totalMemoryBytes,
    heapAfterBytes: after.totalMemoryBytes,
    perCircuitKB: kb(perCircuit),
    workingSetAfterMB: after.workingSetBytes / 1024 / 1024,
  };
  log(`${label}: heap ${fmt(before.totalMemoryBytes / 1048576)} MB -> ${fmt(after.totalMemoryBytes / 1048576)} MB with ${count} circuits: ${fmt(result.perCircuitKB)} KB per circuit`);
  return { circuits, result };
}

/** CPU time (ms) the server process has used so far, from /proc (the server runs on this machine); null if unknown. */
async function serverCpuMs() {
  if (!options['server-pid']) return null;
  const stat = await readFile(`/proc/${Number(options['server-pid'])}/stat`, 'utf8').catch(() => null);
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
}

const harnessCpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

let paymentSequence = 0;
/** A unique amount per payment, so its rendered text ("4,012.37") identifies the batch that carries it. */
function nextPayment(caseNumber) {
  paymentSequence++;
  const amount = 4000 + paymentSequence + 0.37;
  const text = amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const receiptNumber = `PF${Date.now().toString(36)}${paymentSequence}`.slice(0, 20);
  return { caseNumber, receiptNumber, amount, text };
}

/**
 * Unmeasured payments first, until the server runs the code a portal that has been up for a while runs. .NET compiles a
 * method quickly at first, then with instrumentation, then optimised from what the instrumentation saw (tiered
 * compilation, dynamic PGO). On one processor it waits a second without new compilations before it counts calls, and
 * it compiles in waves with quiet seconds between them: a freshly started server needs about a minute of fan-outs to
 * get there, spending its one core compiling meanwhile. So the warm-up lasts at least minSeconds, and then until
 * QUIET_PAYMENTS payments in a row compiled at most QUIET_METHODS methods each.
 */
const QUIET_PAYMENTS = 10;
const QUIET_METHODS = 2;
async function warmUpPayments(caseNumber, watched, { minSeconds = 0, maxSeconds = 180, min = 3 } = {}) {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  let quiet = 0;
  let compiled = null;
  let payments = 0;
  while (elapsed() < maxSeconds && (payments < min || elapsed() < minSeconds || quiet < QUIET_PAYMENTS)) {
    const payment = nextPayment(caseNumber);
    const arrivals = watched.map((c) => c.waitForText(payment.text, 15_000));
    const reply = await recorder.recordPayment(payment);
    await Promise.all(arrivals);
    // Counted at the next receipt: what the previous payment's fan-out compiled.
    if (compiled !== null) quiet = reply.compiledMethods - compiled <= QUIET_METHODS ? quiet + 1 : 0;
    compiled = reply.compiledMethods;
    payments++;
  }
  const settled = quiet >= QUIET_PAYMENTS;
  log(`warm-up: ${payments} payments in ${fmt(elapsed())} s${settled ? `, the last ${QUIET_PAYMENTS} compiling no more than ${QUIET_METHODS} methods each` : ` (stopped after ${maxSeconds} s: the JIT was still compiling)`}`);
  return { payments, seconds: elapsed(), settled };
}

/** Records payments one at a time and times, for each watched circuit, accepted -> render batch carrying it. */
async function measurePayments(label, caseNumber, watched, bystanders = []) {
  const latencies = [];
  const perPayment = [];
  let bystanderHits = 0;
  for (let k = 0; k < paymentCount; k++) {
    const payment = nextPayment(caseNumber);
    const arrivals = watched.map((c) => c.waitForText(payment.text, 15_000));
    const leaks = bystanders.map((c) => c.waitForText(payment.text, 1_000).then(() => 1, () => 0));
    const cpuBefore = { server: await serverCpuMs(), harness: harnessCpuMs() };
    const reply = await recorder.recordPayment(payment);
    if (reply.outcome !== 'Recorded') throw new Error(`payment not recorded: ${JSON.stringify(reply)}`);
    const times = (await Promise.all(arrivals)).map((a) => a.at - reply.receivedAtUnixMs);
    const serverCpu = cpuBefore.server === null ? null : (await serverCpuMs()) - cpuBefore.server;
    const harnessCpu = harnessCpuMs() - cpuBefore.harness;
    bystanderHits += (await Promise.all(leaks)).reduce((a, b) => a + b, 0);
    latencies.push(...times);
    const s = summarize(times);
    perPayment.push({ writeMs: reply.recordedAtUnixMs - reply.receivedAtUnixMs, serverCpuMs: serverCpu, harnessCpuMs: harnessCpu, collectionsAtReceipt: reply.collections, allocatedAtReceipt: reply.allocatedBytes, ...s });
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const summary = summarize(latencies);
  const writeMs = summarize(perPayment.map((p) => p.writeMs));
  // Garbage collections between one payment's receipt and the next (its fan-out and the pause after it), by generation.
  for (let k = 0; k + 1 < perPayment.length; k++) {
    perPayment[k].collections = perPayment[k + 1].collectionsAtReceipt.map((n, g) => n - perPayment[k].collectionsAtReceipt[g]);
    perPayment[k].allocatedKB = (perPayment[k + 1].allocatedAtReceipt - perPayment[k].allocatedAtReceipt) / 1024;
  }
  const harnessCpu = summarize(perPayment.map((p) => p.harnessCpuMs));
  const serverCpu = perPayment[0].serverCpuMs === null ? null : summarize(perPayment.map((p) => p.serverCpuMs));
  log(`${label}: ${paymentCount} payments x ${watched.length} dashboards: accepted -> update at client median ${fmt(summary.median)} ms, p95 ${fmt(summary.p95)} ms, max ${fmt(summary.max)} ms (record+publish call median ${fmt(writeMs.median)} ms)`);
  // Where the time goes: if the harness's own CPU per payment nears the latency, the harness is the bottleneck.
  log(`${label}: CPU per payment (until the last dashboard had it): server median ${serverCpu ? fmt(serverCpu.median) : '?'} ms, harness median ${fmt(harnessCpu.median)} ms`);
  if (bystanders.length) log(`${label}: ${bystanderHits} updates reached the ${bystanders.length} dashboards of the other case (expected 0)`);
  return { payments: paymentCount, dashboards: watched.length, ...summary, recordAndPublishMs: writeMs, perPayment, bystanderHits };
}

async function main() {
  const initial = await perf.heap();
  results.server = { processorCount: initial.processorCount, serverGc: initial.serverGc };
  log(`server: ${initial.processorCount} processor(s), ${initial.serverGc ? 'server' : 'workstation'} GC, heap ${fmt(initial.totalMemoryBytes / 1048576)} MB`);

  // Warm-up: JIT, caches and pools, so the first measured circuits cost what later ones cost.
  // Pages are static unless they need a circuit (the home page opens none): the lightest interactive page, a form of
  // one field, is the reference circuit.
  const anonymous = new CookieSession(baseUrl);
  const referencePath = '/forgot-username';
  await closeAll(await openCircuits(anonymous, referencePath, 30));

  if (scenarios.has('bare')) {
    const { circuits, result } = await measureMemory('forgot-username circuits', anonymous, referencePath);
    results.bareCircuit = result;
    if (Number(options['hold-seconds']) > 0 && !['dashboard', 'fanout', 'isolated'].some((s) => scenarios.has(s))) {
      log(`holding ${count} forgot-username circuits open for ${options['hold-seconds']} s`);
      await new Promise((resolve) => setTimeout(resolve, Number(options['hold-seconds']) * 1000));
    }
    await closeAll(circuits);
  }

  const needsDashboards = ['dashboard', 'fanout', 'isolated'].some((s) => scenarios.has(s));
  if (!needsDashboards) return;

  const demo = JSON.parse(await readFile(options.demo, 'utf8')).registeredParent;
  const accounts = JSON.parse(await readFile(options.accounts, 'utf8'));
  const parent = new CookieSession(baseUrl);
  await signIn(parent, { userName: demo.userName, password: demo.password, email: demo.email, pickupFolder: options.pickup });
  log(`signed in as ${demo.userName} (case ${demo.caseNumber})`);
  const dashboardPath = `/dashboard?case=${demo.caseNumber}`;
  await closeAll(await openCircuits(parent, dashboardPath, 30));

  const { circuits: dashboards, result } = await measureMemory('dashboard circuits', parent, dashboardPath);
  results.dashboardCircuit = result;
  const holdSeconds = Number(options['hold-seconds']);
  if (holdSeconds > 0) {
    // For profiling the server with the dashboards open (e.g. a heap snapshot); still inside --max-seconds.
    log(`holding ${count} dashboards open for ${holdSeconds} s`);
    await new Promise((resolve) => setTimeout(resolve, holdSeconds * 1000));
  }

  if (scenarios.has('fanout')) {
    const warmUp = await warmUpPayments(demo.caseNumber, dashboards, { minSeconds: Number(options['warm-up-seconds']) });
    const label = recorder === perf ? 'fan-out to one case' : 'fan-out to one case, recorded on the other instance';
    results.fanout = { warmUp, ...await measurePayments(label, demo.caseNumber, dashboards) };
    // After updates each dashboard component holds its previous render tree as well as its current one.
    const updated = await perf.heap();
    results.dashboardCircuit.perCircuitAfterUpdatesKB = kb((updated.totalMemoryBytes - result.heapBeforeBytes) / count);
    log(`dashboard circuits after the updates: ${fmt(results.dashboardCircuit.perCircuitAfterUpdatesKB)} KB per circuit`);
  }

  if (scenarios.has('isolated')) {
    const other = accounts.otherParent;
    const otherSession = new CookieSession(baseUrl);
    await signIn(otherSession, { userName: other.userName, password: other.password, email: undefined, pickupFolder: options.pickup });
    log(`signed in as ${other.userName} (case ${other.caseNumber})`);
    const [single] = await openCircuits(otherSession, `/dashboard?case=${other.caseNumber}`, 1);
    const warmUp = await warmUpPayments(other.caseNumber, [single]);
    results.isolated = { warmUp, ...await measurePayments(`one dashboard beside ${count} of another case`, other.caseNumber, [single], dashboards.slice(0, 50)) };
    await single.stop();
  }
  await closeAll(dashboards);
}

try {
  await main();
  results.finishedAt = new Date().toISOString();
  console.log('\nResults');
  if (results.bareCircuit) console.log(`  memory per forgot-username circuit (the lightest interactive page):  ${fmt(results.bareCircuit.perCircuitKB)} KB (${count} circuits)`);
  if (results.dashboardCircuit) console.log(`  memory per dashboard circuit:  ${fmt(results.dashboardCircuit.perCircuitKB)} KB (${count} circuits; target <= 150 KB)${results.dashboardCircuit.perCircuitAfterUpdatesKB ? `; ${fmt(results.dashboardCircuit.perCircuitAfterUpdatesKB)} KB after the payments` : ''}`);
  if (results.fanout) console.log(`  fan-out, 1 payment -> ${results.fanout.dashboards} dashboards: p95 ${fmt(results.fanout.p95)} ms, median ${fmt(results.fanout.median)} ms (target p95 <= 250 ms)`);
  if (results.isolated) console.log(`  1 dashboard beside ${count} others: p95 ${fmt(results.isolated.p95)} ms, median ${fmt(results.isolated.median)} ms (target p95 <= 50 ms)`);
  if (options.out) await writeFile(options.out, JSON.stringify(results, null, 2));
  clearTimeout(deadline);
  process.exit(0);
} catch (error) {
  console.error(error);
  process.exit(1);
}
