// Rebuilds look-alikes of recorded SDK throws (test/fixtures/*.json, written by scripts/record-fixtures.mjs with
// `serializeThrown` from ./harness.mjs), so the classifier can be tested against them without the SDKs.
//
// - An instance becomes an object whose prototype chain has the recorded constructor names: built-ins (Object,
//   Error, SyntaxError, TypeError, …) are reused, every other name becomes a small class created at runtime and
//   cached per chain. Error-derived look-alikes are real `Error`s (created with `new`).
// - Own properties are restored in the recorded order with the recorded enumerability.
// - Plain objects stay plain objects; null-prototype objects stay null-prototype objects.

type Ctor = new () => object;

export interface RevivedFixture {
  sdk: string;
  scenario: string;
  thrown: unknown;
}

const BUILTIN_ERRORS: ReadonlyMap<string, Ctor> = new Map<string, Ctor>([
  ['SyntaxError', SyntaxError],
  ['TypeError', TypeError],
  ['RangeError', RangeError],
  ['ReferenceError', ReferenceError],
  ['EvalError', EvalError],
  ['URIError', URIError],
]);

const classCache = new Map<string, Ctor>();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(path: string, problem: string): never {
  throw new TypeError(`reviveFixture: ${path}: ${problem}`);
}

function readString(record: Record<string, unknown>, key: string, path: string): string {
  const value = record[key];
  if (typeof value !== 'string') fail(`${path}.${key}`, 'expected a string');
  return value;
}

function readBoolean(record: Record<string, unknown>, key: string, path: string): boolean {
  const value = record[key];
  if (typeof value !== 'boolean') fail(`${path}.${key}`, 'expected a boolean');
  return value;
}

function readStringArray(record: Record<string, unknown>, key: string, path: string): string[] {
  const value = record[key];
  if (!Array.isArray(value)) fail(`${path}.${key}`, 'expected an array');
  return value.map((item: unknown, index) => {
    if (typeof item !== 'string') fail(`${path}.${key}[${index}]`, 'expected a string');
    return item;
  });
}

function namedClass(name: string, Base: Ctor): Ctor {
  const Named = class extends Base {};
  Object.defineProperty(Named, 'name', { value: name, configurable: true });
  return Named;
}

/** The constructor whose prototype chain mimics `chain` (nearest prototype first, ending with 'Object'). */
function constructorFor(chain: readonly string[], instanceofError: boolean): Ctor {
  const key = JSON.stringify(chain);
  const cached = classCache.get(key);
  if (cached) return cached;
  let Current: Ctor = Object;
  // The last entry is Object.prototype; build from the root towards the instance.
  for (let index = chain.length - 2; index >= 0; index -= 1) {
    const name = chain[index] ?? '';
    const builtin = Current === Error ? BUILTIN_ERRORS.get(name) : undefined;
    if (Current === Object && name === 'Error') Current = Error;
    else if (builtin) Current = builtin;
    else Current = namedClass(name, Current);
  }
  if (instanceofError && !(Current.prototype instanceof Error) && Current !== Error) {
    // Recorded as an Error but the names did not show where: keep `instanceof Error` true.
    Current = namedClass(chain[0] ?? 'Error', Error);
  }
  classCache.set(key, Current);
  return Current;
}

function reviveInstance(record: Record<string, unknown>, path: string): object {
  const chain = readStringArray(record, 'protoChain', path);
  const instanceofError = readBoolean(record, 'instanceofError', path);
  const props = record['props'];
  if (!Array.isArray(props)) fail(`${path}.props`, 'expected an array');

  let target: object;
  if (chain.length === 0) {
    target = Object.create(null);
  } else {
    const Constructor = constructorFor(chain, instanceofError);
    target = Constructor === Object ? {} : new Constructor();
    // Drop what the constructor added (e.g. a fresh `stack`): only recorded properties are kept.
    for (const own of Reflect.ownKeys(target)) Reflect.deleteProperty(target, own);
  }

  props.forEach((prop: unknown, index) => {
    const propPath = `${path}.props[${index}]`;
    if (!isRecord(prop)) fail(propPath, 'expected an object');
    const key = readString(prop, 'key', propPath);
    const enumerable = readBoolean(prop, 'enumerable', propPath);
    if (!('value' in prop)) fail(propPath, 'missing value');
    Object.defineProperty(target, key, {
      value: reviveValue(prop['value'], `${propPath}.value`),
      enumerable,
      writable: true,
      configurable: true,
    });
  });
  return target;
}

function reviveTagged(record: Record<string, unknown>, type: string, path: string): unknown {
  switch (type) {
    case 'undefined':
      return undefined;
    case 'number':
      return Number(readString(record, 'value', path));
    case 'bigint':
      return BigInt(readString(record, 'value', path));
    case 'symbol': {
      const description = record['description'];
      return Symbol(typeof description === 'string' ? description : undefined);
    }
    case 'function': {
      const name = readString(record, 'name', path);
      const placeholder = function () {};
      Object.defineProperty(placeholder, 'name', { value: name, configurable: true });
      return placeholder;
    }
    case 'circular':
      return '[Circular]';
    case 'truncated':
      return '[Truncated]';
    case 'object': {
      const value = record['value'];
      if (!isRecord(value)) fail(`${path}.value`, 'expected an object');
      const target: Record<string, unknown> = record['nullPrototype'] === true ? Object.create(null) : {};
      for (const [key, item] of Object.entries(value)) target[key] = reviveValue(item, `${path}.value.${key}`);
      return target;
    }
    case 'instance':
      return reviveInstance(record, path);
    case 'primitive':
      return reviveValue(record['value'], `${path}.value`);
    default:
      return fail(`${path}.$type`, `unknown tag ${JSON.stringify(type)}`);
  }
}

/** Revives one encoded value (a JSON value in which non-JSON values are tagged with `$type`). */
export function reviveValue(encoded: unknown, path = '$'): unknown {
  if (encoded === null || typeof encoded === 'string' || typeof encoded === 'boolean') return encoded;
  if (typeof encoded === 'number') return encoded;
  if (Array.isArray(encoded)) return encoded.map((item: unknown, index) => reviveValue(item, `${path}[${index}]`));
  if (!isRecord(encoded)) return fail(path, `unexpected ${typeof encoded}`);
  const type = encoded['$type'];
  if (typeof type === 'string') return reviveTagged(encoded, type, path);
  const target: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(encoded)) target[key] = reviveValue(item, `${path}.${key}`);
  return target;
}

function isFixtureFile(value: unknown): value is Record<string, unknown> & { thrown: unknown } {
  return isRecord(value) && !('$type' in value) && 'thrown' in value;
}

/**
 * Rebuilds a look-alike of a recorded thrown value. Accepts a parsed fixture file (`{ sdk, scenario, thrown }`)
 * or just its `thrown` part (any value produced by `serializeThrown`).
 */
export function reviveFixture(serialized: unknown): unknown {
  if (isFixtureFile(serialized)) return reviveValue(serialized.thrown, '$.thrown');
  return reviveValue(serialized);
}

/** Checks a fixture file (parsed, or its JSON text) and revives its `thrown` value. */
export function readFixture(serialized: unknown): RevivedFixture {
  const parsed: unknown = typeof serialized === 'string' ? JSON.parse(serialized) : serialized;
  if (!isFixtureFile(parsed)) return fail('$', 'expected { sdk, scenario, thrown }');
  return {
    sdk: readString(parsed, 'sdk', '$'),
    scenario: readString(parsed, 'scenario', '$'),
    thrown: reviveValue(parsed.thrown, '$.thrown'),
  };
}
