import { type FormEvent, useId, useRef, useState } from 'react';
import { InlineError, focusFirstInvalid, useSlbError } from '../../src/index.ts';
import { body, slbCall } from './slbCall.ts';
import { useOnMount } from './useOnMount.ts';

/** The API's check: `ListenerPort` must be a port number. */
function createListener(listenerPort: number): string {
  if (!Number.isInteger(listenerPort) || listenerPort < 1 || listenerPort > 65535)
    throw body('InvalidParameter', 'The specified port is not valid.');
  return `TCP:${listenerPort}`;
}

/**
 * The documented wiring: `fieldProps` on each control, an InlineError under it, the provider's
 * `fieldMap` turning the API's `ListenerPort` into the form's `port`, and focus on the first invalid
 * field once the server has answered.
 */
export interface ListenerPortFormProps {
  /** Submits when it mounts, without moving focus, so a story rests on the error. @defaultValue false */
  readonly submitOnMount?: boolean;
}

export function ListenerPortForm({ submitOnMount = false }: ListenerPortFormProps) {
  const error = useSlbError({ write: true, idempotent: true });
  const portId = useId();
  const backendPortId = useId();
  const [created, setCreated] = useState('');

  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (form: HTMLFormElement) => {
    const listenerPort = Number(new FormData(form).get('port'));
    setCreated('');
    const result = await error.run(({ signal }) => slbCall(signal, () => createListener(listenerPort)));
    if (result.status === 'succeeded') setCreated(`Listener ${result.value} created.`);
    return result.status;
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if ((await submit(form)) === 'failed') focusFirstInvalid(form);
  };
  useOnMount(() => (submitOnMount && formRef.current ? submit(formRef.current) : undefined));

  return (
    <form ref={formRef} className="flow flow-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <label htmlFor={portId}>Listener port</label>
      <input
        id={portId}
        className="review-field"
        name="port"
        inputMode="numeric"
        defaultValue="80800"
        {...error.fieldProps('port')}
      />
      <InlineError error={error} name="port" />
      <label htmlFor={backendPortId}>Backend port</label>
      <input
        id={backendPortId}
        className="review-field"
        name="backendPort"
        inputMode="numeric"
        defaultValue="80"
        {...error.fieldProps('backendPort')}
      />
      <InlineError error={error} name="backendPort" />
      <div>
        <button type="submit" className="slb-button slb-button--primary">
          Create listener
        </button>
      </div>
      <p role="status">{created}</p>
    </form>
  );
}
