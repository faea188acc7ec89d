'use client';
import { useEffect, useState } from 'react';

/** Whether `dialog` is open as a modal (`showModal()`), where the browser can tell. */
function isModal(dialog: HTMLDialogElement): boolean {
  if (!dialog.open || !dialog.isConnected) return false;
  try {
    return dialog.matches(':modal');
  } catch {
    // A DOM without `:modal` (an old browser, jsdom) has no top layer to worry about.
    return false;
  }
}

/**
 * The top-most modal `<dialog>` (opened with `showModal()`), or `null`. A modal dialog sits in
 * the browser's top layer and makes the rest of the page inert, so notifications rendered
 * outside it are hidden under its backdrop and cannot be used: the viewport renders into it.
 * Dialogs are ordered by when they opened, as the top layer orders them.
 */
export function useTopModalDialog(): HTMLDialogElement | null {
  const [top, setTop] = useState<HTMLDialogElement | null>(null);
  useEffect(() => {
    if (typeof MutationObserver === 'undefined') return;
    const opened: HTMLDialogElement[] = [];
    const update = () => {
      for (const dialog of document.querySelectorAll('dialog')) {
        const at = opened.indexOf(dialog);
        const modal = isModal(dialog);
        if (modal && at < 0) opened.push(dialog);
        if (!modal && at >= 0) opened.splice(at, 1);
      }
      for (let index = opened.length - 1; index >= 0; index -= 1) {
        const dialog = opened[index];
        if (dialog && !isModal(dialog)) opened.splice(index, 1);
      }
      setTop(opened.at(-1) ?? null);
    };
    const observer = new MutationObserver((records) => {
      // Only `open` changing, or a dialog leaving the page while one is open, can matter.
      if (records.some((record) => record.type === 'attributes' || opened.length > 0)) update();
    });
    observer.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['open'],
      childList: true,
    });
    update();
    return () => observer.disconnect();
  }, []);
  return top;
}
