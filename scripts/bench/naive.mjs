// The baseline: what a hand-written lookup does. It reads the obvious fields, then scans the
// catalog row by row for (code, lower-cased trimmed message). No fuzzy matching, redaction,
// links or text; the gap to the kit is the price of those.

const field = (value, ...keys) => {
  for (const key of keys) {
    const found = value?.[key];
    if (typeof found === 'string') return found;
  }
  return undefined;
};

function read(caught) {
  if (typeof caught === 'string') {
    const xmlCode = /<Code>([^<]*)<\/Code>/.exec(caught);
    if (xmlCode) return { code: xmlCode[1], message: /<Message>([^<]*)<\/Message>/.exec(caught)?.[1] };
    try {
      return read(JSON.parse(caught));
    } catch {
      return { code: undefined, message: caught };
    }
  }
  const data = caught?.data;
  return {
    code: field(data, 'Code', 'code') ?? field(caught, 'Code', 'code'),
    message: field(data, 'Message', 'message') ?? field(caught, 'Message', 'message'),
  };
}

/** @param {readonly { code: string, message: string }[]} catalog */
export function naiveClassifier(catalog) {
  return (caught) => {
    const { code, message } = read(caught);
    const wanted = (message ?? '').trim().toLowerCase();
    for (const entry of catalog) {
      if (entry.code === code && entry.message.trim().toLowerCase() === wanted) return entry;
    }
    return null;
  };
}
