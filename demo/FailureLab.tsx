// The failure lab: arms the mock SLB endpoint to fail the next calls with any catalog row, a
// gateway error, throttling with x-acs-retry-after, a 5xx or a hang. It only talks to the mock;
// what the failures look like is entirely the kit's business.
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { ALB_ERROR_CATALOG } from '../src/alb/index.ts';
import {
  SLB_API_ERRORS,
  SLB_COMMON_ERRORS,
  SLB_ERROR_CATALOG,
  SLB_OBSERVED_ERRORS,
  type SlbDocumentedRow,
} from '../src/core/index.ts';
import { NLB_ERROR_CATALOG } from '../src/nlb/index.ts';
import * as api from './api.ts';
import {
  MOCK_ACTIONS,
  MOCK_PRESETS,
  MOCK_TRANSPORT_FAILURES,
  type MockArmedFailure,
  type MockFailureRequest,
} from './shared/mock-api.ts';

interface Choice {
  readonly id: string;
  readonly label: string;
  readonly search: string;
}

function entryChoice(entry: SlbDocumentedRow): Choice {
  const label = `${entry.code} (${entry.status}) · ${entry.message}`;
  return { id: entry.id, label, search: `${entry.id} ${label} ${entry.description} ${entry.intent}`.toLowerCase() };
}

const GROUPS: readonly { readonly label: string; readonly choices: readonly Choice[] }[] = [
  {
    label: 'Gateway and network',
    choices: MOCK_TRANSPORT_FAILURES.map((failure) => ({
      id: failure.id,
      label: failure.label,
      search: `${failure.id} ${failure.label}`.toLowerCase(),
    })),
  },
  { label: 'Alibaba Cloud common errors', choices: SLB_COMMON_ERRORS.map(entryChoice) },
  { label: 'CLB error page', choices: SLB_ERROR_CATALOG.map(entryChoice) },
  { label: 'CLB per-action error tables', choices: SLB_API_ERRORS.map(entryChoice) },
  { label: 'CLB codes observed in the field', choices: SLB_OBSERVED_ERRORS.map(entryChoice) },
  { label: 'ALB (Application Load Balancer)', choices: ALB_ERROR_CATALOG.map(entryChoice) },
  { label: 'NLB (Network Load Balancer)', choices: NLB_ERROR_CATALOG.map(entryChoice) },
];

const ANY_ACTION = '';

function describeArmed(armed: MockArmedFailure | null): string {
  if (!armed) return 'Nothing is armed: calls succeed unless their parameters are wrong.';
  const what = armed.hang
    ? 'no answer (the SDK times out)'
    : armed.code
      ? `${armed.code} (HTTP ${armed.status ?? '?'})`
      : `${armed.id} (HTTP ${armed.status ?? '?'})`;
  const calls = armed.remaining === 1 ? 'call' : `${armed.remaining} calls`;
  const target = armed.action ? `${armed.action} ${calls}` : `${calls} of any action`;
  const hint = armed.retryAfterMs !== null ? `, x-acs-retry-after ${armed.retryAfterMs} ms` : '';
  return `Armed: the next ${target} ${armed.remaining === 1 ? 'gets' : 'get'} ${what}${hint}.`;
}

function optionalNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

export interface FailureLabProps {
  /** Called after the mock went back to its seed data. */
  readonly onReset?: () => void;
}

