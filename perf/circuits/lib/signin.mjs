// Signing in over HTTP as a browser would: GET /signin, post the form (with its antiforgery token), read the
// six-digit code from the newest message in the Pickup folder, post it, keep the auth cookie.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const decodeEntities = (s) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x2B;/gi, '+').replace(/&#x2F;/gi, '/').replace(/&#x3D;/gi, '=').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? decodeEntities(match[2] ?? match[3] ?? match[4] ?? '') : undefined;
}

/** The first POST form of a page: its action and every named input with its type and value. */
export function parsePostForm(html) {
  for (const form of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    if ((attribute(form[1], 'method') ?? 'get').toLowerCase() !== 'post') continue;
    const inputs = [];
    for (const input of form[2].matchAll(/<(input|button)\b[^>]*>/gi)) {
      const name = attribute(input[0], 'name');
      if (!name) continue;
      inputs.push({ name, type: (attribute(input[0], 'type') ?? 'text').toLowerCase(), value: attribute(input[0], 'value') ?? '', tag: input[1].toLowerCase() });
    }
    return { action: attribute(form[1], 'action'), inputs };
  }
  return undefined;
}

/** The form's fields as posted: hidden inputs kept, the named fields filled in, no buttons but the first submit. */
export function fillForm(form, values) {
  const fields = {};
  for (const input of form.inputs) {
    if (input.type === 'hidden') fields[input.name] = input.value;
  }
  for (const [pattern, value] of values) {
    const input = form.inputs.find((i) => i.type !== 'hidden' && i.tag === 'input' && pattern(i));
    if (!input) throw new Error(`The form has no field for ${pattern}`);
    fields[input.name] = value;
  }
  return fields;
}

function decodeQuotedPrintable(text) {
  return Buffer.from(
    text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

/** The readable text of an .eml file's body: each MIME part, base64 and quoted-printable decoded (headers left out). */
export function emlText(eml) {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(eml)?.[1];
  const parts = boundary ? eml.split(`--${boundary}`).slice(1) : [eml];
  return parts
    .map((part) => {
      const split = part.search(/\r?\n\r?\n/);
      if (split < 0) return '';
      const headers = part.slice(0, split);
      const body = part.slice(split).trim();
      if (/Content-Transfer-Encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(headers)) return decodeQuotedPrintable(body);
      return body;
    })
    .join('\n');
}

/** Waits for an .eml written after `sinceMs` to `recipient` and returns its six-digit code. */
export async function readSignInCode(pickupFolder, recipient, sinceMs, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const names = (await readdir(pickupFolder).catch(() => [])).filter((n) => n.endsWith('.eml'));
    const files = await Promise.all(names.map(async (n) => ({ n, s: await stat(path.join(pickupFolder, n)) })));
    for (const { n } of files.filter((f) => f.s.mtimeMs >= sinceMs - 1000).sort((a, b) => b.s.mtimeMs - a.s.mtimeMs)) {
      const eml = await readFile(path.join(pickupFolder, n), 'utf8');
      if (recipient && !eml.toLowerCase().includes(recipient.toLowerCase())) continue;
      // The plain-text body has the code on a line of its own.
      const code = /^\s*(\d{6})\s*$/m.exec(emlText(eml));
      if (code) return code[1];
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No sign-in code for ${recipient} appeared in ${pickupFolder} within ${timeoutMs} ms`);
}

const isUserField = (i) => /user|email|login/i.test(i.name) && i.type !== 'password';
const isPasswordField = (i) => i.type === 'password';
const isCodeField = (i) => /code/i.test(i.name);

/** Posts the sign-in form; returns the response (the code page when the password was right). */
export async function submitPassword(session, userName, password) {
  const page = await session.request('signin');
  if (page.response.status !== 200) throw new Error(`GET /signin answered ${page.response.status}`);
  const form = parsePostForm(page.text);
  if (!form) throw new Error('GET /signin has no POST form');
  const fields = fillForm(form, [[isUserField, userName], [isPasswordField, password]]);
  return session.request(form.action ?? page.url, { method: 'POST', form: fields });
}

/** Signs in with a password and the emailed code; afterwards the session holds the auth cookie. */
export async function signIn(session, { userName, password, email, pickupFolder }) {
  const since = Date.now();
  const codePage = await submitPassword(session, userName, password);
  const form = parsePostForm(codePage.text);
  if (!form || !form.inputs.some(isCodeField)) throw new Error(`Signing in as ${userName} did not reach the code step (${codePage.response.status} ${codePage.url})`);
  const code = await readSignInCode(pickupFolder, email, since);
  const fields = fillForm(form, [[isCodeField, code]]);
  const done = await session.request(form.action ?? codePage.url, { method: 'POST', form: fields });
  if (done.response.status >= 400) throw new Error(`The code step answered ${done.response.status}`);
  return done;
}
