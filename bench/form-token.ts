// A signed-in user's CSRF token and cookie, read from a form page, so that a benchmark can post the way a browser does.
export async function formTokenFor(base: string, cookie: string, formPath: string): Promise<{ csrfCookie: string; csrfToken: string }> {
  const r = await fetch(`${base}${formPath}`, { headers: { cookie }, redirect: 'manual' });
  const html = await r.text();
  if (r.status !== 200) throw new Error(`GET ${formPath} answered ${r.status}, expected 200`);
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  const set = r.headers.getSetCookie().find((c) => c.startsWith('_csrf='));
  if (!token || !set) throw new Error(`the form at ${formPath} carried no CSRF token or cookie`);
  return { csrfToken: token, csrfCookie: set.split(';')[0]! };
}
