// The idle-session warning (Features/Session/IdleSessionWarning.razor renders the dialog and its settings).
// While the person is active, it tells the server (POST /session/keepalive) at most every few minutes, so the
// sliding session cookie is renewed: a live circuit makes no HTTP requests of its own. Before the idle timeout,
// or the absolute lifetime, it warns in a modal alert dialog; at the end it posts sign-out and shows /signout.
// Times are counted from the last keep-alive the server accepted, so the page never outlives the cookie.
(() => {
  'use strict';

  const maxPingInterval = 5 * 60 * 1000;
  // End a moment before the cookie does, so the sign-out post still carries a valid session and token.
  const endMargin = 1000;
  const announceAtSeconds = [60, 30, 10];

  let state = null;

  function setup() {
    const dialog = document.getElementById('session-warning');
    if (!dialog) {
      state = null;
      return;
    }
    if (state && state.dialog === dialog) {
      return;
    }
    const millis = name => Number(dialog.dataset[name]) * 1000;
    const now = Date.now();
    state = {
      dialog,
      idleTimeout: millis('idleTimeoutSeconds'),
      idleWarning: millis('idleWarningSeconds'),
      absoluteEnd: now + millis('absoluteRemainingSeconds'),
      lastPing: now,
      activeSincePing: false,
      pingInFlight: false,
      open: null,
      absoluteDismissed: false,
      lastAnnounced: null,
      ended: false,
    };
    state.pingInterval = Math.min(maxPingInterval, Math.max(1000, (state.idleTimeout - state.idleWarning) / 2));
    // Escape means "stay" (or, near the absolute end, "continue"), never sign out.
    dialog.addEventListener('cancel', event => {
      event.preventDefault();
      stay();
    });
    ping(); // a page load is activity: start counting from the server's renewed cookie
  }

  function token(s) {
    const input = s.dialog.querySelector('input[name="__RequestVerificationToken"]');
    return input ? input.value : '';
  }

  function ping() {
    const s = state;
    if (!s || s.pingInFlight || s.ended) {
      return;
    }
    s.pingInFlight = true;
    s.activeSincePing = false;
    const sentAt = Date.now();
    fetch(s.dialog.dataset.keepaliveUrl, { method: 'POST', credentials: 'same-origin', headers: { RequestVerificationToken: token(s) } })
      .then(response => {
        if (response.status === 204) {
          s.lastPing = sentAt;
        } else if (response.status === 401) {
          // Ended elsewhere (signed out in another tab, password changed): the page itself handles that.
          s.ended = true;
          hide(s);
        }
      })
      .catch(() => { /* offline: the countdown goes on from the last accepted keep-alive */ })
      .finally(() => {
        s.pingInFlight = false;
      });
  }

  function onActivity() {
    const s = state;
    if (!s || s.open || s.ended) {
      return; // activity behind the open warning does not count: only its buttons do
    }
    s.activeSincePing = true;
    if (Date.now() - s.lastPing >= s.pingInterval) {
      ping();
    }
  }

  function part(s, selector) {
    return s.dialog.querySelector(selector);
  }

  function show(s, kind) {
    s.open = kind;
    part(s, '[data-session-idle-text]').hidden = kind !== 'idle';
    part(s, '[data-session-absolute-text]').hidden = kind !== 'absolute';
    part(s, '[data-session-stay]').hidden = kind !== 'idle';
    part(s, '[data-session-continue]').hidden = kind !== 'absolute';
    part(s, '[data-session-announcement]').textContent = '';
    s.lastAnnounced = null;
    if (!s.dialog.open) {
      s.dialog.showModal(); // moves focus into the dialog and makes the page behind it inert
    }
  }

  function hide(s) {
    s.open = null;
    if (s.dialog.open) {
      s.dialog.close(); // focus returns to where it was
    }
  }

  function update(s, remaining) {
    const seconds = Math.max(0, Math.ceil(remaining / 1000));
    part(s, '[data-session-countdown]').textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
    if (s.lastAnnounced === null) {
      s.lastAnnounced = seconds; // the dialog's own description is read as it opens
      return;
    }
    const mark = announceAtSeconds.find(m => seconds <= m && s.lastAnnounced > m);
    if (mark !== undefined) {
      s.lastAnnounced = seconds;
      part(s, '[data-session-announcement]').textContent = s.dialog.dataset.announceSeconds.replace('{0}', String(seconds));
    }
  }

  function stay() {
    const s = state;
    if (!s) {
      return;
    }
    if (s.open === 'absolute') {
      s.absoluteDismissed = true;
      hide(s);
      return;
    }
    hide(s);
    ping();
  }

  function end(s, kind) {
    s.ended = true;
    const form = part(s, '[data-session-signout]');
    const reason = kind === 'idle' ? 'idle' : 'expired';
    fetch(form.getAttribute('action'), { method: 'POST', credentials: 'same-origin', body: new URLSearchParams(new FormData(form)) })
      .catch(() => { /* the session may have ended already: /signout shows either way */ })
      .finally(() => location.assign('/signout?reason=' + reason));
  }

  function tick() {
    const s = state;
    if (!s || s.ended) {
      return;
    }
    const now = Date.now();
    if (s.activeSincePing && !s.open && now - s.lastPing >= s.pingInterval) {
      ping();
    }
    const idleEnd = s.lastPing + s.idleTimeout;
    const kind = s.absoluteEnd <= idleEnd ? 'absolute' : 'idle';
    const endsAt = Math.min(idleEnd, s.absoluteEnd);
    if (now >= endsAt - endMargin) {
      end(s, kind);
      return;
    }
    if (now >= endsAt - s.idleWarning) {
      if (!s.open && !s.pingInFlight && !(kind === 'absolute' && s.absoluteDismissed)) {
        show(s, kind);
      }
      if (s.open) {
        update(s, endsAt - endMargin - now);
      }
    } else if (s.open) {
      hide(s);
    }
  }

  document.addEventListener('click', event => {
    const target = event.target instanceof Element ? event.target : null;
    if (target && (target.closest('[data-session-stay]') || target.closest('[data-session-continue]'))) {
      stay();
    }
  });

  for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart', 'scroll']) {
    document.addEventListener(type, onActivity, { capture: true, passive: true });
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      tick(); // a tab left hidden past the timeout ends first
      onActivity();
    }
  });

  setup();
  if (window.Blazor && typeof window.Blazor.addEventListener === 'function') {
    window.Blazor.addEventListener('enhancedload', setup);
  }
  setInterval(tick, 1000);
})();
