import { useState } from 'react';
import { SlbErrorProvider, type SlbErrorProviderProps, SlbErrorQueue, useSlbErrorContext } from '../../src/index.ts';

/**
 * The story's own provider and a fresh queue, so no error, count or cooldown carries over from
 * another story. The language stays the toolbar's (the provider the preview puts around every story).
 */
export function FlowProvider({ children, ...props }: Omit<SlbErrorProviderProps, 'queue' | 'locale'>) {
  const { locale } = useSlbErrorContext();
  const [queue] = useState(() => new SlbErrorQueue());
  return (
    <SlbErrorProvider {...props} locale={locale} queue={queue}>
      {children}
    </SlbErrorProvider>
  );
}
