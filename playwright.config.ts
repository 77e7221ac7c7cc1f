import { defineConfig } from '@playwright/test';
import { chromeFlags, chromePath } from './tests/e2e/chromium.ts';
import { harnessPort, sitePort } from './tests/e2e/ports.ts';
import { harnessDir, questionsDir } from './tests/e2e/site.ts';

/**
 * Browser tests in the system Chromium (Debian's /usr/bin/chromium; CHROME_PATH for another): no
 * browser is downloaded. The site is built against the tests' own content (tests/fixtures/content,
 * not questions/), then served by `vite preview`, restarted for every run so that no stale chunks
 * are served. A second server, started after the first, serves the SCORM harness: the same
 * questions packed with the built site's SCORM player (tests/e2e/scorm/prepare.ts), beside an LMS
 * runtime.
 */
const port = sitePort;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	timeout: 60_000,
	expect: { timeout: 5_000 },
	// .ci/run sets PLAYWRIGHT_JSON_OUTPUT_NAME to count the results
	reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'off',
		// The service worker (src/service-worker.ts) answers requests that page.route() then never
		// sees; the tests of the service worker itself (offline.e2e.ts, csp.e2e.ts) allow it.
		serviceWorkers: 'block',
		launchOptions: { executablePath: chromePath, args: chromeFlags }
	},
	projects: [
		{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } }
	],
	// started one after the other: the harness builds its packages once the site's build is done
	webServer: [
		{
			command: [
				'node_modules/.bin/vite build',
				`node_modules/.bin/vite preview --port ${port} --strictPort`
			].join(' && '),
			env: { QUESTIONS_DIR: questionsDir },
			port,
			reuseExistingServer: false,
			timeout: 300_000,
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			command: [
				`node_modules/.bin/tsx tests/e2e/scorm/prepare.ts ${questionsDir} ${harnessDir}`,
				`node_modules/.bin/vite preview --config tests/e2e/scorm/vite.config.ts --port ${harnessPort} --strictPort`
			].join(' && '),
			env: { SCORM_HARNESS_DIR: `${harnessDir}/served` },
			port: harnessPort,
			reuseExistingServer: false,
			timeout: 300_000,
			stdout: 'ignore',
			stderr: 'pipe'
		}
	]
});
