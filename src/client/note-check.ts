// Live wording and signs check in the chronology editor (issue 4): the same core code the server runs on save.
// Progressive enhancement: without this script the form still works and the server checks on save.
import { checkLanguage } from '../core/language/check.ts';
import { findIndicators } from '../core/text/indicators.ts';
import type { LanguageFinding } from '../core/language/types.ts';

type Decision = { field: string; ref: string; text: string; action: 'dismiss' | 'quote'; reason: string };

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};

function contextLabel(f: { negated: boolean; hypothetical: boolean; historical: boolean; experiencer: string }): string {
  const parts = [f.negated ? 'ruled out in the note' : f.hypothetical ? 'a possibility, not a fact' : f.historical ? 'in the past' : 'current'];
  if (f.experiencer === 'other') parts.push('about someone else');
  return parts.join('; ');
}

function start(form: HTMLFormElement): void {
  const fields = Array.from(form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-note-check]'));
  const panel = form.querySelector<HTMLElement>('[data-note-check-panel]');
  const decisionsInput = form.querySelector<HTMLInputElement>('input[name="noteDecisions"]');
  if (!panel || !decisionsInput || !fields.length) return;
  const decisions: Decision[] = [];
  const decided = (field: string, f: LanguageFinding) => decisions.some((d) => d.field === field && d.ref === f.entryId && d.text === f.text);

  const render = () => {
    panel.replaceChildren();
    let count = 0;
    for (const field of fields) {
      const name = field.name;
      const language = checkLanguage(field.value).filter((f) => !decided(name, f));
      const signs = findIndicators(field.value);
      for (const f of language) {
        count += 1;
        const card = el('div', { class: 'lantern-finding', 'data-testid': 'live-language-finding' });
        card.append(el('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, `“${f.text}”${f.quoted ? ' (in quotation marks)' : ''}: ${f.explanation}`));
        const actions = el('div', { class: 'govuk-button-group govuk-!-margin-bottom-2' });
        for (const alt of f.alternatives) {
          const b = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-1' }, `Use: ${alt}`);
          b.addEventListener('click', () => {
            field.value = field.value.slice(0, f.start) + alt + field.value.slice(f.end);
            field.focus();
            render();
          });
          actions.append(b);
        }
        const quote = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-1' }, 'Child’s own words');
        quote.addEventListener('click', () => {
          decisions.push({ field: name, ref: f.entryId, text: f.text, action: 'quote', reason: '' });
          if (!f.quoted) field.value = `${field.value.slice(0, f.start)}“${f.text}”${field.value.slice(f.end)}`;
          decisionsInput.value = JSON.stringify(decisions);
          render();
        });
        const dismiss = el('button', { type: 'button', class: 'govuk-button govuk-button--warning govuk-!-margin-bottom-1' }, 'Dismiss');
        dismiss.addEventListener('click', () => {
          const reason = window.prompt('Why is this wording right here?')?.trim();
          if (!reason) return;
          decisions.push({ field: name, ref: f.entryId, text: f.text, action: 'dismiss', reason });
          decisionsInput.value = JSON.stringify(decisions);
          render();
        });
        actions.append(quote, dismiss);
        card.append(actions);
        panel.append(card);
      }
      for (const s of signs) {
        count += 1;
        panel.append(
          el(
            'p',
            { class: 'govuk-body-s', 'data-testid': 'live-sign' },
            `Sign noticed: “${s.text}” (${contextLabel(s)}). You can add it to the next screening after saving.`,
          ),
        );
      }
    }
    if (!count) panel.append(el('p', { class: 'govuk-body-s' }, 'No wording to check and no signs noticed so far.'));
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  for (const field of fields)
    field.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(render, 250);
    });
  render();
}

for (const form of Array.from(document.querySelectorAll<HTMLFormElement>('form[data-note-check-form]'))) start(form);
