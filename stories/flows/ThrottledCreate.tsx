import { useState } from 'react';
import { useSlbError } from '../../src/index.ts';
import { slbCall, throttlingError } from './slbCall.ts';
import { useOnMount } from './useOnMount.ts';

export interface ThrottledCreateProps {
  /** The server's retry hint (`x-acs-retry-after`), in milliseconds. @defaultValue 2000 */
  readonly retryAfter?: number;
  /** Creates when it mounts, so a story rests on the error. @defaultValue false */
  readonly createOnMount?: boolean;
}

/** Creates a listener. The first call of each run is throttled; the hook's automatic retry goes through. */
export function ThrottledCreate({ retryAfter = 2000, createOnMount = false }: ThrottledCreateProps) {
  const error = useSlbError({ write: true, idempotent: true });
  const [outcome, setOutcome] = useState('');

  const create = async () => {
    setOutcome('');
    const tokens = new Set<string>();
    const result = await error.run(({ clientToken, signal, attempt }) =>
      slbCall(signal, () => {
        // Reading the token marks the write as safe to repeat: SLB creates once per ClientToken.
        tokens.add(clientToken);
        if (attempt === 1) throw throttlingError(retryAfter);
        return attempt;
      }),
    );
    if (result.status !== 'succeeded') return;
    const sameToken = tokens.size === 1 ? 'Every attempt sent the same ClientToken.' : 'The ClientToken changed!';
    setOutcome(`Listener TCP:80 created on attempt ${result.value}. ${sameToken}`);
  };

  useOnMount(() => (createOnMount ? create() : undefined));

  return (
    <div className="flow">
      <p>The first call is throttled with a {retryAfter / 1000} s retry hint; the kit waits it out and retries.</p>
      <button type="button" className="slb-button slb-button--primary" onClick={() => void create()}>
        Create listener
      </button>
      <p role="status">{outcome}</p>
    </div>
  );
}
