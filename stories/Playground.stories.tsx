import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { kitText } from './kitText.ts';
import { parsePasted } from './playground/parse.ts';
import { Playground } from './playground/Playground.tsx';
import { sample } from './playground/samples.ts';

const meta = {
  title: 'Tools/Playground',
  component: Playground,
  // A changed `text` control starts the playground over with that text.
  render: (args) => <Playground key={args.text} {...args} />,
  args: { text: sample('openapi-core') },
  argTypes: {
    text: { control: 'text', description: 'The text to start with: anything an app may catch.' },
  },
} satisfies Meta<typeof Playground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A recorded openapi-core error's `JSON.stringify`, as a backend logs it. */
export const Default: Story = {};

/** The playground's value for one field of the report. */
function reportValue(canvasElement: HTMLElement, key: string): HTMLElement {
  const cell = canvasElement.querySelector<HTMLElement>(`[data-report="${key}"]`);
  if (!cell) throw new Error(`No report value "${key}" on the page`);
  return cell;
}

/** A textarea's value has its line breaks as LF (HTML normalises CR LF), which is what the page reads. */
const asTyped = (text: string) => text.replace(/\r\n?/g, '\n');

/** Pastes `text` into the emptied textarea, as a support engineer would. */
async function paste(canvasElement: HTMLElement, text: string) {
  const textarea = within(canvasElement).getByRole('textbox', { name: 'Pasted error' });
  await userEvent.clear(textarea);
  await userEvent.click(textarea);
  await userEvent.paste(text);
  await expect(textarea).toHaveValue(asTyped(text));
}

/** The toast in the notification region, once it has faded in. */
async function findToast(canvasElement: HTMLElement, title: string): Promise<HTMLElement> {
  const toast = await waitFor(() => {
    const found = canvasElement.querySelector<HTMLElement>('[data-slb-toast]');
    if (!found) throw new Error('No toast yet');
    return found;
  });
  await waitFor(() => expect(toast).toBeVisible());
  await expect(toast).toHaveTextContent(title);
  return toast;
}

/** (a) An openapi-core `ClientError`'s JSON.stringify: the port is wrong, under its field. */
export const OpenapiCoreJson: Story = {
  args: { text: '' },
  play: async ({ canvasElement, globals }) => {
    const { report, inline } = kitText(globals);
    const text = sample('openapi-core');
    const expected = report(JSON.parse(text));
    await paste(canvasElement, text);

    await waitFor(() => expect(reportValue(canvasElement, 'intent')).toHaveTextContent('fix-input'));
    await expect(canvasElement.querySelector('[data-playground-kind]')).toHaveAttribute('data-playground-kind', 'json');
    await expect(reportValue(canvasElement, 'surface')).toHaveTextContent('inline');
    await expect(reportValue(canvasElement, 'code')).toHaveTextContent('InvalidParameter');
    await expect(reportValue(canvasElement, 'status')).toHaveTextContent('400');
    await expect(reportValue(canvasElement, 'field')).toHaveTextContent('ListenerPort');
    await expect(reportValue(canvasElement, 'row')).toHaveTextContent(expected.row!.id);
    await expect(reportValue(canvasElement, 'request-id')).toHaveTextContent(expected.requestId!);
    await expect(reportValue(canvasElement, 'title')).toHaveTextContent(expected.title);

    // The kit's InlineError under a sample field, wired like `fieldProps`.
    const field = within(canvasElement).getByRole('textbox', { name: 'ListenerPort' });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(inline(expected));
    await expect(canvasElement.querySelector('.slb-inline-error')).toHaveAttribute('data-slb-intent', 'fix-input');
  },
};

/** (b) An XML error body: the core reads it as it is. */
export const XmlBody: Story = {
  args: { text: '' },
  play: async ({ canvasElement, globals }) => {
    const { report, inline } = kitText(globals);
    const text = sample('xml');
    const expected = report(text);
    await paste(canvasElement, text);

    await waitFor(() => expect(reportValue(canvasElement, 'intent')).toHaveTextContent('fix-input'));
    await expect(canvasElement.querySelector('[data-playground-kind]')).toHaveAttribute('data-playground-kind', 'xml');
    await expect(reportValue(canvasElement, 'code')).toHaveTextContent('InvalidParameter');
    await expect(reportValue(canvasElement, 'row')).toHaveTextContent(expected.row!.id);
    await expect(reportValue(canvasElement, 'request-id')).toHaveTextContent(expected.requestId!);
    await expect(within(canvasElement).getByRole('textbox', { name: 'ListenerPort' })).toHaveAccessibleDescription(
      inline(expected),
    );
  },
};

