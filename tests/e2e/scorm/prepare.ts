/**
 * What the SCORM harness serves, made once per browser-test run: the packages of the e2e questions
 * (packed by `npm run export:scorm`, as a teacher would, in SCORM 1.2 and 2004, with the player of
 * the site the browser tests built just before), each unzipped into its own folder, next to the
 * harness page and scorm-again's runtime.
 * Usage: tsx tests/e2e/scorm/prepare.ts <questions-dir> <out-dir>
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const [questionsDir, outDir] = process.argv.slice(2);
if (!questionsDir || !outDir) {
	console.error('usage: prepare.ts <questions-dir> <out-dir>');
	process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const zips = join(outDir, 'zips');
const served = join(outDir, 'served');
rmSync(outDir, { recursive: true, force: true });

/** Runs the command as a teacher would; what it printed is kept in <out-dir>/output/<n>.json for the tests. */
function exportPackages(...args: string[]): void {
	const result = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/export-scorm.ts', questionsDir!, '--out', zips, ...args],
		{ stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' }
	);
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	const output = join(outDir!, 'output');
	mkdirSync(output, { recursive: true });
	const { stdout, stderr, status } = result;
	writeFileSync(
		join(output, `${readdirSync(output).length + 1}.json`),
		JSON.stringify({ args, stdout, stderr, status })
	);
	if (result.status !== 0) process.exit(result.status ?? 1);
}
// the site's build (playwright.config.ts makes it first), packed twice
exportPackages('--no-build');
exportPackages('--no-build', '--scorm', '2004');

for (const name of readdirSync(zips)) {
	const folder = join(served, 'packages', name.replace(/\.zip$/, ''));
	for (const [path, data] of Object.entries(unzipSync(readFileSync(join(zips, name))))) {
		if (path.endsWith('/')) continue;
		mkdirSync(dirname(join(folder, path)), { recursive: true });
		writeFileSync(join(folder, path), data);
	}
}

const runtime = dirname(createRequire(import.meta.url).resolve('scorm-again/scorm12'));
mkdirSync(join(served, 'scorm-again'), { recursive: true });
for (const file of ['scorm12.min.js', 'scorm2004.min.js'])
	copyFileSync(join(runtime, file), join(served, 'scorm-again', file));
copyFileSync(join(here, 'harness.html'), join(served, 'harness.html'));
