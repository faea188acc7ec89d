// Every intent (and so every severity) of one component side by side, at rest and with the
// details open, for a reviewer to compare states at a glance.
import type { ReactNode } from 'react';
import type { SlbIntent } from '../../src/index.ts';
import { INTENTS } from '../reports.ts';
import { useStoryClassify } from './report.ts';
import './matrix.css';

export interface StateMatrixProps {
  /** What the table is, for its caption. */
  readonly caption: string;
  /** The component showing `intent`'s sample error, with its details open or not. */
  readonly cell: (intent: SlbIntent, detailsOpen: boolean) => ReactNode;
}

export function StateMatrix({ caption, cell }: StateMatrixProps) {
  const classify = useStoryClassify();
  return (
    <div className="story-matrix" role="group" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Intent</th>
            <th scope="col">Severity</th>
            <th scope="col">At rest</th>
            <th scope="col">Details open</th>
          </tr>
        </thead>
        <tbody>
          {INTENTS.map((intent) => (
            <tr key={intent} data-intent={intent}>
              <th scope="row">
                <code>{intent}</code>
              </th>
              <td>{classify(intent).severity}</td>
              <td>{cell(intent, false)}</td>
              <td>{cell(intent, true)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
