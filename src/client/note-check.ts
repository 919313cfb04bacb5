// Live wording and signs check in the chronology editor (issue 4): the same core code the server runs on save.
// Progressive enhancement: without this script the form still works and the server checks on save.
import { checkLanguage } from '../core/language/check.ts';
import { checkLanguageWithClassifier } from '../core/language/classifier.ts';
import { dismissReasonProblem, MAX_DISMISS_REASON_LENGTH, MAX_REWORDING_LENGTH, MIN_DISMISS_REASON_LENGTH, sentenceAround } from '../core/language/reword.ts';
import { CURRENT_FRAMEWORK, indicatorIndex } from '../core/indicators/index.ts';
import { SAFEGUARD_CATEGORIES } from '../core/indicators/types.ts';
import { scores, SIGN_TIMES, signTime } from '../core/screening/from-text.ts';
import { findIndicators } from '../core/text/indicators.ts';
import { LANGUAGE_CATEGORIES, type LanguageFinding } from '../core/language/types.ts';
import { el } from './dom.ts';
import { findingKey, groupBy, quoteAll, rewordAll, signKey, timesLabel, whereLabel } from './note-check-model.ts';
import { PossibleSigns } from './possible-signs.ts';
import { warnBeforeLeaving } from './unsaved-changes.ts';

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

// The indicator classifier's possible signs (as the check page shows after saving), worked out in a worker
// (possible-signs-worker.ts, a bundle of its own with the 2 MB model), so that typing never waits for the model. One
// worker for the page, started by the first form that checks notes (never on a page without one); each form renders
// again when an answer it lacked comes in.
const rerenders: (() => void)[] = [];
const POSSIBLE = new PossibleSigns(new URL('./possible-signs-worker.js', import.meta.url), () => {
  for (const rerender of rerenders) rerender();
});
// How long a pause in typing waits for the possible signs before the panel renders without them.
const POSSIBLE_WAIT_MS = 300;

// The SAFEGUARD framework's wording and category of a sign, as the check page shows them (web/routes/notes.ts signView).
const INDICATORS = indicatorIndex(CURRENT_FRAMEWORK);
const signName = (code: string): string => {
  const indicator = INDICATORS.get(code);
  return indicator ? `${indicator.wording} (${SAFEGUARD_CATEGORIES[indicator.category].label})` : code;
};

// One card: the same wording found once or more in one field (note-check-model.ts findingKey), decided as one.
type Card = { key: string; field: HTMLInputElement | HTMLTextAreaElement; where: string; first: LanguageFinding; all: LanguageFinding[] };

