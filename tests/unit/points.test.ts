/**
 * Points that add up (issue #21, item 5): one rounding rule (one decimal), the total and the
 * percentage from exact values rounded once, the shown points of the questions adding up to the
 * shown total, and pass or not decided on the exact score. A property test over random partial
 * scores reads what the results say (the report's rows and the score line) and checks it against
 * an exact sum of its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportRows } from '$lib/components/quiz/report';
import { formatPercent, scoreText } from '$lib/components/quiz/words';
import { apportionTenths, percentOf, reaches, roundTenth } from '$lib/quiz/points';
import { scoreQuiz } from '$lib/quiz/scoring';
import type { Answer, QuestionKey, QuestionView } from '$lib/quiz/types';
import { blanks, blanksKey, multiple, multipleKey } from './quiz-fixtures';

describe('roundTenth, percentOf, reaches', () => {
	it('rounds once to one decimal, halves up, ignoring floating-point noise', () => {
		expect(roundTenth(2 / 3)).toBe(0.7);
		expect(roundTenth(0.25)).toBe(0.3);
		expect(roundTenth(1.15)).toBe(1.2); // 1.15 is 1.149999… in binary
		expect(roundTenth(16.02)).toBe(16);
	});

	it('the percentage of the exact points: 16 of 28 is 57.1%', () => {
		expect(percentOf(16, 28)).toBe(57.1);
		expect(percentOf(23 / 6, 6)).toBe(63.9);
		expect(percentOf(0, 0)).toBe(0);
	});

	it('passes on the percentage shown: never "70%" and not passed against a pass mark of 70', () => {
		// 3.8333… of 6 is 63.888…%, shown as 63.9%: that reaches 63.9, not 64
		expect(reaches(23 / 6, 6, 63.9)).toBe(true);
		expect(reaches(23 / 6, 6, 64)).toBe(false);
		expect(reaches(6.997, 10, 70)).toBe(true); // 69.97% shows as 70%
		expect(reaches(7, 10, 70)).toBe(true);
		expect(reaches(0.1 + 0.2, 1, 30)).toBe(true); // 0.30000000000000004
	});
});

describe('apportionTenths', () => {
	it('three thirds of a point show as 0.4, 0.3 and 0.3: they add up to 1', () => {
		expect(apportionTenths([1 / 3, 1 / 3, 1 / 3])).toEqual([0.4, 0.3, 0.3]);
	});

	it('the largest remainder gets the missing tenth', () => {
		expect(apportionTenths([2 / 3, 4 / 3, 1])).toEqual([0.7, 1.3, 1]);
		expect(apportionTenths([0.64, 0.66, 1])).toEqual([0.6, 0.7, 1]);
		// a tie, but for floating-point noise (2/3 of 2 and 1/3 of 1): the earlier value first
		expect(apportionTenths([(2 / 3) * 2, 1 / 3])).toEqual([1.4, 0.3]);
		expect(apportionTenths([1 / 3, (2 / 3) * 2])).toEqual([0.4, 1.3]);
	});

	it('whole and one-decimal values stay as they are', () => {
		expect(apportionTenths([1, 0.5, 0, 2.7])).toEqual([1, 0.5, 0, 2.7]);
		expect(apportionTenths([])).toEqual([]);
	});
});

/** One random question: multiple (thirds) or fill-blanks (quarters), its points, answer and tries. */
const questionArb = fc.record({
	kind: fc.constantFrom('multiple', 'blanks'),
	// whole points, halves and any tenth up to 5
	points: fc.oneof(
		fc.integer({ min: 1, max: 5 }),
		fc.integer({ min: 1, max: 10 }).map((n) => n / 2),
		fc.integer({ min: 1, max: 50 }).map((n) => n / 10)
	),
	/** multiple: right picks of a, b, c and wrong picks of d, e; blanks: which of 4 are right */
	right: fc.integer({ min: 0, max: 3 }),
	wrong: fc.integer({ min: 0, max: 2 }),
	rightBlanks: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
	answered: fc.boolean(),
	/** practice tries already used, and the best credit of one of them */
	used: fc.integer({ min: 0, max: 3 }),
	best: fc.constantFrom(0, 1 / 8, 1 / 6, 1 / 4, 1 / 3, 1 / 2, 2 / 3, 3 / 4)
});

