// Small caches for strings the classifier derives again and again: a console meets the same few
// codes, messages and labels over and over. Each is bounded by being emptied when full.

/** The most entries one cache holds before it is emptied. */
const LIMIT = 512;

/** `cache`'s value for `key`, made by `make` and kept when it is not there yet. */
export function remember<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}
