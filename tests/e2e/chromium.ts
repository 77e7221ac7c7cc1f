/**
 * The Chromium every browser run uses, the tests (playwright.config.ts) and the benchmark
 * (bench/sites.ts) alike: Debian's /usr/bin/chromium unless CHROME_PATH names another (no browser
 * is downloaded), with the flags it needs on a closed network.
 */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromeFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	// without these Chromium floods a closed network with refused connections
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
