// Passkeys (WebAuthn) for the sign-in page's static form and the account security page, as .NET 10's Blazor template
// does it: the server makes the options (Identity keeps the challenge in a cookie), the browser asks the authenticator,
// and the answer goes back as JSON. Progressive: without this script, or in a browser without passkeys, the passkey
// form stays hidden and the password form is the way in. No inline handlers (the Content-Security-Policy forbids them).
(() => {
  'use strict';

  const supported = typeof navigator.credentials !== 'undefined'
    && typeof window.PublicKeyCredential !== 'undefined'
    && typeof window.PublicKeyCredential.parseCreationOptionsFromJSON === 'function'
    && typeof window.PublicKeyCredential.parseRequestOptionsFromJSON === 'function';

  function token(root) {
    const input = (root || document).querySelector('input[name="__RequestVerificationToken"]')
      || document.querySelector('input[name="__RequestVerificationToken"]');
    return input ? input.value : '';
  }

  async function postForJson(url, headers, body) {
    const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers, body });
    const json = await response.json().catch(() => null);
    return { status: response.status, ok: response.ok, json };
  }

  // The sign-in page: <form data-passkey-request="/signin/passkey/options"> inside a hidden [data-passkey-signin] section.
  // Its submit asks the authenticator first, then posts the form with the answer (or, when none came, without it).
  class PasskeySignIn extends HTMLElement {
    connectedCallback() {
      const form = this.closest('form');
      const section = this.closest('[data-passkey-signin]');
      if (!form || !section || !supported || form.dataset.passkeyWired) return;
      form.dataset.passkeyWired = 'true';
      section.hidden = false;
      form.addEventListener('submit', event => {
        event.preventDefault();
        this.signIn(form);
      });
    }

    async signIn(form) {
      const button = form.querySelector('button[type="submit"]');
      if (button) button.disabled = true;
      const body = new URLSearchParams({ __RequestVerificationToken: token(form) });
      try {
        const options = await postForJson(form.dataset.passkeyRequest, {}, body);
        if (!options.ok) throw new Error('The passkey options were refused: ' + options.status);
        const credential = await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options.json) });
        form.elements['Passkey.CredentialJson'].value = JSON.stringify(credential);
      } catch (error) {
        form.elements['Passkey.Error'].value = error && error.name ? error.name : 'Error';
      }
      const login = document.getElementById('login');
      form.elements['Passkey.Login'].value = login ? login.value : '';
      form.submit(); // a plain post: the page signs in (or says why not) and sets the cookie on its response
    }
  }

  if (!customElements.get('passkey-signin')) customElements.define('passkey-signin', PasskeySignIn);

  // The account security page (interactive): called over JS interop; answers "added", "recent-sign-in" (the password
  // first), "cancelled" (no passkey was made), "unsupported" or "failed".
  window.portalPasskeys = {
    supported: () => supported,

    async register(name) {
      if (!supported) return 'unsupported';
      const headers = { RequestVerificationToken: token() };
      let credential;
      try {
        const options = await postForJson('/account/passkeys/options', headers);
        if (options.status === 403) return 'recent-sign-in';
        if (!options.ok) return 'failed';
        credential = await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options.json) });
      } catch (error) {
        return error && (error.name === 'NotAllowedError' || error.name === 'AbortError' || error.name === 'InvalidStateError') ? 'cancelled' : 'failed';
      }
      try {
        const added = await postForJson('/account/passkeys', { ...headers, 'Content-Type': 'application/json' },
          JSON.stringify({ credentialJson: JSON.stringify(credential), name }));
        if (added.status === 403) return 'recent-sign-in';
        return added.ok ? 'added' : 'failed';
      } catch {
        return 'failed';
      }
    },
  };
})();