// The longest the field may be (the server's limit): GOV.UK's character count puts it on the form group.
function limitOf(field: HTMLInputElement | HTMLTextAreaElement): number {
  const counted = Number(field.closest('[data-maxlength]')?.getAttribute('data-maxlength'));
  return counted > 0 ? counted : field.maxLength;
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
  // The same element, for the functions below (a function declaration does not keep the check above).
  const livePanel: HTMLElement = panel;
  const recorded = decisionsInput !== null;
  const decisions: Decision[] = decisionsInput ? decisionsFrom(decisionsInput.value) : [];
  if (decisionsInput) decisionsInput.value = decisions.length ? JSON.stringify(decisions) : '';
  // A visible heading for the panel, which names its region; focus goes to it when no card is left after a decision.
  const headingId = `${panel.id || 'note-check'}-heading`;
  // Its level fits the page: 2 under the page's h1, 3 inside a section (data-heading-level="3": a MASE item, a missing
  // episode); each card's words are a heading one level below.
  const level = panel.getAttribute('data-heading-level') === '3' ? 3 : 2;
  const heading = el(level === 3 ? 'h3' : 'h2', { class: `govuk-heading-${level === 3 ? 's' : 'm'}`, id: headingId, tabindex: '-1' });
  heading.textContent = 'Wording and signs, checked as you type';
  const body = el('div');
  panel.removeAttribute('aria-label');
  panel.setAttribute('aria-labelledby', headingId);
  panel.replaceChildren(heading, body);
  // The panel's offsets are from the last render: if the text has changed since (typing within the debounce),
  // re-check instead of editing the wrong characters.
  const stale = (c: Card) => c.all.some((f) => c.field.value.slice(f.start, f.end) !== f.text);
  let announced: string | undefined;
  // Whether the last render lacked some field's possible signs (POSSIBLE renders again when they come).
  let renderedPending = false;
  let open: Open | undefined;
  let focusOpen = false;
  // After a decision or a cancel: the card now at this place in the panel gets focus (its first control), or the
  // heading when no card is left, so that keyboard users carry on from where they were, not from the text box.
  let focusCard: number | undefined;
  // A quote decision covers only words inside quotation marks (services/notes.ts recordLiveDecisions does the same).
  const decided = (field: string, f: LanguageFinding) =>
    decisions.some((d) => (d.action === 'dismiss' || (d.action === 'quote' && f.quoted)) && d.field === field && d.ref === f.entryId && d.text === f.text);
  const record = (d: Decision, at: number) => {
    decisions.push(d);
    if (decisionsInput) decisionsInput.value = JSON.stringify(decisions);
    open = undefined;
    focusCard = at;
    render();
  };
  // Text the panel changes (a reword, quotation marks) fires an input event, as typing would, for GOV.UK's character
  // count; the caller re-renders the panel itself, so this event schedules no render (which would take the focus away
  // from the card it moves to).
  let ownInput = false;
  const setText = (field: HTMLInputElement | HTMLTextAreaElement, text: string) => {
    field.value = text;
    ownInput = true;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    ownInput = false;
  };

  // The inline editor of one card: new wording, a reason for dismissing, or the confirmation of a quotation.
  function editor(o: Open, c: Card, id: string, at: number): HTMLElement {
    const { field, first: f } = c;
    const n = c.all.length;
    const box = el('div', { class: 'lantern-finding__editor', 'data-testid': `live-${o.kind}` });
    const cancel = actionButton('Cancel', '', 'govuk-button--secondary');
    cancel.addEventListener('click', () => {
      open = undefined;
      focusCard = at;
      render();
    });
    const buttons = el('div', { class: 'govuk-button-group govuk-!-margin-bottom-2' });
    if (o.kind === 'quote') {
      box.setAttribute('role', 'group');
      box.setAttribute('aria-labelledby', `${id}-question`);
      box.append(
        el(
          'p',
          { class: 'govuk-body govuk-!-margin-bottom-2', id: `${id}-question` },
          `Only if the child said these words: put them in quotation marks${n > 1 ? ` (all ${n} times)` : ''}?`,
        ),
      );
      const confirm = actionButton('Confirm', ` (put “${f.text}” in quotation marks)`, '');
      confirm.addEventListener('click', () => {
        if (stale(c)) {
          open = undefined;
          render();
          return;
        }
        setText(field, quoteAll(field.value, c.all));
        record({ field: field.name, ref: f.entryId, text: f.text, action: 'quote' }, at);
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
    const every = n > 1 ? ` It replaces all ${n}.` : '';
    const { group, input } = rewording
      ? textInput(
          id,
          `New wording for “${f.text}”`,
          `In your own words, following the guidance: what happened, who did it and their age if known. It replaces only “${f.text}”.${every}`,
          o.value,
          o.error,
          MAX_REWORDING_LENGTH,
        )
      : textInput(
          id,
          `Why is “${f.text}” right here?`,
          `Your reason for dismissing this suggestion, at least ${MIN_DISMISS_REASON_LENGTH} characters: for example, who said it.${n > 1 ? ` It dismisses all ${n}.` : ''}`,
          o.value,
          o.error,
          MAX_DISMISS_REASON_LENGTH,
        );
    input.addEventListener('input', () => {
      o.value = input.value;
    });
    const refuse = (error: string) => {
      open = { ...o, value: input.value, error };
      focusOpen = true;
      render();
    };
    const apply = () => {
      if (stale(c)) {
        open = undefined;
        render();
        return;
      }
      if (rewording) {
        const r = rewordAll(field.value, c.all, f.entryId, input.value, f.alternatives, f.possible ? checkLanguageWithClassifier : checkLanguage);
        if (!r.ok) {
          refuse(r.error);
          return;
        }
        // The field's own limit (the server's), so that a reword never makes a note too long to save that was not.
        const limit = limitOf(field);
        if (limit > 0 && r.text.length > limit && r.text.length > field.value.length) {
          refuse(`The ${field.name} would be too long with this wording: use fewer words`);
          return;
        }
        setText(field, r.text);
        record({ field: field.name, ref: f.entryId, text: f.text, action: 'reword', wording: r.wording }, at);
      } else {
        const problem = dismissReasonProblem(input.value);
        if (problem) {
          refuse(problem);
          return;
        }
        record({ field: field.name, ref: f.entryId, text: f.text, action: 'dismiss', reason: input.value.trim() }, at);
      }
    };
    // Enter in the inline input applies it, instead of submitting the whole entry.
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        apply();
      }
    });
    // Dismissing is a routine decision, not a destructive one: a secondary button, not a warning one.
    const go = actionButton(rewording ? 'Use my wording' : 'Dismiss', ` (“${f.text}”)`, rewording ? '' : 'govuk-button--secondary');
    go.addEventListener('click', apply);
    buttons.append(go, cancel);
    box.append(group, buttons);
    if (focusOpen)
      queueMicrotask(() => {
        input.focus();
      });
    return box;
  }

  // One card: where it is, the words (and how many times), the category, why, guidance, the source and the actions.
  function cardFor(c: Card, at: number): HTMLElement {
    const { field, first: f } = c;
    const card = el('div', { class: 'lantern-finding', 'data-testid': 'live-language-finding' });
    // A possible finding's span is only the words that weighed most: the note's own sentence is shown, uncut.
    const words = f.possible
      ? `Possible: the sentence classifier’s reading of “${sentenceAround(field.value, f.start, f.end)}”`
      : `“${f.text}”${f.quoted ? ' (in quotation marks)' : ''}`;
    card.append(
      el('p', { class: 'govuk-caption-m govuk-!-margin-bottom-1', 'data-testid': 'live-finding-field' }, c.where),
      el(
        level === 3 ? 'h4' : 'h3',
        { class: 'govuk-heading-s govuk-!-margin-bottom-1', 'data-testid': 'live-finding-words' },
        `${words}${timesLabel(c.all.length)}`,
      ),
    );
    const why = el('p', { class: 'govuk-body govuk-!-margin-bottom-1' });
    why.append(el('strong', {}, `${LANGUAGE_CATEGORIES[f.category].label}.`), document.createTextNode(` ${f.explanation}`));
    card.append(why);
    // The alternatives are guidance on how to record it, never wording to paste in (core/language/reword.ts).
    card.append(
      el(
        'p',
        { class: 'govuk-body-s govuk-!-margin-bottom-1' },
        f.possible ? 'If the sentence does read that way, word it differently, for example:' : 'How to record it instead (guidance for your own words):',
      ),
    );
    const guidance = el('ul', { class: 'govuk-list govuk-list--bullet govuk-body-s govuk-!-margin-bottom-1', 'data-testid': 'live-language-guidance' });
    guidance.append(...f.alternatives.map((a) => el('li', {}, a)));
    card.append(guidance, el('p', { class: 'govuk-body-s', 'data-testid': 'live-finding-source' }, `Source: ${f.source}`));
    if (open?.key === c.key) {
      card.append(editor(open, c, `note-check-${at + 1}`, at));
      return card;
    }
    const actions = el('div', { class: 'govuk-button-group govuk-!-margin-bottom-2' });
    const opener = (kind: Open['kind'], value: string) => () => {
      if (stale(c)) {
        render();
        return;
      }
      open = { key: c.key, kind, value };
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
        if (stale(c)) {
          render();
          return;
        }
        // Already inside quotation marks: recorded as the child's words, the text unchanged. Otherwise ask first.
        if (f.quoted) record({ field: field.name, ref: f.entryId, text: f.text, action: 'quote' }, at);
        else opener('quote', '')();
      });
      actions.append(quote);
    }
    if (recorded) {
      const dismiss = actionButton('Dismiss', ` “${f.text}”`, 'govuk-button--secondary');
      dismiss.addEventListener('click', opener('dismiss', ''));
      actions.append(dismiss);
    }
    card.append(actions);
    return card;
  }

  function render(): void {
    body.replaceChildren();
    const cards: Card[] = [];
    const signLines: HTMLElement[] = [];
    let noticed = 0;
    let unscored = 0;
    let possible = 0;
    // Some field's possible signs are still being worked out: the panel shows the rest and renders again when they come.
    let pending = false;
    const today = todayOf(form);
    const dates = { entry: entryDate(form, today), today };
    for (const field of fields) {
      const name = field.name;
      const where = whereLabel(field.getAttribute('data-note-check') ?? '', name);
      const language = checkLanguageWithClassifier(field.value).filter((f) => !decided(name, f));
      for (const g of groupBy(language, findingKey)) cards.push({ key: `${name}|${g.key}`, field, where, first: g.items[0]!, all: g.items });
      const currentYear = Number(dates.entry.slice(0, 4));
      const signs = findIndicators(field.value, { currentYear });
      // The same sign on the same words, read the same way, is one line with its count.
      for (const g of groupBy(signs, (s) => signKey(s, signLabel(s, dates).text))) {
        const s = g.items[0]!;
        const label = signLabel(s, dates);
        if (label.scored) noticed += 1;
        else unscored += 1;
        signLines.push(
          el(
            'p',
            { class: 'govuk-body-s', 'data-testid': 'live-sign', 'data-scored': String(label.scored) },
            `Sign noticed: ${signName(s.code)}. ${where}: “${s.text}”${timesLabel(g.items.length)} (${label.text}).` +
              (label.scored && recorded ? ' You can add it to the next screening after saving.' : ''),
          ),
        );
      }
      // A possible sign is the classifier's reading of a sentence, never counted as noticed: shown with the sentence.
      const possibleSigns = POSSIBLE.get(field.value, currentYear);
      if (!possibleSigns) pending = true;
      for (const s of possibleSigns ?? []) {
        possible += 1;
        const label = signLabel(s, dates);
        signLines.push(
          el(
            'p',
            { class: 'govuk-body-s', 'data-testid': 'live-possible-sign' },
            `Possible sign: ${signName(s.code)}. ${where}, Lantern read the sentence “${sentenceAround(field.value, s.start, s.end)}” as this sign (${label.text}).` +
              (label.scored && recorded ? ' If it applies, you can add it to the next screening after saving.' : ' Check it applies.'),
          ),
        );
      }
    }
    if (!recorded && cards.length)
      body.append(
        el('p', { class: 'govuk-body-s', 'data-testid': 'live-coaching-only' }, 'These suggestions are for your own wording: they are not recorded.'),
      );
    const cardEls = cards.map((c, at) => cardFor(c, at));
    body.append(...cardEls, ...signLines);
    // The open editor's finding is gone (reworded by typing, or decided): close it.
    if (open && !cards.some((c) => c.key === open!.key)) open = undefined;
    focusOpen = false;
    if (focusCard !== undefined) {
      const target = cardEls[Math.min(focusCard, cardEls.length - 1)]?.querySelector('button') ?? heading;
      focusCard = undefined;
      target.focus();
    }
    const suggestions = cards.length;
    if (!suggestions && !noticed && !unscored && !possible) body.append(el('p', { class: 'govuk-body-s' }, 'No wording to check and no signs noticed so far.'));
    // A short summary for screen readers, only when it changes (the panel itself is not a live region: re-reading
    // all of it after every pause in typing would drown out the typing). Only scorable signs count as noticed.
    const summary =
      `${suggestions} wording ${suggestions === 1 ? 'suggestion' : 'suggestions'}, ${noticed} ${noticed === 1 ? 'sign' : 'signs'} noticed` +
      `${unscored ? `, ${unscored} shown but not scored` : ''}${possible ? `, ${possible} possible` : ''}.`;
    renderedPending = pending;
    // Whether possible signs are still to come (the browser journeys wait on it).
    livePanel.dataset['possiblePending'] = String(pending);
    // Not while possible signs are still to come: the summary would change twice for one pause in typing.
    if (pending) return;
    if (status && announced !== undefined && summary !== announced) status.textContent = summary;
    announced = summary;
  }
  // Not under a practitioner typing in a card's own box: the possible signs come with the next pause in typing.
  // The cards are rebuilt, so focus on one of the panel's controls (a decision just moved it there) goes back to the same
  // control: the possible signs come after the cards and hold none, so the controls keep their order.
  const controls = () => Array.from(panel.querySelectorAll<HTMLElement>('button, [tabindex="-1"]'));
  rerenders.push(() => {
    if (!renderedPending || open) return;
    const at = document.activeElement instanceof HTMLElement ? controls().indexOf(document.activeElement) : -1;
    render();
    if (at >= 0) controls()[at]?.focus();
  });
  // After a pause in typing: the panel waits a moment for the possible signs, so that they do not come in a beat later.
  const refresh = () => {
    const year = Number(entryDate(form, todayOf(form)).slice(0, 4));
    const answers = Promise.all(fields.map((f) => POSSIBLE.ready(f.value, year)));
    void Promise.race([answers, new Promise((resolve) => setTimeout(resolve, POSSIBLE_WAIT_MS))]).then(render);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  // The date too: it decides how long ago each sign was.
  const date = form.querySelector<HTMLInputElement>('input[name="occurredAt"]');
  for (const field of date ? [...fields, date] : fields)
    field.addEventListener('input', () => {
      if (ownInput) return;
      clearTimeout(timer);
      timer = setTimeout(refresh, 250);
    });
  render();
}

for (const form of Array.from(document.querySelectorAll<HTMLFormElement>('form[data-note-check-form]'))) start(form);
for (const form of Array.from(document.querySelectorAll<HTMLFormElement>('form[data-unsaved-warning]'))) warnBeforeLeaving(form);
