import { useState } from 'react';

/**
 * State that lives in story args, so that Storybook writes it into the URL (`&args=…`) and a
 * link with args opens in that state. The component renders from its own copy: `updateArgs` is a
 * round trip through the manager (and goes nowhere under Vitest, where no manager listens), and
 * an echo of an older value arriving late must not undo a newer keystroke. Args that change from
 * outside (the Controls panel, the URL) replace the copy.
 *
 * @param fromArgs the state the current args describe
 * @param write sends a new state to the args (`updateArgs`), when the story has them
 * @param key a stable text form of a state, to compare them
 */
export function useArgsState<S>(
  fromArgs: S,
  write: ((next: S) => void) | undefined,
  key: (state: S) => string,
): readonly [S, (next: S) => void] {
  const [state, setState] = useState(fromArgs);
  const incoming = key(fromArgs);
  const [seen, setSeen] = useState(incoming);
  // What this component sent and has not heard back yet, oldest first.
  const [sent, setSent] = useState<readonly string[]>([]);
  if (incoming !== seen) {
    setSeen(incoming);
    const echo = sent.indexOf(incoming);
    if (echo >= 0) {
      setSent(sent.slice(echo + 1));
    } else {
      setSent([]);
      setState(fromArgs);
    }
  }
  const update = (next: S) => {
    setState(next);
    if (write) {
      setSent((previous) => [...previous.slice(-20), key(next)]);
      write(next);
    }
  };
  return [state, update] as const;
}
