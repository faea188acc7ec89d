// @ts-check
// Reads the seed markdown table into rows, undoing markdown escapes.

const HEADER = ['HTTP status code', 'Error code', 'Error message', 'Description'];

/**
 * `\_` → `_`, `\[` → `[`, and so on.
 * @param {string} cell
 */
function unescapeMarkdown(cell) {
  return cell.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1').trim();
}

/**
 * The seed writes one code with a stray space; codes never contain spaces.
 * @param {string} code
 */
function normaliseCode(code) {
  return code.replace(/\s+/g, '');
}

/**
 * @param {string} markdown
 * @returns {import('./rules.mjs').SeedRow[]}
 */
export function parseSeed(markdown) {
  const lines = markdown.split(/\r?\n/).filter((line) => line.startsWith('|'));
  const [header, separator, ...body] = lines;
  const headerCells = splitRow(header ?? '');
  if (headerCells.join('|') !== HEADER.join('|')) {
    throw new Error(`unexpected seed header: ${header}`);
  }
  if (!/^\|[-|\s]+\|$/.test(separator ?? '')) throw new Error('missing header separator');
  return body.map((line, index) => {
    const cells = splitRow(line);
    if (cells.length !== 4) throw new Error(`row ${index + 1}: expected 4 cells, got ${cells.length}`);
    const [status, code, message, description] = cells.map(unescapeMarkdown);
    const statusNumber = Number(status);
    if (!Number.isInteger(statusNumber)) throw new Error(`row ${index + 1}: bad status ${status}`);
    return { status: statusNumber, code: normaliseCode(code), message, description };
  });
}

/**
 * Splits on unescaped pipes.
 * @param {string} line
 */
function splitRow(line) {
  /** @type {string[]} */
  const cells = [];
  let current = '';
  for (let i = 1; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + line[i + 1];
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  return cells;
}
