// The reconnection dialog (ReconnectModal.razor), as in the .NET 10 template: blazor.web.js sets the dialog's state class
// and raises components-reconnect-state-changed on it; this opens it with showModal() (focus stays inside), closes it on
// "hide", announces each new state and wires the buttons. A module loaded from this site: the CSP forbids inline
// handlers and inline script.
const dialogId = 'components-reconnect-modal';
const typedFields = 'input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=button]):not([type=submit]), textarea';
const wired = new WeakSet();
let shownMessage = null;
let retrying = false;
let unsentField = null;

function wire() {
  const dialog = document.getElementById(dialogId);
  if (!dialog || wired.has(dialog)) {
    return;
  }
  wired.add(dialog);
  // The event does not bubble: the listener is on the dialog itself.
  dialog.addEventListener('components-reconnect-state-changed', onStateChanged);
  dialog.addEventListener('click', event => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-reconnect-retry]')) {
      retry();
    } else if (target?.closest('[data-reconnect-resume]')) {
      resume();
    } else if (target?.closest('[data-reconnect-reload]')) {
      location.reload();
    }
  });
  // Escape would close the dialog over a page that cannot work without its connection: it stays until the state is
  // "hide", and opens again if the browser closed it anyway.
  dialog.addEventListener('cancel', event => event.preventDefault());
  dialog.addEventListener('close', () => {
    if (dialog.isConnected && !dialog.classList.contains('components-reconnect-hide')) {
      dialog.showModal();
    }
  });
}

function onStateChanged(event) {
  const dialog = event.currentTarget;
  const detail = event.detail || {};
  if (detail.state === 'hide') {
    shownMessage = null;
    document.removeEventListener('visibilitychange', retryWhenVisible);
    if (dialog.open) {
      dialog.close();
    }
    resendUnsentField();
    return;
  }
  if (detail.state === 'retrying') {
    dialog.classList.toggle('reconnect--one-second', detail.secondsToNextAttempt === 1);
  } else if (detail.state === 'failed') {
    // A phone that lost its network usually has it again when the person comes back to the tab.
    document.addEventListener('visibilitychange', retryWhenVisible);
  }
  if (!dialog.open) {
    // Opening the dialog takes focus from the field being typed in, whose change event then finds no connection.
    const active = document.activeElement;
    unsentField = active instanceof Element && active.matches(typedFields) ? active : null;
    dialog.showModal();
  }
  // The class is set: the message on screen is the state's. Focused and announced once per message, not at every
  // second of a countdown.
  const message = Array.from(dialog.querySelectorAll('[data-reconnect-message]')).find(m => getComputedStyle(m).display !== 'none');
  if (!message || message === shownMessage) {
    return;
  }
  shownMessage = message;
  message.querySelector('[data-reconnect-primary]')?.focus();
  // Title and text as sentences, so a screen reader pauses between them.
  announce(dialog, Array.from(message.querySelectorAll('[data-reconnect-say]'), p => p.textContent.trim())
    .map(text => /[.…!?:]$/.test(text) ? text : text + '.').join(' '));
}

// The live region is in the dialog, which was hidden until now: write once it is in the accessibility tree, or screen
// readers may not notice the change.
function announce(dialog, text) {
  const region = dialog.querySelector('[data-reconnect-announcement]');
  if (!region) {
    return;
  }
  region.textContent = '';
  setTimeout(() => {
    region.textContent = text.replace(/\s+/g, ' ').trim();
  }, 100);
}

// Back on the same circuit, the field that was being typed in sends what it holds, so what is on screen is what the page
// works with. After this tick: when a new circuit was resumed instead, its page has replaced that field by then (it is no
// longer in the document) and its value came back with the persisted state.
function resendUnsentField() {
  const field = unsentField;
  unsentField = null;
  if (!field) {
    return;
  }
  setTimeout(() => {
    if (field.isConnected) {
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, 0);
}

// "Retry": the same circuit if the server still has it (true); else a new circuit from the state the server kept when it
// let the old one go; else only a reload helps. A server still out of reach: say so, and try again when the tab is back.
async function retry() {
  if (retrying) {
    return;
  }
  retrying = true;
  document.removeEventListener('visibilitychange', retryWhenVisible);
  try {
    let reconnected;
    try {
      reconnected = await Blazor.reconnect();
    } catch {
      const dialog = document.getElementById(dialogId);
      if (dialog) {
        announce(dialog, dialog.dataset.retryFailedText || '');
      }
      document.addEventListener('visibilitychange', retryWhenVisible);
      return;
    }
    if (!reconnected && !(await resumed())) {
      location.reload();
    }
  } finally {
    retrying = false;
  }
}

// "Resume" (a paused page): a new circuit from the state kept when it paused; when that fails, a reload.
async function resume() {
  if (!(await resumed())) {
    location.reload();
  }
}

async function resumed() {
  try {
    return await Blazor.resumeCircuit();
  } catch {
    return false;
  }
}

function retryWhenVisible() {
  if (document.visibilityState === 'visible') {
    retry();
  }
}

wire();
// Enhanced navigation keeps the dialog (the same markup on every page); should it ever be replaced, wire the new one.
if (window.Blazor && typeof window.Blazor.addEventListener === 'function') {
  window.Blazor.addEventListener('enhancedload', wire);
}
