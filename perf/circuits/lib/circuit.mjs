// One Blazor Server circuit driven from Node, the way blazor.web.js (.NET 9) starts one:
//   1. GET the page (with the session's cookies): the prerendered HTML holds a <!--Blazor:{...}--> marker per
//      interactive root component and, when the page persisted state, <!--Blazor-Server-Component-State:...-->.
//   2. Connect to /_blazor with the "blazorpack" hub protocol (MessagePack under that name).
//   3. invoke StartCircuit(baseUri, pageUri, "[]", state) -> the circuit id (the web-app client sends no initial
//      components), then send UpdateRootComponents({batchId:1, operations:[{type:"add", ssrComponentId, marker}]}, state).
//   4. Every JS.RenderBatch(batchId, bytes) is acknowledged with OnRenderCompleted(batchId, null); every JS interop
//      call that expects an answer gets a null result (there is no DOM here).
// The harness never applies the batches: it keeps the time each arrived and whether it holds a given text.

import signalR from '@microsoft/signalr';
import msgpack from '@microsoft/signalr-protocol-msgpack';

const MARKER = /<!--Blazor:(\{.*?\})-->/gs;
const SERVER_STATE = /<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->/;

/** The server component markers of a prerendered page, in sequence order (end markers left out). */
export function parseServerMarkers(html) {
  const markers = [];
  for (const match of html.matchAll(MARKER)) {
    const marker = JSON.parse(match[1]);
    if (marker.type === 'server') markers.push(marker);
  }
  return markers.sort((a, b) => a.sequence - b.sequence);
}

export function parsePersistedState(html) {
  return SERVER_STATE.exec(html)?.[1] ?? '';
}

/** High-resolution wall-clock time in milliseconds since the Unix epoch (same clock as the server's). */
export const nowMs = () => performance.timeOrigin + performance.now();

export class BlazorCircuit {
  /**
   * @param {import('./http.mjs').CookieSession} session whose cookies identify the user
   * @param {string} path the page, e.g. "/" or "/dashboard?case=8060961680"
   */
  constructor(session, path) {
    this.session = session;
    this.path = path;
    this.pageUrl = session.resolve(path);
    this.circuitId = null;
    this.batches = 0;
    this.lastBatchId = 1;
    this.errors = [];
    this.watchers = new Set();
    this.rootComponentsUpdated = null;
  }

  async start({ timeoutMs = 30_000 } = {}) {
    const { response, text } = await this.session.request(this.path);
    if (response.status !== 200) throw new Error(`GET ${this.path} answered ${response.status}`);
    const markers = parseServerMarkers(text);
    if (markers.length === 0) throw new Error(`GET ${this.path} has no interactive server component marker`);
    const state = parsePersistedState(text);

    const protocol = new msgpack.MessagePackHubProtocol();
    protocol.name = 'blazorpack';
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl(this.session.resolve('_blazor'), {
        transport: signalR.HttpTransportType.WebSockets,
        skipNegotiation: true,
        headers: { cookie: this.session.cookieHeader },
      })
      .withHubProtocol(protocol)
      .configureLogging(signalR.LogLevel.None)
      .build();
    this.connection.serverTimeoutInMilliseconds = 120_000;
    this.connection.keepAliveIntervalInMilliseconds = 15_000;

    let firstBatch;
    const firstBatchSeen = new Promise((resolve) => (firstBatch = resolve));
    let updated;
    this.rootComponentsUpdated = new Promise((resolve) => (updated = resolve));

    this.connection.on('JS.RenderBatch', (batchId, data) => {
      const at = nowMs();
      this.batches++;
      if (batchId > this.lastBatchId) this.lastBatchId = batchId;
      for (const watcher of this.watchers) watcher(batchId, data, at);
      this.connection.send('OnRenderCompleted', batchId, null).catch(() => {});
      firstBatch();
    });
    this.connection.on('JS.BeginInvokeJS', (asyncHandle, identifier) => {
      // Fire-and-forget calls have no handle; the others get "done, no value".
      if (asyncHandle) {
        this.connection
          .send('EndInvokeJSFromDotNet', asyncHandle, true, JSON.stringify([asyncHandle, true, null]))
          .catch(() => {});
      }
      this.lastJsCall = identifier;
    });
    this.connection.on('JS.EndUpdateRootComponents', (batchId) => updated(batchId));
    this.connection.on('JS.Error', (message) => this.errors.push(String(message)));
    for (const ignored of ['JS.EndInvokeDotNet', 'JS.AttachComponent', 'JS.ReceiveByteArray', 'JS.BeginTransmitStream', 'JS.EndLocationChanging']) {
      this.connection.on(ignored, () => {});
    }
    this.connection.onclose((error) => {
      this.closed = true;
      if (error && !this.stopping) this.errors.push(`closed: ${error.message ?? error}`);
    });

    await this.connection.start();
    const baseUri = this.session.baseUrl;
    this.circuitId = await this.connection.invoke('StartCircuit', baseUri, this.pageUrl, '[]', state);
    if (!this.circuitId) throw new Error(`StartCircuit refused ${this.path}: ${this.errors.join('; ')}`);
    const operations = markers.map((marker, index) => ({
      type: 'add',
      ssrComponentId: index + 1,
      marker: { ...marker, uniqueId: index },
    }));
    await this.connection.send('UpdateRootComponents', JSON.stringify({ batchId: 1, operations }), state);

    const timeout = new Promise((_, reject) => {
      this.startTimer = setTimeout(() => reject(new Error(`circuit for ${this.path} did not render within ${timeoutMs} ms: ${this.errors.join('; ')}`)), timeoutMs);
    });
    try {
      await Promise.race([Promise.all([this.rootComponentsUpdated, firstBatchSeen]), timeout]);
    } finally {
      clearTimeout(this.startTimer);
    }
    if (this.errors.length) throw new Error(`circuit for ${this.path}: ${this.errors.join('; ')}`);
    return this;
  }

  /**
   * Resolves with the arrival time of the first render batch, after now, whose bytes contain `text` (UTF-8:
   * the render batch's string table holds the rendered text as is), or rejects after `timeoutMs`.
   */
  waitForText(text, timeoutMs = 10_000) {
    const needle = Buffer.from(text, 'utf8');
    return new Promise((resolve, reject) => {
      const watcher = (batchId, data, at) => {
        if (Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(needle) >= 0) {
          this.watchers.delete(watcher);
          clearTimeout(timer);
          resolve({ at, batchId });
        }
      };
      const timer = setTimeout(() => {
        this.watchers.delete(watcher);
        reject(new Error(`no render batch with "${text}" within ${timeoutMs} ms`));
      }, timeoutMs);
      this.watchers.add(watcher);
    });
  }

  /** Ends the circuit on the server at once (as a closing tab does), then closes the connection. */
  async stop() {
    this.stopping = true;
    if (this.circuitId) {
      const form = new FormData();
      form.append('circuitId', this.circuitId);
      await fetch(this.session.resolve('_blazor/disconnect'), {
        method: 'POST',
        body: form,
        headers: { cookie: this.session.cookieHeader },
      }).catch(() => {});
    }
    await this.connection?.stop().catch(() => {});
  }
}
