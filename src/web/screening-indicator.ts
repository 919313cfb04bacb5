import nunjucks, { type Environment } from './nunjucks.ts';

// The screening form draws over a hundred signs, each with four GOV.UK macros: most of its 140 ms a page, shown again
// on every refused save. A sign's HTML depends only on the sign and its own values and errors (its template sees
// nothing else), so a sign with none of them, most of the form, is drawn once per sign and kept.

const TEMPLATE = 'screening/_indicator.njk';
type Fields = Record<string, unknown> | undefined;

export function registerScreeningIndicator(env: Environment): void {
  // Keyed by the framework's own indicator object (module constants), and by which fields are absent or empty.
  const kept = new WeakMap<object, Map<string, nunjucks.runtime.SafeString>>();
  env.addGlobal('screeningIndicator', (i: { code: string }, values: Fields, errors: Fields) => {
    const names = [`status-${i.code}`, `when-${i.code}`, `evidence-${i.code}`];
    const states = [...names.map((n) => values?.[n]), ...names.map((n) => errors?.[n])];
    const draw = () => new nunjucks.runtime.SafeString(env.render(TEMPLATE, { i, values, errors }));
    if (!states.every((v) => v === undefined || v === '')) return draw();
    const key = states.map((v) => (v === undefined ? 'u' : 'e')).join('');
    let bySign = kept.get(i);
    if (!bySign) kept.set(i, (bySign = new Map<string, nunjucks.runtime.SafeString>()));
    let html = bySign.get(key);
    if (!html) bySign.set(key, (html = draw()));
    return html;
  });
}
