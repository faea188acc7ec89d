'use client';
import { useState } from 'react';
import { useSlbStrings } from '../strings.js';

/** Characters of a server message shown before "Show all". */
export const SERVER_MESSAGE_PREVIEW = 160;

/**
 * The server's own message (already redacted; React renders it as text), cut to a preview
 * with a way to see all of it. SLB messages are English whatever the UI language.
 */
export function ServerMessage({ message }: { readonly message: string }) {
  const strings = useSlbStrings();
  const [full, setFull] = useState(false);
  const long = message.length > SERVER_MESSAGE_PREVIEW;
  const shown = long && !full ? `${message.slice(0, SERVER_MESSAGE_PREVIEW).trimEnd()}…` : message;
  return (
    <span className="slb-server-message">
      {/* The server's words, as sent: page translators leave them alone. */}
      <span lang={/[\u3400-\u9fff]/.test(message) ? undefined : 'en'} dir="auto" translate="no">
        {shown}
      </span>
      {long && (
        <button
          type="button"
          className="slb-button slb-button--quiet slb-button--inline"
          aria-expanded={full}
          onClick={() => setFull((value) => !value)}
        >
          {full ? strings.showLess : strings.showAll}
        </button>
      )}
    </span>
  );
}
