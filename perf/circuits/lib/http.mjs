// A tiny cookie-keeping HTTP client on Node's fetch: enough to sign in through server-rendered forms and to
// fetch prerendered pages as that user. Redirects are followed by hand so every Set-Cookie is kept.

import { requireLoopbackBase } from './loopback.mjs';

export class CookieSession {
  constructor(baseUrl) {
    this.baseUrl = requireLoopbackBase(baseUrl);
    this.cookies = new Map();
  }

  /** The Cookie header value for every cookie this session holds. */
  get cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  resolve(path) {
    return new URL(path, this.baseUrl).toString();
  }

  keepCookies(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** One request, following up to 10 redirects; returns { response, text, url } of the last response. */
  async request(path, { method = 'GET', form, headers = {}, followRedirects = true } = {}) {
    let url = this.resolve(path);
    let body;
    const sendHeaders = { ...headers };
    if (form) {
      body = new URLSearchParams(form).toString();
      sendHeaders['content-type'] = 'application/x-www-form-urlencoded';
    }
    for (let hop = 0; hop < 10; hop++) {
      requireLoopbackBase(url);
      const response = await fetch(url, {
        method,
        body,
        redirect: 'manual',
        headers: { ...sendHeaders, cookie: this.cookieHeader },
      });
      this.keepCookies(response);
      const location = response.headers.get('location');
      if (followRedirects && response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer();
        url = new URL(location, url).toString();
        method = 'GET';
        body = undefined;
        delete sendHeaders['content-type'];
        continue;
      }
      const text = await response.text();
      return { response, text, url };
    }
    throw new Error(`Too many redirects from ${path}`);
  }
}