/** (c) A gateway's 502 page: unreadable, so the kit offers Retry, in a toast. */
export const Html502Page: Story = {
  args: { text: '' },
  play: async ({ canvasElement, globals }) => {
    const { report, ui } = kitText(globals);
    const text = sample('html502');
    const expected = report(text);
    await paste(canvasElement, text);

    await waitFor(() => expect(reportValue(canvasElement, 'intent')).toHaveTextContent('retry'));
    await expect(canvasElement.querySelector('[data-playground-kind]')).toHaveAttribute('data-playground-kind', 'html');
    await expect(reportValue(canvasElement, 'surface')).toHaveTextContent('toast');
    await expect(reportValue(canvasElement, 'origin')).toHaveTextContent('bad-response');
    const toast = await findToast(canvasElement, expected.title);
    await expect(toast).toHaveAttribute('data-slb-intent', 'retry');
    await expect(within(toast).getByRole('button', { name: ui.retry })).toBeVisible();
  },
};

/** (d) Node's refused connection as text (`String(error)` in a log): a network failure to retry. */
export const ConnectionRefusedText: Story = {
  args: { text: '' },
  play: async ({ canvasElement, globals }) => {
    const { report, ui } = kitText(globals);
    const text = 'Error: connect ECONNREFUSED 127.0.0.1:443';
    const expected = report(text);
    await paste(canvasElement, text);

    await waitFor(() => expect(reportValue(canvasElement, 'intent')).toHaveTextContent('retry'));
    await expect(canvasElement.querySelector('[data-playground-kind]')).toHaveAttribute('data-playground-kind', 'text');
    await expect(reportValue(canvasElement, 'origin')).toHaveTextContent('network');
    await expect(reportValue(canvasElement, 'family')).toHaveTextContent('network');
    await expect(reportValue(canvasElement, 'match')).toHaveTextContent('transport');
    const toast = await findToast(canvasElement, expected.title);
    await expect(toast).toHaveAttribute('data-slb-intent', 'retry');
    // Retry is the kit's action; the playground says what the app would do.
    await userEvent.click(within(toast).getByRole('button', { name: ui.retry }));
    await expect(canvasElement.querySelector('[data-playground-action]')).toHaveTextContent(/Retry pressed/);
  },
};

/** Every sample button: each reads its text and the kit shows something, never an error of the page. */
export const EverySample: Story = {
  args: { text: '' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const root = canvasElement.querySelector('[data-playground-kind]')!;
    const buttons = canvas.getAllByRole('button').filter((button) => button.hasAttribute('data-sample'));
    await expect(buttons).toHaveLength(6);
    for (const button of buttons) {
      await userEvent.click(button);
      const text = sample(button.dataset['sample'] as Parameters<typeof sample>[0]);
      await expect(canvas.getByRole('textbox', { name: 'Pasted error' })).toHaveValue(asTyped(text));
      await expect(root).toHaveAttribute('data-playground-kind', parsePasted(text).kind);
      await expect(root.getAttribute('data-playground-intent')).toBeTruthy();
    }
    // The HTTP response carries the server's retry hint; pop-core's 403 is a permission banner.
    await userEvent.click(canvas.getByRole('button', { name: 'HTTP response' }));
    await expect(reportValue(canvasElement, 'retry-after')).toHaveTextContent('1500 ms');
    await userEvent.click(canvas.getByRole('button', { name: 'pop-core error' }));
    await waitFor(() =>
      expect(canvasElement.querySelector('.slb-banner')).toHaveAttribute('data-slb-intent', 'permission'),
    );
  },
};

/** A mistake in the link overrides is said under the box and left out; a valid one changes the links. */
export const LinkOverrides: Story = {
  args: { text: sample('pop-core') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('textbox', { name: 'Link overrides (JSON)' });
    await userEvent.click(box);
    await userEvent.paste('{"ticket": ');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(canvasElement.querySelector('[data-playground-error]')).toHaveTextContent(/Not JSON/);
    await expect(reportValue(canvasElement, 'intent')).toHaveTextContent('permission');

    await userEvent.clear(box);
    await userEvent.paste('{"ticket": null, "permission": "https://example.com/ask-admin"}');
    await expect(box).toHaveAttribute('aria-invalid', 'false');
    await expect(canvasElement.querySelector('[data-playground-error]')).toBeNull();
    await expect(reportValue(canvasElement, 'links').querySelector('[data-link="ticket"]')).toBeNull();
    await expect(reportValue(canvasElement, 'links').querySelector('[data-link="permission"] a')).toHaveAttribute(
      'href',
      'https://example.com/ask-admin',
    );
  },
};

/** Garbage in: still a report, never a thrown error. */
export const Garbage: Story = {
  args: { text: '{"unterminated": <html' },
  play: async ({ canvasElement }) => {
    await expect(reportValue(canvasElement, 'intent')).toHaveTextContent('none');
    await expect(canvasElement.querySelector('[data-playground-read]')).toHaveTextContent(/does not parse/);
  },
};
