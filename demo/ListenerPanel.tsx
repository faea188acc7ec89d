import { type FormEvent, useEffect, useId, useState } from 'react';
import { InlineError, focusFirstInvalid } from '../src/components/index.ts';
import { type SlbFieldProps, useSlbError } from '../src/index.ts';
import * as api from './api.ts';
import { useLatest } from './useLatest.ts';

export interface ListenerPanelProps {
  readonly loadBalancers: readonly api.LoadBalancer[];
  readonly selected: api.LoadBalancer | null;
  readonly onSelect: (id: string) => void;
  /** Changes when the whole view reloads (the kit's `refresh` action). */
  readonly reloadKey: number;
}

interface FormValues {
  readonly port: string;
  readonly backendPort: string;
  readonly bandwidth: string;
}

const INITIAL_VALUES: FormValues = { port: '', backendPort: '80', bandwidth: '-1' };

/** The kit's wiring for a control, plus the control's own hint; the error is read first. */
function describedBy(props: SlbFieldProps, hintId: string) {
  return { ...props, 'aria-describedby': [props['aria-describedby'], hintId].filter(Boolean).join(' ') };
}

function bandwidthText(bandwidth: number): string {
  return bandwidth === -1 ? 'No limit' : `${bandwidth} Mbit/s`;
}

