import { type FormEvent, useId, useRef, useState } from 'react';
import { InlineError, type SlbErrorHandle, focusFirstInvalid, useSlbError } from '../../src/index.ts';
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
      <PortField error={error} name="port" label="Listener port" defaultValue="80800" />
      <PortField error={error} name="backendPort" label="Backend port" defaultValue="80" />
      <div>
        <button type="submit" className="slb-button slb-button--primary">
          Create listener
        </button>
      </div>
      <p role="status">{created}</p>
    </form>
  );
}

interface PortFieldProps {
  readonly error: SlbErrorHandle;
  readonly name: string;
  readonly label: string;
  readonly defaultValue: string;
}

/** A labelled port input wired to the hook, with its InlineError under it. */
function PortField({ error, name, label, defaultValue }: PortFieldProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="review-field"
        name={name}
        inputMode="numeric"
        defaultValue={defaultValue}
        {...error.fieldProps(name)}
      />
      <InlineError error={error} name={name} />
    </>
  );
}
