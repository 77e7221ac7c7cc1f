/**
 * Serves the SCORM harness (tests/e2e/scorm/prepare.ts made it) as plain static files: `vite
 * preview` without SvelteKit, and no single-page fallback, so a missing file is a 404 as in an LMS.
 */
import { defineConfig } from 'vite';

export default defineConfig({
	appType: 'mpa',
	build: {
		outDir: process.env.SCORM_HARNESS_DIR ?? 'node_modules/.cache/close-reader-e2e/scorm/served'
	}
});