export function ListenerPanel({ loadBalancers, selected, onSelect, reloadKey }: ListenerPanelProps) {
  const createError = useSlbError({ write: true, idempotent: true });
  const listError = useSlbError();
  const runList = useLatest(listError.run);
  // Listeners of one load balancer: another's are not shown while the selection's are loading.
  const [loaded, setLoaded] = useState<{ readonly lbId: string; readonly items: readonly api.Listener[] } | null>(null);
  const [listTick, setListTick] = useState(0);
  const [values, setValues] = useState<FormValues>(INITIAL_VALUES);
  const [notice, setNotice] = useState('');
  const [lastCreated, setLastCreated] = useState<number | null>(null);
  const id = useId();
  const ids = {
    lb: 'listener-lb',
    port: 'listener-port',
    backendPort: 'listener-backend-port',
    bandwidth: 'listener-bandwidth',
    portHint: `${id}-port-hint`,
    backendHint: `${id}-backend-hint`,
    bandwidthHint: `${id}-bandwidth-hint`,
  };
  const loadBalancerId = selected?.LoadBalancerId ?? null;
  const busy = createError.status === 'running' || createError.status === 'waiting';

  const listeners = loaded !== null && loaded.lbId === loadBalancerId ? loaded.items : null;

  useEffect(() => {
    if (loadBalancerId === null) return;
    void runList
      .current(({ signal }) => api.describeListeners(loadBalancerId, signal))
      .then((result) => {
        if (result.status === 'success') setLoaded({ lbId: loadBalancerId, items: result.value });
      });
  }, [runList, loadBalancerId, reloadKey, listTick]);

  const update = (field: keyof FormValues) => (event: { currentTarget: { value: string } }) => {
    const { value } = event.currentTarget;
    setValues((current) => ({ ...current, [field]: value }));
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !selected) return;
    const form = event.currentTarget;
    const lb = selected;
    const submitted = values;
    setNotice('');
    const result = await createError.run(
      ({ clientToken, signal }) =>
        api.createListener(
          {
            LoadBalancerId: lb.LoadBalancerId,
            ListenerPort: submitted.port.trim(),
            BackendServerPort: submitted.backendPort.trim(),
            Bandwidth: submitted.bandwidth.trim(),
            ClientToken: clientToken,
          },
          signal,
        ),
      { write: true, idempotent: true },
    );
    if (result.status === 'success') {
      const port = Number(submitted.port.trim());
      setNotice(`Listener TCP:${port} was created on ${lb.LoadBalancerName}. It stays stopped until you start it.`);
      setLastCreated(port);
      setValues((current) => ({ ...current, port: '' }));
      setListTick((tick) => tick + 1);
    } else if (result.status === 'error' && result.report.intent === 'fix-input') {
      // After React has drawn aria-invalid on the field the error is about.
      requestAnimationFrame(() => focusFirstInvalid(form));
    }
  }

  return (
    <section className="card" id="listeners" aria-labelledby="listener-heading">
      <div className="card-header">
        <h2 id="listener-heading">Create TCP listener</h2>
      </div>
      <form className="listener-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="field">
          <label htmlFor={ids.lb}>Load balancer</label>
          <select
            id={ids.lb}
            name="loadBalancer"
            value={loadBalancerId ?? ''}
            onChange={(event) => onSelect(event.currentTarget.value)}
            {...createError.fieldProps('loadBalancer')}
          >
            {loadBalancers.length === 0 && <option value="">Loading…</option>}
            {loadBalancers.map((lb) => (
              <option key={lb.LoadBalancerId} value={lb.LoadBalancerId}>
                {lb.LoadBalancerName} ({lb.LoadBalancerId})
              </option>
            ))}
          </select>
          <InlineError error={createError} name="loadBalancer" />
        </div>
        <div className="field">
          <label htmlFor={ids.port}>
            Frontend port{' '}
            <span className="required-mark" aria-hidden="true">
              *
            </span>
          </label>
          <input
            id={ids.port}
            name="port"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            required
            value={values.port}
            onChange={update('port')}
            {...describedBy(createError.fieldProps('port'), ids.portHint)}
          />
          <p id={ids.portHint} className="field-hint">
            The port the load balancer listens on, from 1 to 65535.
          </p>
          <InlineError error={createError} name="port" />
        </div>
        <div className="field">
          <label htmlFor={ids.backendPort}>
            Backend port{' '}
            <span className="required-mark" aria-hidden="true">
              *
            </span>
          </label>
          <input
            id={ids.backendPort}
            name="backendPort"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            required
            value={values.backendPort}
            onChange={update('backendPort')}
            {...describedBy(createError.fieldProps('backendPort'), ids.backendHint)}
          />
          <p id={ids.backendHint} className="field-hint">
            The port of the backend servers, from 1 to 65535.
          </p>
          <InlineError error={createError} name="backendPort" />
        </div>
        <div className="field">
          <label htmlFor={ids.bandwidth}>Peak bandwidth (Mbit/s)</label>
          <input
            id={ids.bandwidth}
            name="bandwidth"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={values.bandwidth}
            onChange={update('bandwidth')}
            {...describedBy(createError.fieldProps('bandwidth'), ids.bandwidthHint)}
          />
          <p id={ids.bandwidthHint} className="field-hint">
            −1 for no limit (pay-by-traffic), or up to the instance’s bandwidth.
          </p>
          <InlineError error={createError} name="bandwidth" />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || !selected}>
            {busy ? 'Creating…' : 'Create listener'}
          </button>
          <p className="form-notice" role="status">
            {notice}
          </p>
        </div>
      </form>

      <h3 id="listeners-heading" className="subheading">
        TCP listeners{selected ? ` of ${selected.LoadBalancerName}` : ''}
      </h3>
      <div className="table-scroll">
        <table className="data-table" aria-labelledby="listeners-heading" aria-busy={listError.isRunning}>
          <thead>
            <tr>
              <th scope="col">Frontend port</th>
              <th scope="col">Protocol</th>
              <th scope="col">Backend port</th>
              <th scope="col">Peak bandwidth</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {listeners === null || listeners.length === 0 ? (
              <tr>
                <td colSpan={5} className="empty-cell">
                  {listeners === null ? 'Loading listeners…' : 'No TCP listeners yet.'}
                </td>
              </tr>
            ) : (
              listeners.map((listener) => (
                <tr
                  key={listener.ListenerPort}
                  className={listener.ListenerPort === lastCreated ? 'is-new' : undefined}
                  data-port={listener.ListenerPort}
                >
                  <th scope="row">{listener.ListenerPort}</th>
                  <td>{listener.ListenerProtocol.toUpperCase()}</td>
                  <td>{listener.BackendServerPort}</td>
                  <td>{bandwidthText(listener.Bandwidth)}</td>
                  <td>
                    <span className={`status status-${listener.Status}`}>
                      {listener.Status === 'running' ? 'Running' : 'Stopped'}
                    </span>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
