import { useState } from 'react';
import { useSlbErrorContext } from '../../src/hooks/index.ts';
import { createSlbErrorClient } from '../../src/engine/index.ts';
import { SlbErrorProvider, type SlbErrorProviderProps } from '../../src/index.ts';

/**
 * The story's own provider and a fresh queue, so no error, count or cooldown carries over from
 * another story. The language stays the toolbar's (the provider the preview puts around every story).
 */
export function FlowProvider({ children, ...props }: Omit<SlbErrorProviderProps, 'client' | 'locale'>) {
  const { locale, products } = useSlbErrorContext().classifyOptions;
  const [client] = useState(() => createSlbErrorClient());
  return (
    <SlbErrorProvider {...props} locale={locale} products={products} client={client}>
      {children}
    </SlbErrorProvider>
  );
}
