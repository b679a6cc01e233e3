// The app's /_perf endpoints (on only with Diagnostics:PerfEndpoints=true, loopback only).

import { requireLoopbackBase } from './loopback.mjs';

export class PerfApi {
  constructor(baseUrl) {
    this.baseUrl = requireLoopbackBase(baseUrl);
  }

  /** Forces a full compacting GC on the server and returns its heap reading (bytes) and open circuit count. */
  async heap() {
    const response = await fetch(new URL('_perf/heap', this.baseUrl));
    if (!response.ok) throw new Error(`GET /_perf/heap answered ${response.status}: is Diagnostics:PerfEndpoints on?`);
    return response.json();
  }

  /**
   * Records a payment through the app's CaseRecordWriter. Resolves to the server's reply:
   * { outcome, receivedAtUnixMs (the record arrived), recordedAtUnixMs (committed and published) }.
   */
  async recordPayment({ caseNumber, receiptNumber, amount }) {
    const response = await fetch(new URL('_perf/payments', this.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ caseNumber, receiptNumber, amount }),
    });
    if (!response.ok) throw new Error(`POST /_perf/payments answered ${response.status}: ${await response.text()}`);
    return response.json();
  }
}