export function FailureLab({ onReset }: FailureLabProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [failureId, setFailureId] = useState('slb-140');
  const [action, setAction] = useState<string>('CreateLoadBalancerTCPListener');
  const [times, setTimes] = useState('1');
  const [retryAfter, setRetryAfter] = useState('');
  const [status, setStatus] = useState('');
  const [armed, setArmed] = useState<MockArmedFailure | null>(null);
  const [refusal, setRefusal] = useState('');

  const groups = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return GROUPS.map((group) => ({
      label: group.label,
      choices: needle === '' ? group.choices : group.choices.filter((choice) => choice.search.includes(needle)),
    })).filter((group) => group.choices.length > 0);
  }, [query]);
  const matches = groups.reduce((sum, group) => sum + group.choices.length, 0);

  // The selection stays among the visible choices.
  const visible = groups.flatMap((group) => group.choices.map((choice) => choice.id));
  const selectedId = visible.includes(failureId) ? failureId : (visible[0] ?? failureId);

  // While something is armed, follow the mock as calls use it up.
  useEffect(() => {
    if (!armed) return;
    const controller = new AbortController();
    const timer = setInterval(() => {
      api.getMockState(controller.signal).then(
        (state) => setArmed(state.armed),
        () => {},
      );
    }, 500);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [armed]);

  async function arm(request: MockFailureRequest) {
    try {
      const result = await api.armFailure({ ...request, ...(action !== ANY_ACTION && { action }) });
      setArmed(result);
      setRefusal('');
    } catch (caught) {
      const reason = typeof caught === 'object' && caught !== null && 'error' in caught ? String(caught.error) : '';
      setRefusal(`The mock did not arm anything. ${reason}`);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const timesValue = optionalNumber(times);
    const retryAfterMs = optionalNumber(retryAfter);
    const statusValue = optionalNumber(status);
    void arm({
      id: selectedId,
      ...(selectedId === 'hang' && { hang: true }),
      ...(timesValue !== undefined && { times: timesValue }),
      ...(retryAfterMs !== undefined && { retryAfterMs }),
      ...(statusValue !== undefined && { status: statusValue }),
    });
  }

  async function reset() {
    const state = await api.resetMock();
    setArmed(state.armed);
    setRefusal('');
    onReset?.();
  }

  const ids = {
    search: `${id}-search`,
    error: 'lab-error',
    count: `${id}-count`,
    action: 'lab-action',
    times: 'lab-times',
    retryAfter: 'lab-retry-after',
    status: 'lab-status',
  };

  return (
    <section className="card lab" id="failure-lab" aria-labelledby="lab-heading">
      <div className="card-header">
        <h2 id="lab-heading">Failure lab</h2>
        <p className="muted">Makes the mock SLB endpoint fail the next calls.</p>
      </div>
      <form className="lab-form" onSubmit={onSubmit} noValidate>
        <div className="lab-grid">
          <div className="field lab-picker">
            <label htmlFor={ids.search}>Search errors</label>
            <input
              id={ids.search}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              aria-describedby={ids.count}
              placeholder="Code, message or id, e.g. Throttling"
            />
            <p id={ids.count} className="field-hint" aria-live="polite">
              {matches} {matches === 1 ? 'error matches' : 'errors match'}
            </p>
            <label htmlFor={ids.error}>Error to return</label>
            <select
              id={ids.error}
              size={8}
              value={selectedId}
              onChange={(event) => setFailureId(event.currentTarget.value)}
            >
              {groups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.choices.map((choice) => (
                    <option key={choice.id} value={choice.id}>
                      {choice.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="lab-options">
            <div className="field">
              <label htmlFor={ids.action}>Applies to</label>
              <select id={ids.action} value={action} onChange={(event) => setAction(event.currentTarget.value)}>
                <option value={ANY_ACTION}>Any call</option>
                {MOCK_ACTIONS.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.times}>Times</label>
              <input
                id={ids.times}
                type="text"
                inputMode="numeric"
                value={times}
                onChange={(event) => setTimes(event.currentTarget.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={ids.retryAfter}>x-acs-retry-after (ms)</label>
              <input
                id={ids.retryAfter}
                type="text"
                inputMode="numeric"
                value={retryAfter}
                onChange={(event) => setRetryAfter(event.currentTarget.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={ids.status}>HTTP status (optional)</label>
              <input
                id={ids.status}
                type="text"
                inputMode="numeric"
                value={status}
                onChange={(event) => setStatus(event.currentTarget.value)}
              />
            </div>
            <button type="submit" className="button button-primary">
              Arm failure
            </button>
          </div>
        </div>
      </form>
      <div className="lab-presets" role="group" aria-labelledby={`${id}-presets`}>
        <h3 id={`${id}-presets`} className="subheading">
          Presets
        </h3>
        <button type="button" className="button" onClick={() => void arm(MOCK_PRESETS.throttle)}>
          Throttle (Throttling.User, retry after 2 s)
        </button>
        <button type="button" className="button" onClick={() => void arm(MOCK_PRESETS.serverError)}>
          5xx (503 ServiceUnavailable)
        </button>
        <button type="button" className="button" onClick={() => void arm(MOCK_PRESETS.hang)}>
          Hang (SDK timeout after 3 s)
        </button>
        <button type="button" className="button button-quiet" onClick={() => void reset()}>
          Reset mock
        </button>
      </div>
      <p className="lab-status" role="status" id="lab-state">
        {refusal === '' ? describeArmed(armed) : refusal}
      </p>
    </section>
  );
}
