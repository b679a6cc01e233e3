#!/usr/bin/env node
// Sign-in benchmark (issue 5): the time a FAILED sign-in takes, for a known user with a wrong password and for
// a user name that does not exist. Both should take about as long (the portal hashes a dummy password for
// unknown users), so timing does not tell whether an account exists. Prints medians; asserts nothing.
// Each attempt: a fresh session GETs /signin (antiforgery token), then the POST alone is timed.
//
//   node signin-bench.mjs --url http://127.0.0.1:5199 --user eloisa.demo [--samples 30] [--max-seconds 300]

import { parseArgs } from 'node:util';
import { CookieSession } from './lib/http.mjs';
import { requireLoopbackBase } from './lib/loopback.mjs';
import { fillForm, parsePostForm } from './lib/signin.mjs';
import { fmt, summarize } from './lib/stats.mjs';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    user: { type: 'string', default: 'eloisa.demo' },
    samples: { type: 'string', default: '30' },
    'max-seconds': { type: 'string', default: '300' },
  },
});
const baseUrl = requireLoopbackBase(options.url ?? '');
const samples = Math.min(Math.max(Number(options.samples), 1), 200);
const deadline = setTimeout(() => {
  console.error('Stopping: --max-seconds reached.');
  process.exit(3);
}, Math.min(Number(options['max-seconds']), 900) * 1000);

async function failedSignIn(userName) {
  const session = new CookieSession(baseUrl);
  const page = await session.request('signin');
  const form = parsePostForm(page.text);
  if (!form) throw new Error('GET /signin has no POST form');
  const fields = fillForm(form, [
    [(i) => /user|email|login/i.test(i.name) && i.type !== 'password', userName],
    [(i) => i.type === 'password', 'Wrong#Password99'],
  ]);
  const started = performance.now();
  const result = await session.request(form.action ?? page.url, { method: 'POST', form: fields, followRedirects: false });
  const elapsed = performance.now() - started;
  return { elapsed, status: result.response.status, stillOnForm: parsePostForm(result.text) !== undefined };
}

const known = [];
const unknown = [];
const statuses = new Set();
// Warm-up, then interleaved so both see the same server state.
await failedSignIn('nobody.warmup');
for (let i = 0; i < samples; i++) {
  const k = await failedSignIn(options.user);
  const u = await failedSignIn(`nobody.perf${i}`);
  known.push(k.elapsed);
  unknown.push(u.elapsed);
  statuses.add(`known ${k.status}${k.stillOnForm ? ' form' : ''}`).add(`unknown ${u.status}${u.stillOnForm ? ' form' : ''}`);
}
const k = summarize(known);
const u = summarize(unknown);
console.log(`failed sign-in, ${samples} each (responses: ${[...statuses].join(', ')}):`);
console.log(`  known user, wrong password: median ${fmt(k.median)} ms, p95 ${fmt(k.p95)} ms`);
console.log(`  unknown user:               median ${fmt(u.median)} ms, p95 ${fmt(u.p95)} ms`);
clearTimeout(deadline);
