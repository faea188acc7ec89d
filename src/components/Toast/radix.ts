// Everything the kit knows about Radix Toast beyond its documented props, in one place.
// test/components/radix.test.ts fails if a new Radix version changes any of it.

/**
 * Radix Toast pauses every toast's timer when its viewport receives this event: the event its
 * own hover, focus and window-blur handling dispatches. The kit sends it when the tab is hidden.
 */
export const RADIX_VIEWPORT_PAUSE = 'toast.viewportPause';

/**
 * Where Radix puts its own announcements (its documented `announcerContainer`): a fragment
 * that is never attached to the page, so only the kit's live regions speak, once per error.
 */
export function createSilentAnnouncer(): DocumentFragment | undefined {
  return typeof document === 'undefined' ? undefined : document.createDocumentFragment();
}
