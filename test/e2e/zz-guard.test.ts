import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Lantern, startLantern, signIn, checkA11y } from './support.ts';
let lantern: Lantern;
beforeAll(async () => { lantern = await startLantern(); });
afterAll(() => lantern?.close());
it('axe fails a serious violation', async () => {
  const s = await lantern.session();
  await signIn(s.page, 'practitioner');
  await s.page.evaluate(() => { const i = document.createElement('input'); document.querySelector('main')!.append(i); const b = document.createElement('button'); document.querySelector('main')!.append(b); });
  const err = await checkA11y(s.page).catch((e: Error) => e);
  console.log(String(err));
  expect(String(err)).toMatch(/serious or critical/);
  await lantern.closeSessions();
});
