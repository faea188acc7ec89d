import { type FormEvent, useEffect, useState } from 'react';
import { InlineError, focusFirstInvalid } from '../src/components/index.ts';
import { type SlbErrorHandle, useSlbError } from '../src/index.ts';
import * as api from './api.ts';

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

interface NumberFieldProps {
  readonly id: string;
  readonly name: keyof FormValues;
  readonly label: string;
  readonly hint: string;
  readonly required?: boolean;
  readonly value: string;
  readonly onChange: (event: { currentTarget: { value: string } }) => void;
  readonly error: SlbErrorHandle;
}

/** A numeric field with its hint, wired to the form's error by the kit (the error is read first). */
function NumberField({ id, name, label, hint, required = false, value, onChange, error }: NumberFieldProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && (
          <>
            {' '}
            <span className="required-mark" aria-hidden="true">
              *
            </span>
          </>
        )}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        required={required}
        value={value}
        onChange={onChange}
        {...error.fieldProps(name, hintId)}
      />
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <InlineError error={error} name={name} />
    </div>
  );
}

function bandwidthText(bandwidth: number): string {
  return bandwidth === -1 ? 'No limit' : `${bandwidth} Mbit/s`;
}

export function ListenerPanel({ loadBalancers, selected, onSelect, reloadKey }: ListenerPanelProps) {
  const createError = useSlbError({ write: true, idempotent: true });
  const listError = useSlbError();
  const runList = listError.run;
  // Listeners of one load balancer: another's are not shown while the selection's are loading.
  const [loaded, setLoaded] = useState<{ readonly lbId: string; readonly items: readonly api.Listener[] } | null>(null);
  const [listTick, setListTick] = useState(0);
  const [values, setValues] = useState<FormValues>(INITIAL_VALUES);
  const [notice, setNotice] = useState('');
  const [lastCreated, setLastCreated] = useState<number | null>(null);
  const ids = {
    lb: 'listener-lb',
    port: 'listener-port',
    backendPort: 'listener-backend-port',
    bandwidth: 'listener-bandwidth',
  };
  const loadBalancerId = selected?.LoadBalancerId ?? null;
  const busy = createError.status === 'running' || createError.status === 'waiting';

  const listeners = loaded !== null && loaded.lbId === loadBalancerId ? loaded.items : null;

  useEffect(() => {
    if (loadBalancerId === null) return;
    void runList(({ signal }) => api.describeListeners(loadBalancerId, signal)).then((result) => {
      if (result.status === 'succeeded') setLoaded({ lbId: loadBalancerId, items: result.value });
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
    if (result.status === 'succeeded') {
      const port = Number(submitted.port.trim());
      setNotice(`Listener TCP:${port} was created on ${lb.LoadBalancerName}. It stays stopped until you start it.`);
      setLastCreated(port);
      setValues((current) => ({ ...current, port: '' }));
      setListTick((tick) => tick + 1);
    } else if (result.status === 'failed' && result.report.intent === 'fix-input') {
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
        <NumberField
          id={ids.port}
          name="port"
          label="Frontend port"
          hint="The port the load balancer listens on, from 1 to 65535."
          required
          value={values.port}
          onChange={update('port')}
          error={createError}
        />
        <NumberField
          id={ids.backendPort}
          name="backendPort"
          label="Backend port"
          hint="The port of the backend servers, from 1 to 65535."
          required
          value={values.backendPort}
          onChange={update('backendPort')}
          error={createError}
        />
        <NumberField
          id={ids.bandwidth}
          name="bandwidth"
          label="Peak bandwidth (Mbit/s)"
          hint="−1 for no limit (pay-by-traffic), or up to the instance’s bandwidth."
          value={values.bandwidth}
          onChange={update('bandwidth')}
          error={createError}
        />
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
