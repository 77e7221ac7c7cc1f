/**
 * A quiz's `retakes`, `grade` and `review` (the schema has checked each value): the warnings where
 * they would do nothing (on a practice quiz; `grade` without retakes), and the rules a test is
 * built with, defaults filled in: no retakes, the best recorded submission counts when there are
 * some, and the results show the right answers after the last recorded submission.
 */
import type { TestRules } from '../quiz/types.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { QuizFile } from './schema.ts';
import { diagnosticAtPath, type YamlSource } from './yaml-source.ts';

const TEST_ONLY = ['retakes', 'grade', 'review'] as const;

/** Warnings at `retakes`, `grade` and `review` where they would change nothing. */
export function checkTestRules(file: QuizFile, source: YamlSource): Diagnostic[] {
	const warn = (field: string, message: string) =>
		diagnosticAtPath(source, [field], message, 'key', 'warning');
	if (file.mode !== 'test')
		return TEST_ONLY.filter((field) => file[field] !== undefined).map((field) =>
			warn(
				field,
				`${field} applies only to tests (mode: test); a practice quiz can be tried again as often as the student likes, so remove ${field} or add mode: test`
			)
		);
	if (file.grade !== undefined && (file.retakes ?? 0) === 0)
		return [
			warn(
				'grade',
				`grade: ${file.grade} changes nothing without retakes: the first submission is the score of record; add retakes: 1 (or more), or remove grade`
			)
		];
	return [];
}

/** The rules a test is built with (undefined for a practice quiz). */
export function testRulesOf(file: QuizFile): TestRules | undefined {
	if (file.mode !== 'test') return undefined;
	const retakes = file.retakes ?? 0;
	return {
		retakes,
		grade: retakes === 0 ? 'first' : (file.grade ?? 'best'),
		review: file.review ?? 'answers'
	};
}
