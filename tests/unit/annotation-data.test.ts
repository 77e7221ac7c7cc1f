/**
 * The student's highlights and notes as data (state/annotation-data.ts): a new highlight wins where
 * it overlaps others, splitting them, and joins touching ones of its colour; notes are added,
 * replaced and removed; saved data is read back as untrusted, dropping what is malformed or does
 * not fit the article, never throwing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addHighlight,
	addNote,
	clearHighlights,
	readSavedAnnotations,
	removeAnnotation,
	type Annotation
} from '$lib/state/annotation-data';
import { Annotations, writeAnnotations } from '$lib/state/annotations.svelte';
import { memoryStore } from '$lib/state/storage';

const lengths = new Map([
	[1, 100],
	[2, 40]
]);
const at = (paragraph: number, start: number, end: number) => ({ paragraph, start, end });

describe('addHighlight', () => {
	it('splits an other-coloured highlight around a new one inside it', () => {
		const before = addHighlight([], at(1, 10, 50), 'yellow');
		expect(addHighlight(before, at(1, 20, 30), 'green')).toEqual([
			{ type: 'highlighter', ...at(1, 10, 20), colour: 'yellow' },
			{ type: 'highlighter', ...at(1, 20, 30), colour: 'green' },
			{ type: 'highlighter', ...at(1, 30, 50), colour: 'yellow' }
		]);
	});

	it('joins overlapping and touching highlights of one colour, not other paragraphs', () => {
		let annotations = addHighlight([], at(1, 0, 10), 'blue');
		annotations = addHighlight(annotations, at(1, 20, 30), 'blue');
		annotations = addHighlight(annotations, at(2, 5, 10), 'blue');
		expect(addHighlight(annotations, at(1, 10, 25), 'blue')).toEqual([
			{ type: 'highlighter', ...at(1, 0, 30), colour: 'blue' },
			{ type: 'highlighter', ...at(2, 5, 10), colour: 'blue' }
		]);
	});

	it('leaves notes alone', () => {
		const notes = addNote([], at(1, 5, 15), 'why?');
		expect(addHighlight(notes, at(1, 0, 20), 'pink')).toEqual([
			{ type: 'highlighter', ...at(1, 0, 20), colour: 'pink' },
			{ type: 'note', ...at(1, 5, 15), text: 'why?' }
		]);
	});

	it('never leaves two highlights over one character', () => {
		const passage = fc
			.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 30 }))
			.map(([start, length]) => at(1, start, Math.min(100, start + length)));
		const colour = fc.constantFrom('yellow', 'green', 'blue', 'pink' as const);
		fc.assert(
			fc.property(fc.array(fc.tuple(passage, colour), { maxLength: 12 }), (steps) => {
				let annotations: Annotation[] = [];
				for (const [p, c] of steps) annotations = addHighlight(annotations, p, c);
				for (let i = 0; i < 100; i++) {
					const over = annotations.filter((a) => a.start <= i && i < a.end);
					expect(over.length).toBeLessThanOrEqual(1);
				}
				// the last one laid down shows in its whole range
				const last = steps.at(-1);
				if (last)
					for (let i = last[0].start; i < last[0].end; i++)
						expect(annotations.find((a) => a.start <= i && i < a.end)).toMatchObject({
							colour: last[1]
						});
			})
		);
	});
});

describe('clearHighlights and removeAnnotation', () => {
	it('takes away only the highlighted words over a passage', () => {
		const annotations = addHighlight([], at(1, 0, 30), 'yellow');
		expect(clearHighlights(annotations, at(1, 10, 20))).toEqual([
			{ type: 'highlighter', ...at(1, 0, 10), colour: 'yellow' },
			{ type: 'highlighter', ...at(1, 20, 30), colour: 'yellow' }
		]);
	});

	it('removes one note, and replaces a note on the same words', () => {
		let annotations = addNote([], at(2, 0, 4), 'first');
		annotations = addNote(annotations, at(2, 0, 4), '  second  ');
		expect(annotations).toEqual([{ type: 'note', ...at(2, 0, 4), text: 'second' }]);
		expect(removeAnnotation(annotations, annotations[0]!)).toEqual([]);
		expect(addNote([], at(2, 0, 4), '   ')).toEqual([]);
	});
});

describe('readSavedAnnotations', () => {
	it('reads back what was written', () => {
		let annotations = addHighlight([], at(1, 3, 9), 'green');
		annotations = addNote(annotations, at(2, 0, 40), 'Main idea');
		expect(readSavedAnnotations(writeAnnotations(annotations), lengths)).toEqual(annotations);
	});

	it('drops what is malformed or does not fit the article, and never throws', () => {
		const saved = JSON.stringify({
			annotations: [
				{ type: 'highlighter', paragraph: 1, start: 0, end: 5, colour: 'yellow' },
				{ type: 'highlighter', paragraph: 3, start: 0, end: 5, colour: 'yellow' },
				{ type: 'highlighter', paragraph: 2, start: 30, end: 41, colour: 'yellow' },
				{ type: 'highlighter', paragraph: 1, start: 5, end: 5, colour: 'yellow' },
				{ type: 'highlighter', paragraph: 1, start: 0, end: 5, colour: 'red' },
				{ type: 'note', paragraph: 1, start: 0, end: 5, text: '' },
				{ type: 'note', paragraph: 1, start: 0.5, end: 5, text: 'x' },
				{ type: 'circle', paragraph: 1, start: 0, end: 5 },
				'nonsense',
				null
			]
		});
		expect(readSavedAnnotations(saved, lengths)).toEqual([
			{ type: 'highlighter', ...at(1, 0, 5), colour: 'yellow' }
		]);
		for (const text of [null, '', 'not json', '[]', '{"annotations":{}}', '{"__proto__":[]}'])
			expect(readSavedAnnotations(text, lengths)).toEqual([]);
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expect(() => readSavedAnnotations(JSON.stringify(value), lengths)).not.toThrow();
			})
		);
	});

	it('lays overlapping saved highlights down again, the later winning', () => {
		const saved = JSON.stringify({
			annotations: [
				{ type: 'highlighter', paragraph: 1, start: 0, end: 20, colour: 'yellow' },
				{ type: 'highlighter', paragraph: 1, start: 10, end: 30, colour: 'blue' }
			]
		});
		expect(readSavedAnnotations(saved, lengths)).toEqual([
			{ type: 'highlighter', ...at(1, 0, 10), colour: 'yellow' },
			{ type: 'highlighter', ...at(1, 10, 30), colour: 'blue' }
		]);
	});
});

describe('Annotations', () => {
	const paragraphs = [
		{ n: 1, text: 'x'.repeat(100), sentences: [] },
		{ n: 2, text: 'y'.repeat(40), sentences: [] }
	];
	const options = (store = memoryStore()) => ({ article: 'a', quiz: 'q', paragraphs, store });

	it('keeps each change under its own key, reads it back in a new page, and Start over clears it', async () => {
		const store = memoryStore();
		const first = new Annotations(options(store));
		first.replace(addNote(addHighlight([], at(1, 0, 5), 'pink'), at(2, 1, 3), 'hm'));
		expect(store.read('close-reader:notes:a/q')).not.toBeNull();
		// the attempt's own key is left alone
		expect(store.read('close-reader:v1:a/q')).toBeNull();

		const again = new Annotations(options(store));
		await again.load();
		expect(again.list).toEqual(first.list);
		expect(again.in(2)).toEqual([{ type: 'note', ...at(2, 1, 3), text: 'hm' }]);

		again.clear();
		expect(again.list).toEqual([]);
		expect(store.read('close-reader:notes:a/q')).toBeNull();
	});

	it('says when the browser refuses to keep them, and keeps them in memory', () => {
		const refusing = {
			...memoryStore(),
			write: () => {
				throw new Error('quota');
			}
		};
		const annotations = new Annotations(options(refusing));
		annotations.replace(addHighlight([], at(1, 0, 5), 'blue'));
		expect(annotations.saving).toBe(false);
		expect(annotations.list).toHaveLength(1);
	});
});
