// Journey 10: a user sets up an authenticator app (QR code or key), and from then on signs in with a code; a user
// changes their own password; a user makes an API token for a program, sees it once, and revokes it. Every page visited
// is checked with axe-core.
import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, signIn, useLantern } from './support.ts';

const lantern = useLantern('mfa.test.ts');

// `ahead`: a code for a later 30-second step, which the server's one-step clock tolerance accepts. A code is good once,
// so signing in straight after enrolling needs the next step's code.
const code = (secret: string, ahead = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + ahead });

describe('Journey 10: two-factor sign-in', () => {
  it('enrols with the QR code page, then asks for a code at the next sign-in and refuses a wrong one', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'auditor');
    await s.nav('Your account');
    await s.clickLink(/^Set up/);
    await expect.poll(() => s.heading().innerText()).toBe('Set up an authenticator app');
    expect(await page.locator('[role="img"][aria-label*="QR code"] svg').count()).toBe(1);
    const secret = (await page.getByTestId('totp-secret').getAttribute('data-secret'))!;

    await page.getByLabel('6-digit code').fill('000000');
    const wrong = await s.clickButton('Turn on');
    expect(wrong.status()).toBe(400);
    expect(await s.errorSummary().innerText()).toContain('The code is not right');

    // A failed attempt shows a new key: use the one on the page now.
    const fresh = (await page.getByTestId('totp-secret').getAttribute('data-secret'))!;
    expect(fresh).not.toBe(secret);
    await page.getByLabel('6-digit code').fill(code(fresh));
    await s.clickButton('Turn on');
    expect(await page.locator('main').innerText()).toMatch(/Authenticator app\s+Set up/);

    await s.clickButton('Sign out');
    await signIn(page, 'auditor');
    expect(s.path).toBe('/sign-in/mfa');
    await page.getByLabel(/6-digit code/).fill('123456');
    const refused = await s.clickButton('Continue');
    expect(refused.status()).toBe(400);
    await page.getByLabel(/6-digit code/).fill(code(fresh, 30));
    await s.clickButton('Continue');
    expect(s.path).toBe('/audit');

    // Opening the set-up page again neither shows a new key nor switches the factor off.
    await s.goto('/account/mfa');
    await expect.poll(() => s.heading().innerText()).toBe('Your authenticator app is set up');
    expect(await page.getByTestId('totp-secret').count()).toBe(0);
    await s.clickButton('Sign out');
    await signIn(page, 'auditor');
    expect(s.path).toBe('/sign-in/mfa');
  });

  it('changes their own password from the account page: a wrong current password is refused, the new one signs in', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'police');
    await s.nav('Your account');
    await s.clickLink(/^Change/);
    await expect.poll(() => s.heading().innerText()).toBe('Change your password');
    const next = 'four unrelated words here';
    await page.getByLabel('Current password', { exact: true }).fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill(next);
    await page.getByLabel('New password again', { exact: true }).fill(next);
    const wrong = await s.clickButton('Change password');
    expect(wrong.status()).toBe(400);
    expect(await s.errorSummary().innerText()).toContain('Your current password is not right');
    await page.getByLabel('Current password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('New password', { exact: true }).fill(next);
    await page.getByLabel('New password again', { exact: true }).fill(next);
    await s.clickButton('Change password');
    expect(s.path).toBe('/account?password=changed');
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Your password has been changed');
    await s.clickButton('Sign out');
    expect((await signIn(page, 'police')).status()).toBe(401);
    await signIn(page, 'police', next);
    expect(s.path).not.toBe('/sign-in');
  });

  it('makes an API token on the account page, sees it once, and revokes it', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    await s.nav('Your account');
    await s.clickLink(/^Manage/);
    await expect.poll(() => s.heading().innerText()).toBe('Your API tokens');
    await page.getByLabel('Days until it expires').fill('400');
    const refused = await s.clickButton('Make token');
    expect(refused.status()).toBe(400);
    expect(await s.errorSummary().innerText()).toContain('Say what the token is for');
    expect(await s.errorSummary().innerText()).toContain('from 1 to 90');
    await page.getByLabel('What it is for').fill('Weekly missing-episodes report');
    await page.getByLabel('Days until it expires').fill('30');
    // A user without an authenticator gives their password again (ASVS 3.7.1).
    const noPassword = await s.clickButton('Make token');
    expect(noPassword.status()).toBe(400);
    expect(await s.errorSummary().innerText()).toContain('Enter your password');
    await page.getByLabel('Your password', { exact: true }).fill(DEMO_PASSWORD);
    await s.clickButton('Make token');
    await expect.poll(() => s.heading().innerText()).toBe('Your new API token');
    const token = await page.locator('#token').innerText();
    expect(token).toMatch(/^lt_[A-Za-z0-9_-]{40,}$/);
    const api = (t: string) => page.request.post('/api/v1/children/search', { headers: { authorization: `Bearer ${t}` }, data: { name: 'Nobody' } });
    expect((await api(token)).status()).toBe(200);

    await s.clickLink('Back to your API tokens');
    const row = page.locator('tr', { hasText: 'Weekly missing-episodes report' });
    expect(await row.innerText()).toContain('Active');
    expect(await page.locator('main').innerText()).not.toContain(token);
    await s.clickButton(/^Revoke the token for Weekly missing-episodes report, made /);
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('The token has been revoked');
    expect(await row.innerText()).toContain('Revoked');
    expect((await api(token)).status()).toBe(401);
  });

  it('sees where they are signed in and signs out another browser (ASVS 3.3.4)', async () => {
    const elsewhere = await lantern().session();
    await signIn(elsewhere.page, 'analyst');
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'analyst');
    await s.nav('Your account');
    await s.clickLink(/^View where you are signed in/);
    await expect.poll(() => s.heading().innerText()).toBe('Where you are signed in');
    expect(await page.locator('tbody tr', { hasText: 'This browser' }).count()).toBe(1);
    const others = page.getByRole('button', { name: /^Sign out the session signed in / });
    expect(await others.count()).toBeGreaterThanOrEqual(1);
    await s.clickButton('Sign out everywhere else');
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('You have been signed out everywhere else.');
    expect(await others.count()).toBe(0);
    // The other browser's next page is the sign-in page.
    await elsewhere.goto('/cases');
    expect(elsewhere.path).toMatch(/^\/sign-in(\?|$)/);
  });
});
