import { useEffect, useRef, useState } from 'react';

/** Runs `start` (as it was on the first render) once after mounting, once even where effects run twice. */
export function useOnMount(start: () => unknown): void {
  const started = useRef(false);
  const [first] = useState(() => start);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void first();
  }, [first]);
}
