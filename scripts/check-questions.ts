/**
 * `npm run check:questions [-- DIR]`: checks every article and quiz file, prints each problem as
 * `path:line:col message` and a summary; exits 1 when any file has an error.
 */
import { checkContent, defaultQuestionsDir } from '../src/lib/server/content.ts';
import { formatReport, hasErrors, internalFault } from '../src/lib/server/diagnostics.ts';

try {
	const dir = process.argv[2] ?? defaultQuestionsDir();
	const result = checkContent(dir, { build: false });
	const report = formatReport(result.counts, result.diagnostics);
	if (hasErrors(result.diagnostics)) {
		console.error(report);
		process.exitCode = 1;
	} else console.log(report);
} catch (error) {
	console.error(internalFault(error));
	process.exitCode = 2;
}
