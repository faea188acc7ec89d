import { useSlbError } from '../../src/index.ts';
import { useOnMount } from './useOnMount.ts';
import { slbCall } from './slbCall.ts';

export interface FailingButtonProps {
  /** The button's text: the operation it stands for. */
  readonly label: string;
  /** What the call throws, made fresh on every press (a new request id each time). */
  readonly fail: () => unknown;
  /** Presses it this many times when it mounts, one after another, so a story rests on the error. @defaultValue 0 */
  readonly pressOnMount?: number;
}

/** A console action whose SLB call always fails; the outlet shows the error where its report says. */
export function FailingButton({ label, fail, pressOnMount = 0 }: FailingButtonProps) {
  const error = useSlbError();
  const press = () =>
    error.run(({ signal }) =>
      slbCall(signal, () => {
        throw fail();
      }),
    );
  useOnMount(async () => {
    for (let presses = 0; presses < pressOnMount; presses += 1) await press();
  });
  return (
    <button type="button" className="slb-button slb-button--primary" onClick={() => void press()}>
      {label}
    </button>
  );
}
