// Live wording and signs check in the chronology editor (issue 4): the same core code the server runs on save.
// Progressive enhancement: without this script the form still works and the server checks on save.
import { checkLanguage } from '../core/language/check.ts';
import { checkLanguageWithClassifier } from '../core/language/classifier.ts';
import { MAX_DISMISS_REASON_LENGTH, MAX_REWORDING_LENGTH, MIN_DISMISS_REASON_LENGTH, reword, sentenceAround } from '../core/language/reword.ts';
import { scores, SIGN_TIMES, signTime } from '../core/screening/from-text.ts';
import { findIndicators } from '../core/text/indicators.ts';
import type { LanguageFinding } from '../core/language/types.ts';
import { el } from './dom.ts';

// What the hidden `noteDecisions` field carries (services/chronology.ts NoteDecision checks it on save).
type Decision =
  | { field: string; ref: string; text: string; action: 'dismiss'; reason: string }
  | { field: string; ref: string; text: string; action: 'quote' }
  | { field: string; ref: string; text: string; action: 'reword'; wording: string };

type Sign = ReturnType<typeof findIndicators>[number];

// The inline editor open on one finding (kept across the panel's re-renders while the practitioner types elsewhere).
type Open = { key: string; kind: 'reword' | 'dismiss' | 'quote'; value: string; error?: string };

// How a sign is read, and whether it can be scored (core/screening/from-text.ts: the rules the screening itself uses);
// how long ago from the entry's date against today's, as the review page says after saving.
function signLabel(s: Sign, dates: { entry: string; today: string }): { text: string; scored: boolean } {
  if (s.negated) return { text: 'shown, not scored: ruled out in the note', scored: false };
  if (s.hypothetical) return { text: 'shown, not scored: a possibility, not a fact', scored: false };
  if (!scores(s)) return { text: 'shown, not scored: about someone else', scored: false };
  const about = s.experiencer !== 'other' ? '' : s.category === 'familial' ? '; about someone else in the family' : '; about the child’s friends';
  return { text: `${SIGN_TIMES[signTime(s, dates.entry, dates.today)].toLowerCase()}${about}`, scored: true };
}

// A button whose visible text is short, with the phrase it acts on for screen reader users.
function actionButton(text: string, hidden: string, classes: string): HTMLButtonElement {
  const b = el('button', { type: 'button', class: `govuk-button ${classes} govuk-!-margin-bottom-1` }, text);
  if (hidden) b.append(el('span', { class: 'govuk-visually-hidden' }, hidden));
  return b;
}

