'use client';

import { useState } from 'react';

/**
 * Ends the session (POST /api/auth/logout) and then opens the sign-in page with a full load, so the
 * header and every page are rendered again without the user.
 */
export function SignOutButton(props: { label: string; busyLabel: string; failed: string; signInHref: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  const signOut = async () => {
    setBusy(true);
    setError(false);
    try {
      const res = await fetch('/api/auth/logout', { method: 'POST', credentials: 'same-origin' });
      if (res.ok) {
        window.location.assign(props.signInHref);
        return;
      }
    } catch {
      // Shown below: the session may still be open.
    }
    setBusy(false);
    setError(true);
  };
  return (
    <>
      <button type="button" className="sign-out" onClick={signOut} disabled={busy} data-testid="sign-out">
        {busy ? props.busyLabel : props.label}
      </button>
      {error && (
        <span role="alert" className="sign-out-error">
          {props.failed}
        </span>
      )}
    </>
  );
}
