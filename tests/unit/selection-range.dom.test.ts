/**
 * Where a selection lies in the article (components/teacher/selection-range.ts), as a mouse leaves
 * it: a drag past a paragraph's end that stops in the next one's ¶ number, or in the question
 * after it (guided reading), ends with the paragraph; one started after a paragraph's last word
 * starts with the next; a selection with words of two paragraphs crosses them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { selectedRange } from '$lib/components/teacher/selection-range';

function article(): HTMLElement {
	const element = document.createElement('article');
	element.innerHTML = [1, 2, 3]
		.map(
			(n) =>
				`<p data-paragraph="${n}"><span class="number" aria-hidden="true">¶${n}</span> <span class="visually-hidden">Paragraph ${n}:</span> <span>Words of ${n}.</span></p>`
		)
		.join('\n')
		.replace('</p>', '</p><ol class="questions"><li>Why?</li></ol>');
	document.body.replaceChildren(element);
	return element;
}

// the DOM test files share a document (vite.config.ts: isolate false): leave it as found
afterEach(() => {
	document.getSelection()?.removeAllRanges();
	document.body.replaceChildren();
});

/** Selects from `offset` in the text of ¶`from`'s `part` to `endOffset` in ¶`to`'s. */
function select(
	within: HTMLElement,
	[from, part, offset]: [number, string, number],
	[to, endPart, endOffset]: [number, string, number]
): Selection {
	const node = (n: number, selector: string) =>
		within.querySelector(`[data-paragraph="${n}"] ${selector}`)!.firstChild!;
	const range = document.createRange();
	range.setStart(node(from, part), offset);
	range.setEnd(node(to, endPart), endOffset);
	const selection = document.getSelection()!;
	selection.removeAllRanges();
	selection.addRange(range);
	return selection;
}

describe('selectedRange', () => {
	it('ends a drag that stops in the next paragraph’s ¶ number with the paragraph', () => {
		const within = article();
		const selection = select(within, [1, 'span:last-child', 6], [2, '.number', 1]);
		expect(selectedRange(selection, within)).toEqual({
			kind: 'range',
			paragraph: 1,
			start: 6,
			end: 11
		});
	});

	it('ends one that stops in the question after a paragraph with the paragraph', () => {
		const within = article();
		const selection = select(within, [1, 'span:last-child', 6], [1, '+ ol li', 2]);
		expect(selectedRange(selection, within)).toEqual({
			kind: 'range',
			paragraph: 1,
			start: 6,
			end: 11
		});
	});

	it('starts one begun after a paragraph’s last word with the next paragraph', () => {
		const within = article();
		const selection = select(within, [1, 'span:last-child', 11], [2, 'span:last-child', 5]);
		expect(selectedRange(selection, within)).toEqual({
			kind: 'range',
			paragraph: 2,
			start: 0,
			end: 5
		});
	});

	it('crosses paragraphs when words of both are selected, or one lies between', () => {
		const within = article();
		expect(
			selectedRange(select(within, [1, 'span:last-child', 6], [2, 'span:last-child', 1]), within)
		).toEqual({ kind: 'across', from: 1, to: 2 });
		expect(
			selectedRange(select(within, [1, 'span:last-child', 6], [3, '.number', 1]), within)
		).toEqual({ kind: 'across', from: 1, to: 3 });
	});
});
