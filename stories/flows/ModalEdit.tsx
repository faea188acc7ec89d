import { useEffect, useRef } from 'react';
import { FailingButton } from './FailingButton.tsx';

export interface ModalEditProps {
  /** What Save throws. */
  readonly fail: () => unknown;
  /** Opens the dialog and presses Save when it mounts, so a story rests on the error. @defaultValue false */
  readonly failOnMount?: boolean;
}

/** An edit dialog opened with showModal(): the page behind it is inert while it is open. */
export function ModalEdit({ fail, failOnMount = false }: ModalEditProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (failOnMount) dialog.current?.showModal();
  }, [failOnMount]);
  return (
    <div className="flow">
      <p>The listener editor is a modal dialog; a failed save shows its toast above the dialog.</p>
      <button type="button" className="slb-button slb-button--primary" onClick={() => dialog.current?.showModal()}>
        Edit listener
      </button>
      <dialog ref={dialog} aria-labelledby="edit-listener-title" className="flow-dialog">
        <h2 id="edit-listener-title">Edit listener TCP:80</h2>
        <label htmlFor="edit-listener-description">Description</label>
        <input id="edit-listener-description" defaultValue="web front end" />
        <div className="flow-dialog__actions">
          <FailingButton label="Save" fail={fail} pressOnMount={failOnMount ? 1 : 0} />
          <button type="button" className="slb-button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </div>
  );
}
