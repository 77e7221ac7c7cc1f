/** Where the SCORM harness is served during browser tests: its own port, next to the site's. */
export const sitePort = Number(process.env.E2E_PORT ?? 4391);
export const harnessPort = Number(process.env.E2E_SCORM_PORT ?? sitePort + 1000);
export const harnessDir = 'node_modules/.cache/close-reader-e2e/scorm';
