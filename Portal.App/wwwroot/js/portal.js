// Behaviour that must work on static and interactive pages alike, wired by delegation on the document
// so it survives Blazor re-rendering the markup. No inline handlers: a Content-Security-Policy will forbid them.
(() => {
  'use strict';

  const navToggleSelector = '[data-nav-toggle]';
  const quickExitSelector = '[data-quick-exit]';

  // Quick exit (the GOV.UK "Exit this page" pattern): the page goes blank at once, then is replaced by the neutral site.
  function leaveQuickly() {
    const link = document.querySelector(quickExitSelector);
    if (!link) {
      return;
    }
    announceQuickExit('data-leaving');
    document.documentElement.classList.add('quick-exit-leaving');
    location.replace(link.href);
  }

  function announceQuickExit(attribute) {
    const status = document.querySelector('[data-quick-exit-status]');
    if (status) {
      status.textContent = attribute ? status.getAttribute(attribute) : '';
    }
  }

  // Shift three times in a row, within 5 seconds; any other key starts the count again, so typing capitals never leaves.
  let shiftPresses = 0;
  let shiftTimer = 0;
  document.addEventListener('keydown', event => {
    if (event.key !== 'Shift') {
      shiftPresses = 0;
      return;
    }
    if (event.repeat || !document.querySelector(quickExitSelector)) {
      return;
    }
    shiftPresses += 1;
    clearTimeout(shiftTimer);
    if (shiftPresses >= 3) {
      shiftPresses = 0;
      leaveQuickly();
      return;
    }
    announceQuickExit(shiftPresses === 1 ? 'data-two-more' : 'data-one-more');
    shiftTimer = setTimeout(() => {
      shiftPresses = 0;
      announceQuickExit(null);
    }, 5000);
  }, true);

  function setNavigationOpen(toggle, open) {
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    const nav = document.getElementById(toggle.getAttribute('aria-controls'));
    if (nav) {
      nav.classList.toggle('site-nav--open', open);
    }
  }

  function openToggle() {
    return document.querySelector(navToggleSelector + '[aria-expanded="true"]');
  }

  // Capture phase, so Blazor's link interception sees defaultPrevented and leaves the skip link alone.
  document.addEventListener('click', event => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) {
      return;
    }

    // "#main" would resolve against <base href="/"> and leave the page: move focus to <main> instead.
    const skipLink = target.closest('[data-skip-link]');
    if (skipLink) {
      const main = document.getElementById('main');
      if (main) {
        event.preventDefault();
        main.focus();
        main.scrollIntoView();
      }
      return;
    }

    // An error summary's link moves focus to its field (a plain "#id" would leave the page, as above).
    const fieldLink = target.closest('[data-focus-field]');
    if (fieldLink) {
      const field = document.getElementById(fieldLink.getAttribute('data-focus-field'));
      if (field) {
        event.preventDefault();
        field.focus();
        field.scrollIntoView({ block: 'center' });
      }
      return;
    }

    // Leave this site quickly: replace this page, so Back does not return to it.
    if (target.closest(quickExitSelector)) {
      event.preventDefault();
      leaveQuickly();
      return;
    }

    // The office locator's "use my location": the browser asks for the position only now, on this click; the
    // coordinates are posted with the form for this one answer (never put in an address, never stored).
    const locate = target.closest('[data-locate]');
    if (locate) {
      findNearestOffices(locate);
      return;
    }

    // The print views' Print button (an inline onclick would be refused by the Content-Security-Policy).
    if (target.closest('[data-print]')) {
      window.print();
      return;
    }

    const toggle = target.closest(navToggleSelector);
    if (toggle) {
      setNavigationOpen(toggle, toggle.getAttribute('aria-expanded') !== 'true');
      return;
    }

    // Choosing a page from the open phone menu closes it.
    const expanded = openToggle();
    if (expanded && target.closest('#' + expanded.getAttribute('aria-controls') + ' a')) {
      setNavigationOpen(expanded, false);
    }
  }, true);

  function focusFirst(selector) {
    const element = document.querySelector(selector);
    if (element) {
      if (!element.hasAttribute('tabindex')) {
        element.setAttribute('tabindex', '-1');
      }
      element.focus();
    }
    return element;
  }

  function findNearestOffices(button) {
    const form = button.closest('[data-locate-form]');
    const status = form && form.querySelector('[data-locate-status]');
    if (!form || !status || !navigator.geolocation) {
      return;
    }
    status.textContent = status.dataset.locating;
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(position => {
      form.querySelector('[data-locate-latitude]').value = String(position.coords.latitude);
      form.querySelector('[data-locate-longitude]').value = String(position.coords.longitude);
      form.submit();
    }, error => {
      button.disabled = false;
      status.textContent = error.code === error.PERMISSION_DENIED ? status.dataset.denied : status.dataset.unavailable;
    }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
  }

  // "Use my location" is offered only where the browser can answer it (progressive enhancement: the ZIP search
  // works without it). Run on every page shown, enhanced navigations included.
  function offerLocation() {
    if (!navigator.geolocation) {
      return;
    }
    document.querySelectorAll('[data-locate][hidden]').forEach(button => button.removeAttribute('hidden'));
  }

  offerLocation();

  window.portal = {
    focusFirst,
    // PortalPageTitle.razor: an interactive page whose title changes without a navigation (a wizard step).
    // The <head> is rendered statically, so a circuit cannot reach it through <PageTitle>.
    setTitle(title) {
      document.title = title;
    },
    // UnreadCountRelay: a reply arrived (or was read) while an interactive page is open. The menu is static markup,
    // so the circuit updates its count here; the next page the server renders has the count from the database.
    showUnreadCount(count, spoken) {
      document.querySelectorAll('[data-unread-count]').forEach(badge => {
        badge.hidden = count === 0;
        badge.querySelector('[aria-hidden]').textContent = String(count);
        badge.querySelector('.visually-hidden').textContent = spoken;
      });
    },
  };

  // In-app navigation (Blazor's enhanced navigation: the server renders the next page, the browser patches the
  // document) moves focus to the new page's heading, so screen readers announce it. The first page keeps the
  // browser's own focus, so Tab reaches the skip link first; a new query on the same page (the dashboard's
  // case selector) leaves focus where the person put it.
  let shownPath = location.pathname;
  let stopKeepingFocus = null;

  // An interactive page replaces its prerendered markup when its circuit attaches, which takes the focused
  // heading away: until the person acts, a heading that loses focus that way gets it back.
  function focusHeadingUntilThePersonActs() {
    if (stopKeepingFocus) {
      stopKeepingFocus();
    }
    if (!focusFirst('h1')) {
      return;
    }
    const observer = new MutationObserver(() => {
      if (!document.activeElement || document.activeElement === document.body) {
        focusFirst('h1');
      }
    });
    const stop = () => {
      observer.disconnect();
      document.removeEventListener('pointerdown', stop, true);
      document.removeEventListener('keydown', stop, true);
      stopKeepingFocus = null;
    };
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('pointerdown', stop, true);
    document.addEventListener('keydown', stop, true);
    stopKeepingFocus = stop;
  }

  // A static form that comes back with errors (sign-in) marks its error summary: focus goes there, so a screen
  // reader reads what to fix first. Interactive forms focus theirs from the circuit.
  const summary = document.querySelector('[data-autofocus]');
  if (summary) {
    summary.focus();
  }

  if (window.Blazor && typeof window.Blazor.addEventListener === 'function') {
    window.Blazor.addEventListener('enhancedload', () => {
      offerLocation();
      if (location.pathname === shownPath) {
        return;
      }
      shownPath = location.pathname;
      focusHeadingUntilThePersonActs();
    });
  }

  // Escape closes the phone menu and returns focus to its button.
  document.addEventListener('keydown', event => {
    if (event.key !== 'Escape') {
      return;
    }
    const expanded = openToggle();
    if (expanded) {
      setNavigationOpen(expanded, false);
      expanded.focus();
    }
  });
})();
