// The review job page (src/web/views/reviews/job.njk, issue 4 §4): progressive enhancement of its progress bar. Without
// JavaScript the "Check progress" button reloads the page; with it, the page asks the job's status endpoint every few
// seconds and moves the bar, the figures, the rate and the time left on its own. A role=status region speaks only the
// milestones (the start, each quarter, the end), not every update. When the job ends the page loads itself again: the
// server's page for a finished or failed job is the only one that shows every figure, the results and the reason
// consistently, and its banner or error summary takes the focus, so the reader hears the end. No HTML from the server
// is parsed: only text is written.
//
// On the review list, the upload form says that the file is uploading (a large file takes a while before the next
// page comes) and its button is not pressed twice.
/** How often the status is asked for: the server writes a running job's progress every 500 ms. */
export const POLL_MS = 2000;
/** After a failed request the wait doubles, up to this. */
const MAX_WAIT_MS = 30_000;

type Status = {
  status: 'queued' | 'running' | 'done' | 'failed';
  percent: number | null;
  bytesRead: number;
  bytesTotal: number;
  read: string;
  rowsRead: number;
  rate: string | null;
  timeLeft: string | null;
  message: string;
  error: string | null;
  milestone: string | null;
};

function start(root: HTMLElement): void {
  const src = root.dataset['reviewProgress'];
  if (!src) return;
  const url = new URL(src, window.location.href);
  if (url.origin !== window.location.origin) return;
  const bar = root.querySelector<HTMLProgressElement>('progress');
  const field = (name: string) => document.querySelector<HTMLElement>(`[data-review-field="${name}"]`);
  const live = field('milestone');
  const check = field('check');
  // The milestone the page showed when it was loaded (core/review/progress.ts `milestone`) is not spoken again.
  let spoken: string | null = root.dataset['reviewMilestone'] ?? null;
  let wait = POLL_MS;
  const set = (name: string, text: string) => {
    const e = field(name);
    if (e && e.textContent !== text) e.textContent = text;
  };

  const show = (s: Status): boolean => {
    if (bar && s.percent !== null) {
      bar.max = Math.max(1, s.bytesTotal);
      bar.value = s.bytesRead;
      bar.textContent = `${s.percent}%`;
    }
    set('read', s.read);
    set('rows', s.rowsRead.toLocaleString('en-GB'));
    set('percent', String(s.percent ?? 0));
    set('rate', s.rate ? `${s.rate}.` : 'Working out the rate.');
    set('timeLeft', s.timeLeft ? `${s.timeLeft.charAt(0).toUpperCase()}${s.timeLeft.slice(1)}.` : '');
    set('message', s.status === 'failed' ? `The review failed: ${s.error ?? ''}` : s.message);
    if (live && s.milestone && s.milestone !== spoken) {
      live.textContent = s.status === 'failed' && s.error ? `${s.milestone} ${s.error}` : s.milestone;
      spoken = s.milestone;
    }
    if (s.status === 'done' || s.status === 'failed') {
      if (s.status === 'failed') root.hidden = true; // no bar for a job that will not move again
      if (check) check.textContent = s.status === 'done' ? 'Show the results' : 'Show the details';
      // replace: Back leads to where the reader came from, not to the running page.
      if (check instanceof HTMLAnchorElement) window.location.replace(check.href);
      return false;
    }
    return true;
  };

  const poll = async (): Promise<void> => {
    let goOn = true;
    // A hidden tab is not asked: the next check is made when it is shown again.
    if (document.hidden) {
      document.addEventListener('visibilitychange', () => void poll(), { once: true });
      return;
    }
    try {
      const res = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' }, cache: 'no-store' });
      if (res.status === 401 || res.status === 403 || res.status === 404) return; // signed out or gone: the button remains
      if (!res.ok) throw new Error(String(res.status));
      goOn = show((await res.json()) as Status);
      wait = POLL_MS;
    } catch {
      wait = Math.min(wait * 2, MAX_WAIT_MS);
    }
    if (goOn) window.setTimeout(() => void poll(), wait);
  };
  window.setTimeout(() => void poll(), POLL_MS);
}

function uploading(form: HTMLFormElement): void {
  const status = form.querySelector<HTMLElement>('[data-review-upload-status]');
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"], button:not([type])');
  form.addEventListener('submit', () => {
    // Disabled after the browser has taken the form's data: the upload goes on; a second press would start another.
    window.setTimeout(() => {
      if (button) {
        button.disabled = true;
        button.setAttribute('aria-disabled', 'true');
      }
      if (status) status.textContent = 'Uploading the file. A large file can take a few minutes: keep this page open.';
    }, 0);
  });
  // Back to this page from the next one (the browser's page cache): ready for another upload.
  window.addEventListener('pageshow', (e) => {
    if (!e.persisted) return;
    if (button) {
      button.disabled = false;
      button.removeAttribute('aria-disabled');
    }
    if (status) status.textContent = '';
  });
}

document.querySelectorAll<HTMLElement>('[data-review-progress]').forEach(start);
document.querySelectorAll<HTMLFormElement>('form[data-review-upload]').forEach(uploading);
