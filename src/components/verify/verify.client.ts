/** The channel checker's first script: wires the form, and loads the engine and its data on first focus or input. */
import type { VerifyData } from '../../lib/verify/data.ts';

/** What the engine chunk provides (loaded on demand, see verify-engine.client.ts). */
type Engine = typeof import('./verify-engine.client.ts');

/** Wires the `form[data-verify]` of the page, and runs `?q=` if present. The field is never cut: the engine says when input is too long. */
export function wireVerifier(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-verify]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const output = root.getElementById('verify-result');
  if (!form || !input || !output) return;
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Record<string, string>;
  let engine: Promise<{ module: Engine; data: VerifyData }> | undefined;
  const load = () =>
    (engine ??= Promise.all([
      import('./verify-engine.client.ts'),
      fetch(form.dataset['dataUrl'] ?? '').then((response) => response.json() as Promise<VerifyData>),
    ]).then(([module, data]) => ({ module, data })));

  const run = async (value: string) => {
    output.textContent = strings['verify.loading'] ?? '';
    const { module, data } = await load();
    module.renderVerdict(output, value, module.verify(value, data), data, strings, {
      contact: form.dataset['contact'] ?? '',
      scammed: form.dataset['scammed'] ?? '',
      locale: form.dataset['locale'] ?? '',
      fallback: form.dataset['fallback'] ?? '',
    });
    const url = new URL(location.href);
    url.searchParams.set('q', value);
    history.replaceState(null, '', url);
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void load(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  const query = new URLSearchParams(location.search).get('q');
  if (query !== null) {
    input.value = query;
    void run(query);
  }
}
