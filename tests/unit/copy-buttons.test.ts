/** The copy buttons of the channel blocks, made in the browser from the block's texts. */
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { addCopyButtons } from '../../src/components/channels/copy-button.client.ts';

const page = () =>
  parseHTML(`<!doctype html><html><body>
    <div class="channels" data-copy-label="复制" data-copied="已复制：{{value}}">
      <ul>
        <li><a href="https://support.example/" class="value">https://support.example/</a><p class="label">Help</p><details class="source"><summary>Source</summary></details></li>
        <li><a href="https://x.com/example" class="value">@example</a><span> (x)</span><details class="source"><summary>Source</summary></details></li>
      </ul>
    </div>
    <p><a class="value" href="https://elsewhere.example/">not a channel block</a></p>
  </body></html>`).document;

describe('addCopyButtons', () => {
  it('adds one button per channel value, after the value and its network, named with the value', () => {
    const document = page();
    expect(addCopyButtons(document)).toBe(2);
    expect(addCopyButtons(document)).toBe(0);
    const items = [...document.querySelectorAll('li')].map((item) =>
      [...item.children].map((child) => child.tagName.toLowerCase()).join(' '),
    );
    expect(items).toEqual(['a button p details', 'a span button details']);
    const buttons = [...document.querySelectorAll('button')];
    expect(
      buttons.map((button) => [button.textContent, button.getAttribute('aria-label'), button.dataset['copy']]),
    ).toEqual([
      ['复制', '复制: https://support.example/', 'https://support.example/'],
      ['复制', '复制: @example', '@example'],
    ]);
    expect(buttons.every((button) => button.getAttribute('type') === 'button')).toBe(true);
  });

  it('copies the value and announces it in the block’s words', async () => {
    const document = page();
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    addCopyButtons(document);
    document.querySelectorAll('button')[1]?.click();
    await vi.waitFor(() => {
      expect(document.getElementById('copy-status')?.textContent).toBe('已复制：@example');
    });
    expect(writeText).toHaveBeenCalledWith('@example');
    expect(document.getElementById('copy-status')?.getAttribute('role')).toBe('status');
    vi.unstubAllGlobals();
  });
});
