// ToastViewport's `label`: the notification region's name, so a page with more than one
// viewport (a review page with a toast per row, a docs page) keeps its landmarks apart.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Toast, ToastViewport } from '../../src/components/index.ts';
import { SlbErrorProvider } from '../../src/hooks/index.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';
import { reportFor } from '../../stories/reports.ts';
import { axeViolations } from './helpers.tsx';

describe('ToastViewport label', () => {
  it('defaults to the notifications string and the hotkey', () => {
    render(<ToastViewport entries={[]} />);
    expect(screen.getByRole('region')).toHaveAccessibleName('Notifications (F8)');
  });

  it('follows the locale by default', () => {
    render(
      <SlbErrorProvider locale={zhCN}>
        <ToastViewport entries={[]} />
      </SlbErrorProvider>,
    );
    expect(screen.getByRole('region')).toHaveAccessibleName(`${zhCN.ui.notifications} (F8)`);
  });

  it('names the region, with {hotkey} filled in', () => {
    render(<ToastViewport entries={[]} label="Build errors ({hotkey})" hotkey={['F9']} />);
    expect(screen.getByRole('region')).toHaveAccessibleName('Build errors (F9)');
  });

  it('keeps two viewports on one page apart, where the default names collide', async () => {
    const report = reportFor('none');
    const page = (labels: readonly (string | undefined)[]) =>
      render(
        <main>
          {labels.map((label, index) => (
            <ToastViewport key={index} entries={[]} hotkey={[]} label={label}>
              <Toast report={report} announce={false} duration={Infinity} />
            </ToastViewport>
          ))}
        </main>,
      );

    const named = page(['Toast of row 1', 'Toast of row 2']);
    expect(screen.getAllByRole('region').map((region) => region.getAttribute('aria-label'))).toEqual([
      'Toast of row 1',
      'Toast of row 2',
    ]);
    expect(await axeViolations(named.container)).toEqual([]);
    named.unmount();

    const unnamed = page([undefined, undefined]);
    expect(await axeViolations(unnamed.container)).toContainEqual(expect.stringMatching(/^landmark-unique:/));
  });
});
