/**
 * `vite build`'s content step, run by the Vite plugin in a process of its own (through
 * run-bundled.js) so that the memory the check takes is given back before the site is bundled and
 * prerendered: checks DIR, writes the content store to STORE (content-store.ts), prints the report;
 * exits 1 when any file has an error, 2 on a fault of ours.
 * Usage: node scripts/run-bundled.js scripts/write-content-store.ts DIR STORE
 */
import { writeContentStore } from '../src/lib/server/content-store.ts';
import { formatReport, hasErrors, internalFault } from '../src/lib/checker/diagnostics.ts';

try {
	const [dir, store] = process.argv.slice(2);
	if (!dir || !store) throw new Error('usage: write-content-store.ts DIR STORE');
	const result = writeContentStore(dir, store);
	process.stdout.write(formatReport(result.counts, result.diagnostics));
	process.exitCode = hasErrors(result.diagnostics) ? 1 : 0;
} catch (error) {
	process.stdout.write(internalFault(error));
	process.exitCode = 2;
}
