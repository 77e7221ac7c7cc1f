/**
 * `node scripts/run-bundled.js <script.ts> [args…]`: runs a TypeScript command-line tool from a
 * bundle of it and everything it imports (esbuild), built on first use and again whenever one of its
 * source files changes. Starting through a bundle takes about 0.1 s; through tsx, which compiles
 * every module at start-up, about 0.7 s, which a teacher waits through on every check.
 * The bundles live in node_modules/.cache/close-reader-cli/ (a fresh `npm ci` starts without them),
 * or in CLOSE_READER_CLI_CACHE.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir =
	process.env.CLOSE_READER_CLI_CACHE ?? join(root, 'node_modules', '.cache', 'close-reader-cli');
/** npm rewrites this on every install: a changed dependency means a new bundle */
const installed = join(root, 'node_modules', '.package-lock.json');

const [script, ...args] = process.argv.slice(2);
if (!script) {
	console.error('usage: node scripts/run-bundled.js <script.ts> [args…]');
	process.exit(2);
}
const entry = resolve(script);
const name = `${basename(entry).replace(/\.[^.]+$/, '')}-${createHash('sha1').update(entry).digest('hex').slice(0, 8)}`;
const bundle = join(cacheDir, `${name}.cjs`);
const manifest = join(cacheDir, `${name}.inputs.json`);

/** @returns {boolean} whether the bundle was built after its inputs last changed */
function fresh() {
	try {
		/** @type {{ builtAt: number, inputs: string[] }} */
		const { builtAt, inputs } = JSON.parse(readFileSync(manifest, 'utf8'));
		statSync(bundle);
		return inputs.every((input) => statSync(input).mtimeMs < builtAt);
	} catch {
		return false; // missing, unreadable, or an input is gone
	}
}

async function build() {
	const { build } = await import('esbuild');
	const builtAt = Date.now();
	const result = await build({
		entryPoints: [entry],
		bundle: true,
		platform: 'node',
		format: 'cjs', // yaml is CommonJS on Node; a CommonJS bundle needs no require shim
		target: 'node20',
		metafile: true,
		write: false,
		logLevel: 'warning',
		absWorkingDir: root
	});
	const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(root, input));
	inputs.push(installed);
	mkdirSync(cacheDir, { recursive: true });
	// written aside and renamed, so a run that starts meanwhile never reads half a bundle
	const temporary = `${bundle}.${process.pid}`;
	writeFileSync(temporary, result.outputFiles[0].contents);
	renameSync(temporary, bundle);
	writeFileSync(`${manifest}.${process.pid}`, JSON.stringify({ builtAt, inputs }));
	renameSync(`${manifest}.${process.pid}`, manifest);
}

if (!fresh()) await build();
// the tool reads its arguments from process.argv, as when it is run directly
process.argv = [process.argv[0], entry, ...args];
// required, not imported: importing CommonJS from ESM first scans all of it for its exports
createRequire(import.meta.url)(bundle);
