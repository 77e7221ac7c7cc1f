/**
 * `node scripts/run-bundled.js <script.ts> [args…]`: runs a TypeScript command-line tool from a
 * bundle of it and everything it imports (esbuild), built on first use and again whenever one of its
 * source files changes. tsx would compile every module at each start, which a teacher waits
 * through on every check (bench/results.md, "Speed mechanisms on trial"). The bundles live in
 * node_modules/.cache/close-reader-cli/ (a fresh `npm ci` starts without them), or in
 * CLOSE_READER_CLI_CACHE.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { config } from '../src/lib/server/config.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = config.cliCache ?? join(root, 'node_modules', '.cache', 'close-reader-cli');
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
	writeAside(bundle, result.outputFiles[0].contents);
	writeAside(manifest, JSON.stringify({ builtAt, inputs }));
}

/** Written aside and renamed, so that a run starting meanwhile never reads half a file. */
function writeAside(file, contents) {
	writeFileSync(`${file}.${process.pid}`, contents);
	renameSync(`${file}.${process.pid}`, file);
}

if (!fresh()) await build();
// the tool reads its arguments from process.argv, as when it is run directly
process.argv = [process.argv[0], entry, ...args];
createRequire(import.meta.url)(bundle);
