/**
 * The handed-in results file (class/handed-in.ts): what the writer writes reads back as it was; a
 * file that is not one is refused with its reason, never thrown on; its name is one a file system
 * takes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	handedIn,
	handedInFileName,
	readHandedIn,
	writeHandedIn,
	type HandedIn
} from '$lib/class/handed-in';
import type { SavedAttempt } from '$lib/state/saved-attempt';

const attempt: SavedAttempt = {
	format: 1,
	quizVersion: 'v1',
	seed: 42,
	questions: {
		q1: { version: 'a', answer: { type: 'single', response: 'b' }, checked: false }
	},
	submitted: true,
	updatedAt: 1_700_000_000_000,
	submittedAt: 1_700_000_000_000,
	submissions: [
		{
			earned: 1,
			possible: 2,
			percent: 50,
			passed: false,
			at: '2023-11-14T22:13:20.000Z',
			recorded: true
		}
	]
};

const quiz = { article: 'kettle-bay-ferry', slug: 'class-results', title: 'Class', fileHash: 'x1' };
const file = handedIn(quiz, attempt, '  Ana Díaz ', Date.UTC(2026, 11, 7, 9, 30));

describe('handedIn and writeHandedIn', () => {
	it('names the app, the format, the quiz and its file hash, the student and the time', () => {
		expect(file).toMatchObject({
			app: 'close-reader',
			kind: 'handed-in-results',
			format: 1,
			article: 'kettle-bay-ferry',
			quiz: 'class-results',
			quizTitle: 'Class',
			quizHash: 'x1',
			student: 'Ana Díaz',
			handedInAt: '2026-12-07T09:30:00.000Z',
			attempt
		});
	});

	it("carries the student's highlights and notes only when there are some, and still reads", () => {
		expect(writeHandedIn(file)).not.toContain('annotations');
		const own = [
			{ type: 'highlighter', paragraph: 2, start: 0, end: 5, colour: 'blue', quote: 'Ferry' },
			{ type: 'note', paragraph: 3, start: 4, end: 9, text: 'Why?', quote: 'sails' }
		] as const;
		const noted = handedIn(quiz, attempt, 'Ana', 0, [...own]);
		const written = JSON.parse(writeHandedIn(noted)) as Record<string, unknown>;
		expect(written['annotations']).toEqual(own);
		// a reader that knows nothing of them reads the file as before
		expect(readHandedIn(writeHandedIn(noted))).toMatchObject({ type: 'read' });
	});

	it('reads back what it wrote, the attempt as its JSON text', () => {
		expect(readHandedIn(writeHandedIn(file))).toEqual({
			type: 'read',
			file: { ...file, attempt: JSON.stringify(attempt) }
		});
	});
});

/** Any file the writer may write: any slugs, title, hash, name, time and saved attempt. */
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
const savedAttempt: fc.Arbitrary<SavedAttempt> = fc.record(
	{
		format: fc.constant(1 as const),
		quizVersion: fc.string(),
		seed: fc.nat({ max: 2 ** 32 - 1 }),
		questions: fc.dictionary(
			fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
			fc.record({
				version: fc.string(),
				answer: fc.record({ type: fc.string(), response: fc.jsonValue() }),
				checked: fc.boolean()
			})
		),
		submitted: fc.boolean(),
		updatedAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
		name: fc.string({ minLength: 1, maxLength: 20 })
	},
	{ requiredKeys: ['format', 'quizVersion', 'seed', 'questions', 'submitted', 'updatedAt'] }
) as fc.Arbitrary<SavedAttempt>;
const anyFile: fc.Arbitrary<HandedIn> = fc
	.record({
		article: slug,
		slug,
		title: fc.string(),
		fileHash: fc.string(),
		student: fc.string({ minLength: 1, maxLength: 100 }).filter((name) => name.trim() !== ''),
		at: fc.integer({ min: 0, max: 4_000_000_000_000 }),
		attempt: savedAttempt
	})
	.map(({ student, at, attempt, ...quiz }) => handedIn(quiz, attempt, student, at));

describe('readHandedIn, properties', () => {
	it('any file the writer writes reads back equal', () => {
		fc.assert(
			fc.property(anyFile, (written) => {
				const read = readHandedIn(writeHandedIn(written));
				expect(read).toEqual({
					type: 'read',
					file: { ...written, attempt: JSON.stringify(written.attempt) }
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('random text, random JSON and damaged files never throw: each is read or refused', () => {
		const damaged = fc
			.tuple(anyFile, fc.constantFrom(...Object.keys(file)), fc.jsonValue())
			.map(([written, key, value]) => JSON.stringify({ ...written, [key]: value }));
		const junk = fc.oneof(
			fc.string(),
			fc.jsonValue().map((v) => JSON.stringify(v)),
			damaged
		);
		fc.assert(
			fc.property(junk, (text) => {
				expect(['read', 'refused']).toContain(readHandedIn(text).type);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('readHandedIn, refusals', () => {
	const written = JSON.parse(writeHandedIn(file)) as Record<string, unknown>;
	const without = (key: string) => {
		const copy = { ...written };
		delete copy[key];
		return JSON.stringify(copy);
	};

	it('says a file is not JSON, or not results of this app', () => {
		expect(readHandedIn('Ana: 7/10')).toEqual({ type: 'refused', refusal: { type: 'not-json' } });
		expect(readHandedIn('[1, 2]')).toEqual({ type: 'refused', refusal: { type: 'not-json' } });
		expect(readHandedIn(JSON.stringify({ ...written, app: 'quizdown' }))).toEqual({
			type: 'refused',
			refusal: { type: 'not-results' }
		});
		// a saved attempt alone (from localStorage) is not a handed-in file
		expect(readHandedIn(JSON.stringify(attempt))).toEqual({
			type: 'refused',
			refusal: { type: 'not-results' }
		});
	});

	it('says a file is of a newer format', () => {
		expect(readHandedIn(JSON.stringify({ ...written, format: 2 }))).toEqual({
			type: 'refused',
			refusal: { type: 'newer-format', format: 2 }
		});
	});

	it('names the field that is missing or wrong', () => {
		for (const key of ['article', 'quiz', 'quizHash', 'student', 'handedInAt', 'attempt'])
			expect(readHandedIn(without(key)), key).toEqual({
				type: 'refused',
				refusal: { type: 'malformed', field: key }
			});
		const badAttempt = { ...written, attempt: { ...attempt, seed: -1 } };
		expect(readHandedIn(JSON.stringify(badAttempt))).toEqual({
			type: 'refused',
			refusal: { type: 'malformed', field: 'attempt' }
		});
		expect(readHandedIn(JSON.stringify({ ...written, student: '   ' }))).toMatchObject({
			refusal: { type: 'malformed', field: 'student' }
		});
	});
});

describe('handedInFileName', () => {
	it('is the quiz, the name and the local date, with what a file system refuses made hyphens', () => {
		const date = new Date(2026, 11, 7, 9, 30);
		expect(handedInFileName('class-results', 'Ana Díaz', date)).toBe(
			'class-results-Ana-Díaz-2026-12-07.closereader.json'
		);
		expect(handedInFileName('q', ' a/b\\c:d*e?f"g<h>i|j ', date)).toBe(
			'q-a-b-c-d-e-f-g-h-i-j-2026-12-07.closereader.json'
		);
		expect(handedInFileName('q', '///', date)).toBe('q-student-2026-12-07.closereader.json');
	});
});
