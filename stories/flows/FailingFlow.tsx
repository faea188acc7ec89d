import type { SlbErrorProviderProps } from '../../src/index.ts';
import { ErrorOutlet } from '../../src/index.ts';
import { FailingButton, type FailingButtonProps } from './FailingButton.tsx';
import { FlowProvider } from './FlowProvider.tsx';

export interface FailingFlowProps
  extends FailingButtonProps, Omit<SlbErrorProviderProps, 'queue' | 'locale' | 'children'> {
  /** What the pretend console says above the button. */
  readonly note?: string;
}

/** A pretend console page with one action that fails: its own provider, the outlet, the button. */
export function FailingFlow({ label, fail, pressOnMount = 0, note, ...provider }: FailingFlowProps) {
  return (
    <FlowProvider {...provider}>
      <ErrorOutlet />
      <div className="flow">
        {note && <p>{note}</p>}
        <FailingButton label={label} fail={fail} pressOnMount={pressOnMount} />
      </div>
    </FlowProvider>
  );
}
