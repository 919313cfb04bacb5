// Live wording and signs check in the chronology editor (issue 4): the same core code the server runs on save.
// Progressive enhancement: without this script the form still works and the server checks on save.
import { checkLanguageWithClassifier } from '../core/language/classifier.ts';
import { findIndicators } from '../core/text/indicators.ts';
import type { LanguageFinding } from '../core/language/types.ts';
import { el } from './dom.ts';

type Decision = { field: string; ref: string; text: string; action: 'dismiss' | 'quote'; reason: string };

function contextLabel(f: { negated: boolean; hypothetical: boolean; historical: boolean; experiencer: string }): string {
  const parts = [f.negated ? 'ruled out in the note' : f.hypothetical ? 'a possibility, not a fact' : f.historical ? 'in the past' : 'current'];
  if (f.experiencer === 'other') parts.push('about someone else');
  return parts.join('; ');
}

// A button whose visible text is short, with the phrase it acts on for screen reader users.
function actionButton(text: string, hidden: string, classes: string): HTMLButtonElement {
  const b = el('button', { type: 'button', class: `govuk-button ${classes} govuk-!-margin-bottom-1` }, text);
  b.append(el('span', { class: 'govuk-visually-hidden' }, hidden));
  return b;
}

// Decisions already made (the form re-shown after an error carries them back in the hidden field).
function decisionsFrom(raw: string): Decision[] {
  try {
    const v: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(v) ? v.filter((d): d is Decision => typeof d === 'object' && d !== null) : [];
  } catch {
    return [];
  }
}

// The entry's own year (its date field), as the server reads it on save; today's year on a form without a date.
function entryYear(form: HTMLFormElement): number {
  const date = form.querySelector<HTMLInputElement>('input[name="occurredAt"]')?.value ?? '';
  const year = /^(\d{4})-\d{2}-\d{2}$/.exec(date)?.[1];
  return year ? Number(year) : new Date().getFullYear();
}

function start(form: HTMLFormElement): void {
  const fields = Array.from(form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-note-check]'));
  const panel = form.querySelector<HTMLElement>('[data-note-check-panel]');
  const status = form.querySelector<HTMLElement>('[data-note-check-status]');
  const decisionsInput = form.querySelector<HTMLInputElement>('input[name="noteDecisions"]');
  if (!panel || !decisionsInput || !fields.length) return;
  const decisions: Decision[] = decisionsFrom(decisionsInput.value);
  decisionsInput.value = decisions.length ? JSON.stringify(decisions) : '';
  // The panel's offsets are from the last render: if the text has changed since (typing within the debounce),
  // re-check instead of editing the wrong characters.
  const stale = (field: HTMLInputElement | HTMLTextAreaElement, f: LanguageFinding) => field.value.slice(f.start, f.end) !== f.text;
  let announced: string | undefined;
  const decided = (field: string, f: LanguageFinding) => decisions.some((d) => d.field === field && d.ref === f.entryId && d.text === f.text);

  const render = () => {
    panel.replaceChildren();
    let suggestions = 0;
    let noticed = 0;
    for (const field of fields) {
      const name = field.name;
      const language = checkLanguageWithClassifier(field.value).filter((f) => !decided(name, f));
      const signs = findIndicators(field.value, { currentYear: entryYear(form) });
      for (const f of language) {
        suggestions += 1;
        const card = el('div', { class: 'lantern-finding', 'data-testid': 'live-language-finding' });
        card.append(el('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, `“${f.text}”${f.quoted ? ' (in quotation marks)' : ''}: ${f.explanation}`));
        // A possible finding (the sentence classifier's) carries guidance for rewording, not wording to paste in.
        if (f.possible) {
          card.append(el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, 'If the sentence does read that way, word it differently, for example:'));
          const guidance = el('ul', { class: 'govuk-list govuk-list--bullet govuk-body-s', 'data-testid': 'live-language-guidance' });
          guidance.append(...f.alternatives.map((a) => el('li', {}, a)));
          card.append(guidance);
        }
        const actions = el('div', { class: 'govuk-button-group govuk-!-margin-bottom-2' });
        for (const alt of f.possible ? [] : f.alternatives) {
          const b = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-1' }, `Use: ${alt}`);
          b.addEventListener('click', () => {
            if (stale(field, f)) {
              render();
              return;
            }
            field.value = field.value.slice(0, f.start) + alt + field.value.slice(f.end);
            field.focus();
            render();
          });
          actions.append(b);
        }
        const quote = actionButton('Child’s own words', ` (keep “${f.text}”)`, 'govuk-button--secondary');
        quote.addEventListener('click', () => {
          if (stale(field, f)) {
            render();
            return;
          }
          decisions.push({ field: name, ref: f.entryId, text: f.text, action: 'quote', reason: '' });
          if (!f.quoted) field.value = `${field.value.slice(0, f.start)}“${f.text}”${field.value.slice(f.end)}`;
          decisionsInput.value = JSON.stringify(decisions);
          field.focus();
          render();
        });
        const dismiss = actionButton('Dismiss', ` “${f.text}”`, 'govuk-button--warning');
        dismiss.addEventListener('click', () => {
          const reason = window.prompt('Why is this wording right here?')?.trim();
          if (!reason) return;
          decisions.push({ field: name, ref: f.entryId, text: f.text, action: 'dismiss', reason });
          decisionsInput.value = JSON.stringify(decisions);
          field.focus();
          render();
        });
        actions.append(quote, dismiss);
        card.append(actions);
        panel.append(card);
      }
      for (const s of signs) {
        noticed += 1;
        panel.append(
          el(
            'p',
            { class: 'govuk-body-s', 'data-testid': 'live-sign' },
            `Sign noticed: “${s.text}” (${contextLabel(s)}). You can add it to the next screening after saving.`,
          ),
        );
      }
    }
    if (!suggestions && !noticed) panel.append(el('p', { class: 'govuk-body-s' }, 'No wording to check and no signs noticed so far.'));
    // A short summary for screen readers, only when it changes (the panel itself is not a live region: re-reading
    // all of it after every pause in typing would drown out the typing).
    const summary = `${suggestions} wording ${suggestions === 1 ? 'suggestion' : 'suggestions'}, ${noticed} ${noticed === 1 ? 'sign' : 'signs'} noticed.`;
    if (status && announced !== undefined && summary !== announced) status.textContent = summary;
    announced = summary;
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
