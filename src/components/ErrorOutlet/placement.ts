'use client';
import { useMemo } from 'react';
import { type SlbPlacement, placeSlbEntries } from '../../engine/placement.js';
import { useSlbErrorContext } from '../../hooks/context.js';
import { useSlbErrorQueue } from '../../hooks/useSlbErrorQueue.js';
import { useRegisteredFields } from '../InlineError/registry.js';

/** The provider's queue, placed; re-renders when the queue or the mounted InlineErrors change. */
export function useSlbPlacement(): SlbPlacement {
  const entries = useSlbErrorQueue();
  const fields = useRegisteredFields();
  const { fieldMap } = useSlbErrorContext();
  return useMemo(() => placeSlbEntries(entries, fields, fieldMap), [entries, fields, fieldMap]);
}
