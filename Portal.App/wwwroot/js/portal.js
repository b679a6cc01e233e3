// Behaviour that must work on static and interactive pages alike, wired by delegation on the document
// so it survives Blazor re-rendering the markup. No inline handlers: a Content-Security-Policy will forbid them.
(() => {
  'use strict';

  const navToggleSelector = '[data-nav-toggle]';

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

    if (target.closest('[data-reconnect-retry]')) {
      // Resolves false when the server no longer has this page's circuit; only a reload helps then.
      Promise.resolve(window.Blazor && window.Blazor.reconnect()).then(reconnected => {
        if (reconnected === false) {
          location.reload();
        }
      });
      return;
    }

    if (target.closest('[data-reconnect-reload]')) {
      location.reload();
    }
  }, true);

  // Called after an in-app navigation (FocusHeadingOnNavigate.razor): focus the new page's heading.
  window.portal = {
    focusFirst(selector) {
      const element = document.querySelector(selector);
      if (element) {
        if (!element.hasAttribute('tabindex')) {
          element.setAttribute('tabindex', '-1');
        }
        element.focus();
      }
    },
  };

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
