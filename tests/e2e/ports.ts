/**
 * The ports the browser tests use, in one place so they never collide: the built site on E2E_PORT
 * (default 4391) and each other server on the ports right after it. Each can be moved on its own.
 */
export const sitePort = Number(process.env.E2E_PORT ?? 4391);
/** the SCORM harness (tests/e2e/scorm) */
export const harnessPort = Number(process.env.E2E_SCORM_PORT ?? sitePort + 1);
/** `vite dev` for the authoring-loop tests (dev-server.ts) */
export const devPort = Number(process.env.E2E_DEV_PORT ?? sitePort + 2);
/** the swappable static server of the offline tests (offline.e2e.ts) */
export const swPort = Number(process.env.E2E_SW_PORT ?? sitePort + 3);
/** a static server for a second build (builds.e2e.ts) */
export const sideBuildPort = Number(process.env.E2E_SIDE_PORT ?? sitePort + 4);
/** a static server of the built site as deployed, with the app's offline shell (offline.e2e.ts) */
export const deployedPort = Number(process.env.E2E_DEPLOYED_PORT ?? sitePort + 5);
/** a static server for the teacher's build of the class-results tests (class-results.e2e.ts), apart
 * from builds.e2e.ts's: the two run at the same time in different workers */
export const classBuildPort = Number(process.env.E2E_CLASS_PORT ?? sitePort + 6);
