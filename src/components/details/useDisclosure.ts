'use client';
import { useId, useState } from 'react';

/** A show/hide toggle: the button's ARIA wiring and the panel's id. */
export function useDisclosure(onOpenChange?: (open: boolean) => void, initiallyOpen = false) {
  const [open, setOpen] = useState(initiallyOpen);
  const panelId = `slb-disclosure-${useId().replace(/:/g, '')}`;
  const toggle = () => {
    setOpen(!open);
    onOpenChange?.(!open);
  };
  return {
    open,
    panelId,
    buttonProps: { type: 'button', 'aria-expanded': open, 'aria-controls': panelId, onClick: toggle } as const,
  };
}
