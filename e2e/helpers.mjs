// Small helpers every browser journey shares: waiting for an element and logging in as a demo user.

export async function expectVisible(page, selector, timeout = 15_000) {
  await page.locator(selector).first().waitFor({ state: "visible", timeout });
}

export async function login(page, base, username, password = "kaejon-demo") {
  await page.goto(`${base}/login`);
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 15_000 });
}
