// The theming page's token table, read from the stylesheet itself so it cannot drift from it.
import themeCss from '../../src/styles/theme.css?raw';

interface Rule {
  readonly selector: string;
  readonly body: string;
}

/** The top-level rules of a stylesheet; comments and @-rules (media queries) are skipped. */
function topLevelRules(css: string): readonly Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let depth = 0;
  let start = 0;
  let selector = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '{') {
      if (depth === 0) {
        selector = text.slice(start, index).trim();
        start = index + 1;
      }
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) {
        if (!selector.startsWith('@')) rules.push({ selector, body: text.slice(start, index) });
        start = index + 1;
      }
    }
  }
  return rules;
}

function declarations(rules: readonly Rule[], selectorPart: string): ReadonlyMap<string, string> {
  const values = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.selector.includes(selectorPart)) continue;
    for (const [, name, value] of rule.body.matchAll(/(--slb-[\w-]+)\s*:\s*([^;]+);/g))
      if (name !== undefined && value !== undefined) values.set(name, value.trim());
  }
  return values;
}

const RULES = topLevelRules(themeCss);
const THEMES = [
  { label: 'Light (default)', values: declarations(RULES, "[data-slb-theme='light']") },
  { label: 'Dark', values: declarations(RULES, "[data-slb-theme='dark']") },
  { label: 'High contrast', values: declarations(RULES, "[data-slb-theme='high-contrast']") },
] as const;
const SEVERITIES = [
  { label: 'error', values: declarations(RULES, "[data-slb-severity='error']") },
  { label: 'warning', values: declarations(RULES, "[data-slb-severity='warning']") },
  { label: 'info', values: declarations(RULES, "[data-slb-severity='info']") },
] as const;

const isColour = (value: string) => /^(#|rgb|hsl)/.test(value);

function Value({ value }: { readonly value: string | undefined }) {
  if (value === undefined) return <span title="Same as light">—</span>;
  return (
    // A swatch stays with its value; a long value (a font stack) may wrap.
    <span style={{ whiteSpace: isColour(value) ? 'nowrap' : 'normal' }}>
      {isColour(value) && (
        <span
          aria-hidden="true"
          style={{
            display: 'inline-block',
            inlineSize: 12,
            blockSize: 12,
            marginInlineEnd: 6,
            verticalAlign: 'middle',
            border: '1px solid #8c8c8c',
            background: value,
          }}
        />
      )}
      <code>{value}</code>
    </span>
  );
}

/** Every `--slb-*` custom property with its value in each theme ("—": the light value holds). */
export function ThemeTokens() {
  const [light] = THEMES;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Property</th>
          {THEMES.map((theme) => (
            <th key={theme.label} scope="col">
              {theme.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...light.values.keys()].map((name) => (
          <tr key={name}>
            <th scope="row">
              <code style={{ whiteSpace: 'nowrap' }}>{name}</code>
            </th>
            {THEMES.map((theme) => (
              <td key={theme.label}>
                <Value value={theme.values.get(name)} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The properties each surface reads for its colours, set from its `data-slb-severity`. */
export function SeverityTokens() {
  const [error] = SEVERITIES;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Property</th>
          {SEVERITIES.map((severity) => (
            <th key={severity.label} scope="col">
              <code>data-slb-severity=&quot;{severity.label}&quot;</code>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...error.values.keys()].map((name) => (
          <tr key={name}>
            <th scope="row">
              <code style={{ whiteSpace: 'nowrap' }}>{name}</code>
            </th>
            {SEVERITIES.map((severity) => (
              <td key={severity.label}>
                <Value value={severity.values.get(name)} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
