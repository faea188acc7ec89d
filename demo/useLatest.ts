import { type RefObject, useLayoutEffect, useRef } from 'react';

/**
 * The latest value, for effects that must not re-run when it changes. (`useSlbError()`'s `run`
 * is a new function after every state change of the hook: an effect that lists it as a
 * dependency and calls it would run forever.)
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
