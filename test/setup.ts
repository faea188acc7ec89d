import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';

// A React warning or error in a test is a failure: console.error and console.warn throw.
let consoleCalls: string[] = [];
beforeEach(() => {
  consoleCalls = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleCalls.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
  vi.restoreAllMocks();
  if (consoleCalls.length > 0) throw new Error(`unexpected console output:\n${consoleCalls.join('\n')}`);
});

if (typeof Element !== 'undefined' && !Element.prototype.hasPointerCapture) {
  // jsdom has no Pointer Capture API; Radix Toast's swipe handlers call it on pointerup.
  Element.prototype.hasPointerCapture = () => false;
  Element.prototype.setPointerCapture = () => {};
  Element.prototype.releasePointerCapture = () => {};
}
if (typeof HTMLCanvasElement !== 'undefined' && navigator.userAgent.includes('jsdom')) {
  // axe probes <canvas>; jsdom would log "Not implemented" and return null anyway. Only in
  // jsdom: in a real browser (the browser project) axe needs the canvas to measure contrast.
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
}
