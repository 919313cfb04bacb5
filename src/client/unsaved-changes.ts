// Asks before leaving a form with unsaved text (reload, Back, a link, closing the tab): a reviewer lost a typed note
// that way. The browser shows its own wording; the page cannot change it.
// No draft is kept: note text is special-category data, and sessionStorage would keep it in the tab (and on disk, for
// session restore) after signing out, for whoever uses the browser next. The prompt loses nothing and stores nothing.

/** The form's fields as posted, apart from the CSRF token: what "changed" is measured against. */
function snapshot(form: HTMLFormElement): string {
  const values: string[] = [];
  new FormData(form).forEach((value, name) => {
    if (name !== '_csrf') values.push(`${name}=${typeof value === 'string' ? value : value.name}`);
  });
  return values.join('\n');
}

/** Warns on leaving `form` once it differs from how the page opened it, or at once when data-unsaved-warning="shown"
 * and it holds text (it came back with an error: the text is not saved yet). Submitting the form clears the warning. */
export function warnBeforeLeaving(form: HTMLFormElement): void {
  const initial = snapshot(form);
  const shownUnsaved =
    form.getAttribute('data-unsaved-warning') === 'shown' &&
    Array.from(form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input[type="text"]')).some((e) => e.value.trim() !== '');
  let submitting = false;
  form.addEventListener('submit', () => {
    submitting = true;
  });
  // Back to the page from the browser's cache after a submit (the server's page said what was wrong): warn again.
  window.addEventListener('pageshow', () => {
    submitting = false;
  });
  window.addEventListener('beforeunload', (e) => {
    if (submitting || (!shownUnsaved && snapshot(form) === initial)) return;
    e.preventDefault();
  });
}
