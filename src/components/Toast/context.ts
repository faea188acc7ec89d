'use client';
import { createContext, useContext } from 'react';

export interface ToastViewportContextValue {
  /** The tab is hidden: every toast holds its timer until the user is back. */
  readonly documentHidden: boolean;
  /** Milliseconds before a toast without an action closes. */
  readonly duration: number;
  /** Says something once in the viewport's live regions. */
  readonly say: (text: string, politeness: 'polite' | 'assertive') => void;
}

export const DEFAULT_TOAST_DURATION = 8000;

const ToastViewportContext = createContext<ToastViewportContextValue>({
  documentHidden: false,
  duration: DEFAULT_TOAST_DURATION,
  say: () => {},
});

export const ToastViewportContextProvider = ToastViewportContext.Provider;

export function useToastViewportContext(): ToastViewportContextValue {
  return useContext(ToastViewportContext);
}
