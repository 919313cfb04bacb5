// The indicator classifier's possible signs, computed off the page's main thread (issue 4, live checks): its model is
// about 2 MB, and parsing it on the page froze typing in the note editor for up to a second on a slow machine. The
// editor (note-check.ts, possible-signs.ts) sends a field's text and the entry's year; this replies with the possible
// signs the check page would show after saving (the spotter's own signs are worked out here too, and left out).
import { suggestIndicators } from '../core/text/indicator-classifier.ts';
import { findIndicators } from '../core/text/indicators.ts';
import type { PossibleReply, PossibleRequest } from './possible-signs.ts';

// The worker's global scope: the DOM library types `postMessage` as a window's, which this is not.
const scope = globalThis as unknown as { postMessage(reply: PossibleReply): void; onmessage: ((e: MessageEvent<PossibleRequest>) => void) | null };

scope.onmessage = ({ data: { key, text, currentYear } }) => {
  const opts = { currentYear };
  let possible: PossibleReply['possible'] = [];
  try {
    possible = suggestIndicators(text, findIndicators(text, opts), opts);
  } catch {
    // None rather than no answer: the editor would otherwise wait for this text for good.
  }
  scope.postMessage({ key, possible });
};