// A GOV.UK text input with its label, hint and (when there is one) error message, and no name: it is never posted.
function textInput(id: string, label: string, hint: string, value: string, error: string | undefined, maxlength: number) {
  const group = el('div', { class: `govuk-form-group govuk-!-margin-bottom-2${error ? ' govuk-form-group--error' : ''}` });
  group.append(el('label', { class: 'govuk-label govuk-label--s', for: id }, label), el('div', { class: 'govuk-hint', id: `${id}-hint` }, hint));
  if (error) {
    const message = el('p', { class: 'govuk-error-message', id: `${id}-error`, 'data-testid': 'live-error' });
    message.append(el('span', { class: 'govuk-visually-hidden' }, 'Error: '), document.createTextNode(error));
    group.append(message);
  }
  const input = el('input', {
    class: `govuk-input${error ? ' govuk-input--error' : ''}`,
    id,
    type: 'text',
    spellcheck: 'true',
    maxlength: String(maxlength),
    'aria-describedby': error ? `${id}-hint ${id}-error` : `${id}-hint`,
  });
  input.value = value;
  group.append(input);
  return { group, input };
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

// Today as the server dates it (the form's data-today, London), or the browser's own date without it.
function todayOf(form: HTMLFormElement): string {
  const given = form.dataset['today'] ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(given)) return given;
  const d = new Date();
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// The entry's own date (its date field), as the server reads it on save; today on a form without one yet.
function entryDate(form: HTMLFormElement, today: string): string {
  const date = form.querySelector<HTMLInputElement>('input[name="occurredAt"]')?.value ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today;
}

function start(form: HTMLFormElement): void {
  const fields = Array.from(form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-note-check]'));
  const panel = form.querySelector<HTMLElement>('[data-note-check-panel]');
  const status = form.querySelector<HTMLElement>('[data-note-check-status]');
  // A form whose route records the decisions (a chronology entry) carries them in this field. Without it (a MASE
  // discussion, a return interview) the panel coaches only: rewording changes the text, which is saved; keeping or
  // dismissing a finding would be recorded nowhere, so it is not offered.
  const decisionsInput = form.querySelector<HTMLInputElement>('input[name="noteDecisions"]');
  if (!panel || !fields.length) return;
  const recorded = decisionsInput !== null;
  const decisions: Decision[] = decisionsInput ? decisionsFrom(decisionsInput.value) : [];
  if (decisionsInput) decisionsInput.value = decisions.length ? JSON.stringify(decisions) : '';
  // The panel's offsets are from the last render: if the text has changed since (typing within the debounce),
  // re-check instead of editing the wrong characters.
  const stale = (field: HTMLInputElement | HTMLTextAreaElement, f: LanguageFinding) => field.value.slice(f.start, f.end) !== f.text;
  let announced: string | undefined;
  let open: Open | undefined;
  let focusOpen = false;
  const decided = (field: string, f: LanguageFinding) =>
    decisions.some((d) => d.action !== 'reword' && d.field === field && d.ref === f.entryId && d.text === f.text);
  const record = (d: Decision, field: HTMLInputElement | HTMLTextAreaElement) => {
    decisions.push(d);
    if (decisionsInput) decisionsInput.value = JSON.stringify(decisions);
    open = undefined;
    field.focus();
    render();
  };

  // The inline editor of one finding: new wording, a reason for dismissing, or the confirmation of a quotation.
  function editor(o: Open, field: HTMLInputElement | HTMLTextAreaElement, f: LanguageFinding, id: string): HTMLElement {
    const box = el('div', { class: 'lantern-finding__editor', 'data-testid': `live-${o.kind}` });
    const cancel = actionButton('Cancel', '', 'govuk-button--secondary');
    cancel.addEventListener('click', () => {
      open = undefined;
      field.focus();
      render();
    });
    const buttons = el('div', { class: 'govuk-button-group govuk-!-margin-bottom-2' });
    if (o.kind === 'quote') {
      box.setAttribute('role', 'group');
      box.setAttribute('aria-labelledby', `${id}-question`);
      box.append(
        el('p', { class: 'govuk-body govuk-!-margin-bottom-2', id: `${id}-question` }, 'Only if the child said these words: put them in quotation marks?'),
      );
      const confirm = actionButton('Confirm', ` (put “${f.text}” in quotation marks)`, '');
      confirm.addEventListener('click', () => {
        if (stale(field, f)) {
          open = undefined;
          render();
          return;
        }
        field.value = `${field.value.slice(0, f.start)}“${f.text}”${field.value.slice(f.end)}`;
        record({ field: field.name, ref: f.entryId, text: f.text, action: 'quote' }, field);
      });
      buttons.append(confirm, cancel);
      box.append(buttons);
      if (focusOpen)
        queueMicrotask(() => {
          confirm.focus();
        });
      return box;
    }
    const rewording = o.kind === 'reword';
    const { group, input } = rewording
      ? textInput(
          id,
          `New wording for “${f.text}”`,
          `In your own words, following the guidance: what happened, who did it and their age if known. It replaces only “${f.text}”.`,
          o.value,
          o.error,
          MAX_REWORDING_LENGTH,
        )
      : textInput(
          id,
          `Why is “${f.text}” right here?`,
          `Your reason for dismissing this suggestion, at least ${MIN_DISMISS_REASON_LENGTH} characters.`,
          o.value,
          o.error,
          MAX_DISMISS_REASON_LENGTH,
        );
    input.addEventListener('input', () => {
      o.value = input.value;
    });
    const apply = () => {
      if (stale(field, f)) {
        open = undefined;
        render();
        return;
      }
      if (rewording) {
        const guidance = f.alternatives;
        const r = reword(
          field.value,
          { start: f.start, end: f.end, ref: f.entryId },
          input.value,
          guidance,
          f.possible ? checkLanguageWithClassifier : checkLanguage,
        );
        const error = !r.ok
          ? r.error
          : // The field's own limit (its maxlength: the server's), so that a reword never makes it too long to save.
            field.maxLength > 0 && r.text.length > field.maxLength
            ? `The ${field.name} would be too long with this wording: use fewer words`
            : '';
        if (error || !r.ok) {
          open = { ...o, value: input.value, error };
          focusOpen = true;
          render();
          return;
        }
        field.value = r.text;
        record({ field: field.name, ref: f.entryId, text: f.text, action: 'reword', wording: r.wording }, field);
      } else {
        const reason = input.value.trim();
        if (reason.length < MIN_DISMISS_REASON_LENGTH) {
          open = { ...o, value: input.value, error: `Give a reason for dismissing this suggestion, at least ${MIN_DISMISS_REASON_LENGTH} characters` };
          focusOpen = true;
          render();
          return;
        }
        record({ field: field.name, ref: f.entryId, text: f.text, action: 'dismiss', reason }, field);
      }
    };
    // Enter in the inline input applies it, instead of submitting the whole entry.
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        apply();
      }
    });
    const go = actionButton(rewording ? 'Use my wording' : 'Dismiss', ` (“${f.text}”)`, rewording ? '' : 'govuk-button--warning');
    go.addEventListener('click', apply);
    buttons.append(go, cancel);
    box.append(group, buttons);
    if (focusOpen)
      queueMicrotask(() => {
        input.focus();
      });
    return box;
  }

  function render(): void {
    panel!.replaceChildren();
    let suggestions = 0;
    let noticed = 0;
    let unscored = 0;
    let n = 0;
    let stillOpen = false;
    const today = todayOf(form);
    const dates = { entry: entryDate(form, today), today };
    for (const field of fields) {
      const name = field.name;
      const language = checkLanguageWithClassifier(field.value).filter((f) => !decided(name, f));
      const signs = findIndicators(field.value, { currentYear: Number(dates.entry.slice(0, 4)) });
      for (const f of language) {
        suggestions += 1;
        n += 1;
        const key = `${name}|${f.entryId}|${f.text}`;
        const card = el('div', { class: 'lantern-finding', 'data-testid': 'live-language-finding' });
        // A possible finding's span is only the words that weighed most: the note's own sentence is shown, uncut.
        const words = f.possible
          ? `Possible: the sentence classifier’s reading of “${sentenceAround(field.value, f.start, f.end)}”`
          : `“${f.text}”${f.quoted ? ' (in quotation marks)' : ''}`;
        card.append(el('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, `${words}: ${f.explanation}`));
        // The alternatives are guidance on how to record it, never wording to paste in (core/language/reword.ts).
        card.append(
          el(
            'p',
            { class: 'govuk-body-s govuk-!-margin-bottom-1' },
            f.possible ? 'If the sentence does read that way, word it differently, for example:' : 'How to record it instead (guidance for your own words):',
          ),
        );
        const guidance = el('ul', { class: 'govuk-list govuk-list--bullet govuk-body-s', 'data-testid': 'live-language-guidance' });
        guidance.append(...f.alternatives.map((a) => el('li', {}, a)));
        card.append(guidance);
        if (open?.key === key) {
          stillOpen = true;
          card.append(editor(open, field, f, `note-check-${n}`));
        } else {
          const actions = el('div', { class: 'govuk-button-group govuk-!-margin-bottom-2' });
          const opener = (kind: Open['kind'], value: string) => () => {
            if (stale(field, f)) {
              render();
              return;
            }
            open = { key, kind, value };
            focusOpen = true;
            render();
          };
          const rewordButton = actionButton('Reword', ` “${f.text}”`, 'govuk-button--secondary');
          rewordButton.addEventListener('click', opener('reword', f.text));
          actions.append(rewordButton);
          // Keeping as the child's words is for the lexicon's wording: a possible finding is a reading of a sentence.
          if (!f.possible && recorded) {
            const quote = actionButton('Child’s own words', ` (keep “${f.text}”)`, 'govuk-button--secondary');
            quote.addEventListener('click', () => {
              if (stale(field, f)) {
                render();
                return;
              }
              // Already inside quotation marks: recorded as the child's words, the text unchanged. Otherwise ask first.
              if (f.quoted) record({ field: name, ref: f.entryId, text: f.text, action: 'quote' }, field);
              else opener('quote', '')();
            });
            actions.append(quote);
          }
          if (recorded) {
            const dismiss = actionButton('Dismiss', ` “${f.text}”`, 'govuk-button--warning');
            dismiss.addEventListener('click', opener('dismiss', ''));
            actions.append(dismiss);
          }
          card.append(actions);
        }
        panel!.append(card);
      }
      for (const s of signs) {
        const label = signLabel(s, dates);
        if (label.scored) noticed += 1;
        else unscored += 1;
        panel!.append(
          el(
            'p',
            { class: 'govuk-body-s', 'data-testid': 'live-sign', 'data-scored': String(label.scored) },
            `Sign noticed: “${s.text}” (${label.text}).${label.scored && recorded ? ' You can add it to the next screening after saving.' : ''}`,
          ),
        );
      }
    }
    // The open editor's finding is gone (reworded by typing, or decided): close it.
    if (!stillOpen) open = undefined;
    focusOpen = false;
    if (!recorded && suggestions)
      panel!.prepend(
        el('p', { class: 'govuk-body-s', 'data-testid': 'live-coaching-only' }, 'These suggestions are for your own wording: they are not recorded.'),
      );
    if (!suggestions && !noticed && !unscored) panel!.append(el('p', { class: 'govuk-body-s' }, 'No wording to check and no signs noticed so far.'));
    // A short summary for screen readers, only when it changes (the panel itself is not a live region: re-reading
    // all of it after every pause in typing would drown out the typing). Only scorable signs count as noticed.
    const summary =
      `${suggestions} wording ${suggestions === 1 ? 'suggestion' : 'suggestions'}, ${noticed} ${noticed === 1 ? 'sign' : 'signs'} noticed` +
      `${unscored ? `, ${unscored} shown but not scored` : ''}.`;
    if (status && announced !== undefined && summary !== announced) status.textContent = summary;
    announced = summary;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  // The date too: it decides how long ago each sign was.
  const date = form.querySelector<HTMLInputElement>('input[name="occurredAt"]');
  for (const field of date ? [...fields, date] : fields)
    field.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(render, 250);
    });
  render();
}

for (const form of Array.from(document.querySelectorAll<HTMLFormElement>('form[data-note-check-form]'))) start(form);
