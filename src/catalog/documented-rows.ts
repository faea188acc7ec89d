// The documentation's own text beside each row: the documented message, the CLB error page's
// description, the HTTP statuses and the actions whose error tables list it. For catalogs,
// review tools and tests; the classifier never loads this module.
import { type SlbPackedCatalog, unpack } from './packed.js';
import type { SlbCatalogRow, SlbProductKey } from './types.js';

/** A catalog row with the documentation's text. */
export interface SlbDocumentedRow extends SlbCatalogRow {
  /** The product whose catalog holds the row. */
  readonly product: SlbProductKey;
  /** Every HTTP status the documentation gives it. */
  readonly statuses: readonly number[];
  /** The message as documented (what the server sends; `%s` where it fills in a value). */
  readonly message: string;
  /** Further messages servers send for the row (observed rows). */
  readonly messages: readonly string[];
  /** The CLB error page's (or the gateway table's) description; '' for other rows. */
  readonly description: string;
  /** The actions whose error tables document it. */
  readonly actions: readonly string[];
}

export type Documented = readonly (readonly [
  string,
  readonly number[],
  string,
  string,
  readonly string[],
  0 | readonly string[],
])[];

/** The rows of a catalog beside its documentation's text, checked to be in step. */
export function documented(catalog: SlbPackedCatalog, docs: Documented): readonly SlbDocumentedRow[] {
  const rows = unpack(catalog);
  return Object.freeze(
    docs.map(([id, statuses, message, description, actions, more], index) => {
      const row = rows[index]?.row;
      if (row?.id !== id) throw new Error(`documented row ${id} is out of step with the catalog`);
      return Object.freeze({
        ...row,
        product: catalog.product,
        statuses,
        message,
        messages: [message, ...(more || [])],
        description,
        actions,
      });
    }),
  );
}
