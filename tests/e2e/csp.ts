/**
 * Checking a page against the Content Security Policy (svelte.config.js): the policy it carries, and
 * every violation it meets, recorded from before its first script runs.
 */
import { expect, type Page } from '@playwright/test';

/** Records every CSP violation on the page, from before its first script runs. */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	const console: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) console.push(message.text());
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`)
		);
	});
	return async () => [
		...(await page.evaluate(
			() => (window as unknown as { cspViolations: string[] }).cspViolations
		)),
		...console
	];
}

/** The page carries the strict policy: hashed scripts only, no plugins, no base, forms to itself. */
export async function expectStrictPolicy(page: Page): Promise<void> {
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
	expect(policy).toContain("object-src 'none'");
	expect(policy).toContain("base-uri 'none'");
	expect(policy).toContain("form-action 'self'");
	// stylesheets from the site, or written into the page's <head> and allowed by their hashes
	expect(policy).toMatch(/style-src 'self'( 'sha256-[\w+/=]+')*;/);
	// style attributes by their hashes only: SvelteKit's route announcer's (svelte.config.js)
	expect(policy).toMatch(/style-src-attr 'unsafe-hashes'( 'sha256-[\w+/=]+')+;/);
	expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|data:/);
}
