import { useSlbError } from '../../src/index.ts';
import { slbCall } from './slbCall.ts';

export interface FailingButtonProps {
  /** The button's text: the operation it stands for. */
  readonly label: string;
  /** What the call throws, made fresh on every press (a new request id each time). */
  readonly fail: () => unknown;
}

/** A console action whose SLB call always fails; the outlet shows the error where its report says. */
export function FailingButton({ label, fail }: FailingButtonProps) {
  const error = useSlbError();
  const press = () =>
    error.run(({ signal }) =>
      slbCall(signal, () => {
        throw fail();
      }),
    );
  return (
    <button type="button" className="slb-button slb-button--primary" onClick={() => void press()}>
      {label}
    </button>
  );
}
