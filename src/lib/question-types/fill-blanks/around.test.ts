// @vitest-environment node
/**
 * A typed blank's number as built from the quiz file: the key keeps the words beside each blank,
 * so a unit or sign they name counts ("more than [[90]] percent" takes "90%"); a word bank's
 * blanks are picked, not typed, and keep none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fillBlanksGrading } from './grading';
import { clearContentCache, getQuiz } from '$lib/server/content-source';
import {
	ARTICLE,
	questionsFolder,
	quizWith,
	removeFolders
} from '../../../../tests/unit/content-fixtures';

afterEach(() => {
	removeFolders();
	clearContentCache();
});

/** The built key of one fill-blanks question with these fields. */
function builtKey(fields: string) {
	const yaml = `  - id: q\n    type: fill-blanks\n    prompt: P\n    explanation: E\n    evidence: "established diplomatic ties"\n${fields}`;
	const dir = questionsFolder({ 'nk/article.md': ARTICLE, 'nk/check.yaml': quizWith(yaml) });
	const key = getQuiz('nk', 'check', dir)?.keys?.q;
	if (key?.type !== 'fill-blanks') throw new Error(`the question did not build:\n${yaml}`);
	return key;
}

describe('the words beside a typed blank, as built', () => {
	it('are kept per blank, within the sentence, and let the number take their unit or sign', () => {
		const key = builtKey(
			'    text: "Trade fell. It rose by more than [[90]] percent, to $[[5]] a ton, at minus [[3]] degrees."\n'
		);
		expect(key.around).toEqual([
			{ before: 'it rose by more than ', after: ' percent, to $' },
			{ before: ' percent, to $', after: ' a ton, at minus ' },
			{ before: ' a ton, at minus ', after: ' degrees.' }
		]);
		expect(fillBlanksGrading.score(key, ['90%', '5 dollars', '-3'])).toBe(1);
		expect(fillBlanksGrading.score(key, ['90 km', '5 euros', '4'])).toBe(0);
	});

	it('are not kept for a word bank', () => {
		const key = builtKey('    text: "Up by [[90]] percent."\n    wordBank: ["80"]\n');
		expect(key.around).toBeUndefined();
	});
});
