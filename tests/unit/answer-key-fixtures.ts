/**
 * For each type's answer-key test (src/lib/question-types/<type>/answer-key.test.ts): a question
 * written as a teacher would, built through the pipeline with a small article, and its `answerKey`.
 */
import { afterEach } from 'vitest';
import type { KeyView } from '$lib/quiz/kit/answer-key';
import { gradingOf } from '$lib/quiz/grading';
import { clearContentCache, getQuiz } from '$lib/server/content-source';
import { plainText } from '$lib/text/rich';
import { ARTICLE, questionsFolder, quizWith, removeFolders } from './content-fixtures';

afterEach(() => {
	removeFolders();
	clearContentCache();
});

/** The answer key of one question: its `type`, its evidence quote(s), the YAML of its own fields. */
export function answerKeyOf(type: string, evidence: string, fields: string): KeyView {
	const yaml = `  - id: q\n    type: ${type}\n    prompt: P\n    explanation: E\n    evidence: ${evidence}\n${fields}`;
	const dir = questionsFolder({ 'nk/article.md': ARTICLE, 'nk/check.yaml': quizWith(yaml) });
	const quiz = getQuiz('nk', 'check', dir);
	const view = quiz?.questions[0];
	const key = quiz?.keys?.q;
	if (!view || !key) throw new Error(`the question did not build:\n${yaml}`);
	return gradingOf(view.type).answerKey(view, key);
}

/** Rich texts as plain strings, for comparing. */
export function plain(value: unknown): unknown {
	const isRun = (v: unknown) => typeof (v as { text?: unknown } | null)?.text === 'string';
	if (Array.isArray(value) && value.length > 0 && value.every(isRun))
		return plainText(value as { text: string }[]);
	if (Array.isArray(value)) return value.map(plain);
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
	return value;
}
