// The harness talks to a server on this machine only: anything but a loopback address is refused before a
// single request is sent (the load it makes is never aimed at another host).

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Whether a URL's host is a loopback address: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  if (LOOPBACK_NAMES.has(host)) return true;
  const octets = host.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

/** The base URL with a trailing slash, or an error for anything that is not loopback. */
export function requireLoopbackBase(url) {
  if (!isLoopbackUrl(url)) {
    throw new Error(`Refusing ${url}: the harness only talks to loopback addresses (127.0.0.0/8, ::1, localhost).`);
  }
  const parsed = new URL(url);
  parsed.pathname = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
  parsed.search = '';
  parsed.hash = '';
  return parsed.toString();
}
