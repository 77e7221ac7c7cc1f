/**
 * Shuffling (seeded, and never the given order where asked) and the arrangement of a whole quiz:
 * its questions and every list of options. How an order question hides its right order is tested in
 * its folder.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { arrange } from '$lib/quiz/arrange';
import { mulberry32, newSeed, shuffled, shuffledAway } from '$lib/quiz/kit/shuffle';
import type { QuestionView } from '$lib/quiz/types';
import { options, parts, viewBase } from './quiz-fixtures';

const letters = 'abcdefghij'.split('');
const sorted = (items: readonly string[]) => [...items].sort();

describe('mulberry32', () => {
	it('is deterministic and stays in [0, 1)', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const draws = Array.from({ length: 1000 }, () => a());
		expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
		expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(new Set(draws).size).toBeGreaterThan(990);
	});
});

describe('newSeed', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('gives 32-bit integers that differ between calls', () => {
		const seeds = Array.from({ length: 20 }, newSeed);
		for (const seed of seeds) {
			expect(Number.isInteger(seed)).toBe(true);
			expect(seed).toBeGreaterThanOrEqual(0);
			expect(seed).toBeLessThan(2 ** 32);
		}
		expect(new Set(seeds).size).toBeGreaterThan(15);
	});

	it('falls back to Math.random without crypto', () => {
		vi.stubGlobal('crypto', undefined);
		const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
		expect(newSeed()).toBe(2 ** 31);
		random.mockRestore();
	});
});

describe('shuffled', () => {
	it('is a permutation and leaves the input alone', () => {
		const input = Object.freeze([...letters]);
		const out = shuffled(input, 7, 'q');
		expect(sorted(out)).toEqual(letters);
		expect(input).toEqual(letters);
		expect(out).not.toBe(input);
	});

	it('is deterministic for seed + salt', () => {
		expect(shuffled(letters, 123, 'q1')).toEqual(shuffled(letters, 123, 'q1'));
	});

	it('differs across seeds and across salts', () => {
		const bySeed = new Set(
			Array.from({ length: 20 }, (_, seed) => shuffled(letters, seed, 'q').join(''))
		);
		const bySalt = new Set(
			Array.from({ length: 20 }, (_, n) => shuffled(letters, 5, `q${n}`).join(''))
		);
		expect(bySeed.size).toBeGreaterThan(15);
		expect(bySalt.size).toBeGreaterThan(15);
	});

	it('spreads every item over every position (no obvious bias)', () => {
		const counts = [0, 0, 0, 0];
		for (let seed = 0; seed < 4000; seed++)
			counts[shuffled(['x', 'b', 'c', 'd'], seed, 's').indexOf('x')]!++;
		for (const count of counts) expect(count).toBeGreaterThan(800); // 1000 expected per position
	});

	it('handles 0 and 1 items', () => {
		expect(shuffled([], 1, 's')).toEqual([]);
		expect(shuffled(['only'], 1, 's')).toEqual(['only']);
	});
});

describe('shuffledAway', () => {
	it('never returns the given order for ≥ 2 distinct items', () => {
		for (let seed = 0; seed < 500; seed++) {
			expect(shuffledAway(['a', 'b'], seed, 'x')).toEqual(['b', 'a']);
			const out = shuffledAway(['a', 'b', 'c'], seed, 'x');
			expect(out).not.toEqual(['a', 'b', 'c']);
			expect(sorted(out)).toEqual(['a', 'b', 'c']);
		}
	});

	it('is deterministic and returns copies of trivial inputs', () => {
		expect(shuffledAway(letters, 9, 'q')).toEqual(shuffledAway(letters, 9, 'q'));
		const same = ['a', 'a', 'a'];
		expect(shuffledAway(same, 1, 'q')).toEqual(same);
		expect(shuffledAway(same, 1, 'q')).not.toBe(same);
		expect(shuffledAway(['a'], 1, 'q')).toEqual(['a']);
	});

	it('keeps repeated items and still moves them', () => {
		const out = shuffledAway(['a', 'a', 'b'], 3, 'q');
		expect(sorted(out)).toEqual(['a', 'a', 'b']);
		expect(out).not.toEqual(['a', 'a', 'b']);
	});
});

describe('arrange', () => {
	const questions: QuestionView[] = [
		{ ...viewBase('one'), type: 'single', choices: options('a', 'b', 'c', 'd', 'e'), ...parts() },
		{ ...viewBase('two'), type: 'multiple', choices: options('a', 'b', 'c', 'd', 'e'), ...parts() },
		{ ...viewBase('three'), type: 'true-false', ...parts() },
		{ ...viewBase('four'), type: 'true-false-not-given', ...parts() },
		{ ...viewBase('five'), type: 'order', items: options('i1', 'i2', 'i3', 'i4', 'i5') },
		{
			...viewBase('six'),
			type: 'match',
			lefts: options('l1', 'l2', 'l3'),
			rights: options('r1', 'r2', 'r3', 'r4', 'r5')
		},
		{ ...viewBase('seven'), type: 'short-answer' },
		{ ...viewBase('eight'), type: 'highlight', evidenceCount: 1 },
		{
			...viewBase('nine'),
			type: 'fill-blanks',
			parts: [{ kind: 'blank', index: 0 }],
			blankCount: 1,
			wordBank: ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
		}
	];
	const ids = questions.map((q) => q.id);
	const all = { questions, shuffle: { questions: true, choices: true } };
	const none = { questions, shuffle: { questions: false, choices: false } };

	it('is deterministic for a seed', () => {
		expect(arrange(all, 2024)).toEqual(arrange(all, 2024));
	});

	it('differs across seeds', () => {
		const orders = new Set(
			Array.from({ length: 10 }, (_, seed) => JSON.stringify(arrange(all, seed)))
		);
		expect(orders.size).toBe(10);
		const questionOrders = new Set(
			Array.from({ length: 10 }, (_, seed) => arrange(all, seed).questionOrder.join())
		);
		expect(questionOrders.size).toBeGreaterThan(5);
	});

	it('gives permutations of the questions and of each option list', () => {
		for (let seed = 0; seed < 50; seed++) {
			const { questionOrder, options: shown } = arrange(all, seed);
			expect(sorted(questionOrder)).toEqual(sorted(ids));
			expect(sorted(shown.one!)).toEqual(['a', 'b', 'c', 'd', 'e']);
			expect(sorted(shown.two!)).toEqual(['a', 'b', 'c', 'd', 'e']);
			expect(sorted(shown.five!)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
			expect(sorted(shown.six!)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
			expect(sorted(shown.nine!)).toEqual(['alpha', 'beta', 'delta', 'epsilon', 'gamma']);
		}
	});

	it('shuffles questions only when shuffle.questions', () => {
		expect(arrange(none, 1).questionOrder).toEqual(ids);
		expect(
			arrange({ ...all, shuffle: { questions: false, choices: true } }, 1).questionOrder
		).toEqual(ids);
		const shuffledSomewhere = Array.from(
			{ length: 10 },
			(_, seed) => arrange(all, seed).questionOrder
		);
		expect(shuffledSomewhere.some((order) => order.join() !== ids.join())).toBe(true);
	});

	it('keeps the teacher’s choice, match and word-bank order when shuffle.choices is false', () => {
		for (let seed = 0; seed < 10; seed++) {
			const shown = arrange(none, seed).options;
			expect(shown.one).toEqual(['a', 'b', 'c', 'd', 'e']);
			expect(shown.two).toEqual(['a', 'b', 'c', 'd', 'e']);
			expect(shown.six).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
			expect(shown.nine).toEqual(['alpha', 'beta', 'gamma', 'delta', 'epsilon']);
		}
	});

	it('shuffles choices, match rights and the word bank when shuffle.choices is true', () => {
		const arrangements = Array.from({ length: 10 }, (_, seed) => arrange(all, seed).options);
		for (const id of ['one', 'two', 'six', 'nine']) {
			const distinct = new Set(arrangements.map((shown) => shown[id]!.join()));
			expect(distinct.size, id).toBeGreaterThan(5);
		}
	});

	it('shuffles one question’s choices independently of another’s', () => {
		// questions one and two have the same choice ids; their salts differ
		const twins = Array.from({ length: 10 }, (_, seed) => arrange(all, seed).options);
		expect(twins.filter((o) => o.one!.join() !== o.two!.join()).length).toBeGreaterThan(5);
	});

	it('gives [] to types with nothing to arrange: true/false(/not given), short answer, highlight', () => {
		const shown = arrange(all, 5).options;
		expect(shown.three).toEqual([]);
		expect(shown.four).toEqual([]);
		expect(shown.seven).toEqual([]);
		expect(shown.eight).toEqual([]);
	});
});
