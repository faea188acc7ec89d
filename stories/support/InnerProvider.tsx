import { useSlbErrorContext } from '../../src/hooks/index.ts';
import { SlbErrorProvider, type SlbErrorProviderProps } from '../../src/index.ts';

/**
 * A provider of a story's own (a field map, its own queue), in the toolbar's language unless the
 * story says otherwise.
 */
export function InnerProvider(props: SlbErrorProviderProps) {
  const outer = useSlbErrorContext();
  return (
    <SlbErrorProvider locale={outer.classifyOptions.locale} products={outer.classifyOptions.products} {...props} />
  );
}
