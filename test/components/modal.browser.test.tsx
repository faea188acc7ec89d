// Toasts while a modal dialog is open, in Chromium: a native <dialog> opened with showModal()
// puts itself in the top layer and makes the page behind it inert, so the notifications move
// into it; a z-indexed overlay (antd, a hand-made modal) stays below the toasts.
import { useEffect, useRef } from 'react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { Toast, ToastViewport } from '../../src/components/index.ts';
import { reportFor } from '../../stories/reports.ts';
import { describeFocus, renderKit, settled, sleep, toastNodes } from './browser-helpers.tsx';
import { QueueToasts } from './placed.tsx';

function NativeModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-label="Edit listener">
      <label>
        Listener port <input defaultValue="80" />
      </label>
      <button type="button">Save</button>
    </dialog>
  );
}

/** The element actually drawn at the middle of `element`, as a pointer there would hit it. */
function hitAtCentre(element: Element): Element | null {
  const box = element.getBoundingClientRect();
  return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
}

async function oneToast(): Promise<HTMLElement> {
  for (let i = 0; i < 50 && toastNodes().length === 0; i++) await sleep(20);
  const [toast] = toastNodes();
  if (!toast) throw new Error('no toast');
  await settled(toast);
  return toast;
}

/** A page with a native modal dialog open and the queue's toasts. */
function renderWithNativeModal() {
  return renderKit(
    <>
      <NativeModal />
      <QueueToasts />
    </>,
  );
}

describe('toasts above a modal dialog', () => {
  it('a native modal <dialog>: the toast is inside it, drawn on top, and its buttons work', async () => {
    const { queue } = await renderWithNativeModal();
    const dialog = document.querySelector('dialog');
    expect(dialog?.matches(':modal')).toBe(true);
    queue.push(reportFor('none'));
    const toast = await oneToast();
    expect(dialog?.contains(toast)).toBe(true);
    expect(toast.contains(hitAtCentre(toast))).toBe(true);
    const dismiss = toast.querySelector<HTMLElement>('button.slb-dismiss');
    if (!dismiss) throw new Error('no Dismiss');
    await userEvent.click(dismiss);
    for (let i = 0; i < 100 && toastNodes().length > 0; i++) await sleep(20);
    expect(toastNodes()).toHaveLength(0);
    expect(queue.getSnapshot()).toHaveLength(0);
    expect(dialog?.open).toBe(true);
  });

  it('F8 reaches the notifications inside the dialog; Escape goes back to the field and leaves the dialog open', async () => {
    const { queue } = await renderWithNativeModal();
    queue.push(reportFor('none'));
    await oneToast();
    const field = document.querySelector('dialog input');
    if (!(field instanceof HTMLInputElement)) throw new Error('no field');
    await userEvent.click(field);
    await userEvent.keyboard('{F8}');
    expect(describeFocus()).toBe('toast list');
    await userEvent.keyboard('{Escape}');
    expect(document.activeElement).toBe(field);
    expect(document.querySelector('dialog')?.open).toBe(true);
    // Escape in the dialog itself still closes it, as the browser does.
    await userEvent.keyboard('{Escape}');
    expect(document.querySelector('dialog')?.open).toBe(false);
  });

  it('when the dialog closes, the notifications go back to the page', async () => {
    const { queue } = await renderWithNativeModal();
    queue.push(reportFor('none'));
    await oneToast();
    document.querySelector('dialog')?.close();
    for (let i = 0; i < 50 && document.querySelector('dialog [data-slb-toast]'); i++) await sleep(20);
    const toast = await oneToast();
    expect(document.querySelector('dialog')?.contains(toast)).toBe(false);
    expect(toast.contains(hitAtCentre(toast))).toBe(true);
  });

  it('a z-indexed overlay modal (antd-style, z-index 1000): the toast is drawn above its mask and clickable', async () => {
    const { queue } = await renderKit(
      <>
        <div data-testid="mask" style={{ position: 'fixed', inset: 0, zIndex: 1000, background: 'rgb(0 0 0 / 45%)' }} />
        <div role="dialog" aria-modal="true" aria-label="Edit listener" style={{ position: 'fixed', zIndex: 1000 }}>
          <button type="button">Save</button>
        </div>
        <QueueToasts />
      </>,
    );
    queue.push(reportFor('none'));
    const toast = await oneToast();
    expect(toast.contains(hitAtCentre(toast))).toBe(true);
    const dismiss = toast.querySelector<HTMLElement>('button.slb-dismiss');
    await userEvent.click(dismiss as HTMLElement);
    for (let i = 0; i < 100 && toastNodes().length > 0; i++) await sleep(20);
    expect(queue.getSnapshot()).toHaveLength(0);
  });
});

describe('several notification regions on one page', () => {
  it('Escape on a focused toast closes that toast, not the newest toast of another region', async () => {
    const { queue } = await renderKit(
      <>
        <ToastViewport entries={[]} hotkey={[]} label="First">
          <Toast report={reportFor('none')} />
        </ToastViewport>
        <ToastViewport entries={[]} hotkey={[]} label="Second">
          <Toast report={reportFor('refresh')} />
        </ToastViewport>
      </>,
    );
    expect(queue.getSnapshot()).toHaveLength(0);
    for (let i = 0; i < 50 && toastNodes().length < 2; i++) await sleep(20);
    const [first, second] = toastNodes();
    if (!first || !second) throw new Error('two toasts expected');
    await settled(first);
    first.focus();
    await userEvent.keyboard('{Escape}');
    for (let i = 0; i < 100 && first.isConnected; i++) await sleep(20);
    expect(first.isConnected).toBe(false);
    expect(second.isConnected).toBe(true);
    expect(second).toHaveAttribute('data-state', 'open');
  });
});
