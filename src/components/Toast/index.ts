export { Toast } from './Toast.js';
export { ToastViewport } from './ToastViewport.js';
export type { SlbToastCloseReason, ToastProps } from './Toast.js';
export type { ToastViewportProps } from './ToastViewport.js';