type Generated = typeof questionArb extends fc.Arbitrary<infer T> ? T : never;

/** The question, key and answer of one generated question, and its exact fraction, by hand. */
function build(q: Generated, index: number) {
	const id = `q${index}`;
	if (q.kind === 'multiple') {
		const view: QuestionView = { ...multiple, id, points: q.points };
		const key: QuestionKey = multipleKey;
		const picks = [...['a', 'b', 'c'].slice(0, q.right), ...['d', 'e'].slice(0, q.wrong)];
		const answer: Answer = { type: 'multiple', response: picks };
		return { id, view, key, answer, fraction: Math.max(0, (q.right - q.wrong) / 3) };
	}
	const view: QuestionView = { ...blanks, id, points: q.points };
	const key: QuestionKey = blanksKey;
	const response = blanksKey.blanks.map((accepted, i) =>
		q.rightBlanks[i] ? accepted[0]! : 'nothing like it'
	);
	const answer: Answer = { type: 'fill-blanks', response };
	return { id, view, key, answer, fraction: q.rightBlanks.filter(Boolean).length / 4 };
}

/** "0.7 / 2 points" → 7 (tenths), so sums are exact. */
const shownTenths = (text: string) => Math.round(Number(text.split(' / ')[0]) * 10);

describe('the results add up (property)', () => {
	it('shown points sum to the shown total; percent and pass from the exact total', () => {
		fc.assert(
			fc.property(
				fc.array(questionArb, { minLength: 1, maxLength: 30 }),
				fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
				(generated, passMark) => {
					const built = generated.map(build);
					const questions = built.map((b) => b.view);
					const keys = Object.fromEntries(built.map((b) => [b.id, b.key]));
					const answers: Record<string, Answer> = {};
					const tries = Object.fromEntries(
						built.map((b, i) => [b.id, { used: generated[i]!.used, best: generated[i]!.best }])
					);
					let exact = 0;
					let possible = 0;
					built.forEach((b, i) => {
						const q = generated[i]!;
						if (q.answered) answers[b.id] = b.answer;
						const fraction = q.answered ? b.fraction : 0;
						exact += Math.max(q.best, fraction * 0.5 ** q.used) * q.points;
						possible += q.points;
					});

					const score = scoreQuiz({ questions, passMark }, keys, answers, tries);
					const rows = reportRows({
						questions,
						answers,
						score,
						isAnswered: (id) => id in answers,
						options: {},
						sentences: new Map(),
						key: () => null
					});
					const line = scoreText(score);

					// the shown per-question points add up to the shown total
					const sum = rows.reduce((total, row) => total + shownTenths(row.points), 0);
					expect(sum).toBe(shownTenths(line));
					// which is the exact total rounded once
					expect(shownTenths(line)).toBe(Math.round(exact * 10 + 1e-9));
					// the percentage: the exact total of the maximum, rounded once to one decimal
					const percent = Math.round((exact / possible) * 100 * 10 + 1e-9) / 10;
					expect(line.endsWith(`(${formatPercent(percent)})`)).toBe(true);
					expect(score.percent).toBe(percent);
					// pass or not, on the percentage shown
					expect(score.passed).toBe(percent >= passMark - 1e-9);
					// no question shows more than its points, nor less than nothing
					rows.forEach((row, i) => {
						expect(shownTenths(row.points)).toBeGreaterThanOrEqual(0);
						expect(shownTenths(row.points)).toBeLessThanOrEqual(
							Math.round(questions[i]!.points * 10)
						);
					});
				}
			),
			{ numRuns: 300 }
		);
	});

	it('the issue’s example: 16 of 28 points is 57.1%', () => {
		const questions = Array.from({ length: 14 }, (_, i) => ({
			...multiple,
			id: `q${i}`,
			points: 2
		}));
		const keys = Object.fromEntries(questions.map((q) => [q.id, multipleKey]));
		// 8 questions fully right (16 points), the rest with nothing
		const answers: Record<string, Answer> = Object.fromEntries(
			questions.slice(0, 8).map((q) => [q.id, { type: 'multiple', response: ['a', 'b', 'c'] }])
		);
		expect(scoreText(scoreQuiz({ questions }, keys, answers))).toBe('16 / 28 points (57.1%)');
	});
});
