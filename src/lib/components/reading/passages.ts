/**
 * The passages to read aloud, as the page shows them: the article's sentences (the spans the build
 * wrote, `data-sentence`, our own split) and a question's prompt, split into sentences, and its
 * choices. Each passage knows its element, found again when needed (selecting sentences re-renders
 * the article's spans), and where its text starts in that element's readable text.
 */
import type { Passage } from '$lib/reading/read-aloud';
import { splitSentences } from '$lib/text/sentences';

export interface PagePassage extends Passage {
	/** the element that shows the passage, if it is still on the page */
	element: () => Element | null;
	/** where the passage's text starts in the element's readable text */
	offset: number;
}

/** Text no sighted reader sees as part of the passage: labels for screen readers, hidden parts. */
const UNSEEN = '[aria-hidden="true"], .visually-hidden, [hidden], [data-not-text], script, style';

/** The element's text nodes that a reader sees, each with where it starts in their joined text. */
export function readableNodes(element: Element): { node: Text; start: number }[] {
	const nodes: { node: Text; start: number }[] = [];
	const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
	let start = 0;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		// hidden inside the element (not an ancestor of it, which the caller chose)
		const hidden = node.parentElement?.closest(UNSEEN);
		if (hidden && element.contains(hidden)) continue;
		nodes.push({ node: node as Text, start });
		start += node.textContent?.length ?? 0;
	}
	return nodes;
}

export function readableText(element: Element): string {
	return readableNodes(element)
		.map(({ node }) => node.textContent ?? '')
		.join('');
}

/** The article's sentences under `scope`, in reading order. */
export function articlePassages(scope: Element): PagePassage[] {
	return Array.from(scope.querySelectorAll<HTMLElement>('[data-sentence]'), (span) => {
		const id = span.dataset.sentence!;
		return {
			id,
			text: readableText(span),
			offset: 0,
			element: () => scope.querySelector(`[data-sentence="${CSS.escape(id)}"]`)
		};
	}).filter((passage) => passage.text.trim() !== '');
}

/** The index of the first passage in ¶`paragraph` or after it (0 when there is none). */
export function firstInParagraph(passages: readonly PagePassage[], paragraph: number): number {
	const index = passages.findIndex((passage) => {
		const number = passage.element()?.closest<HTMLElement>('[data-paragraph]')?.dataset.paragraph;
		return Number(number) >= paragraph;
	});
	return Math.max(0, index);
}

/** A glossary definition's popover: its term and definition, sentence by sentence. */
export function definitionPassages(popover: Element): PagePassage[] {
	const element = popover.querySelector('[data-definition-text]');
	if (!element) return [];
	const text = readableText(element);
	return splitSentences(text)
		.map((range, i) => ({
			id: `definition.${i}`,
			text: text.slice(range.start, range.end),
			offset: range.start,
			element: () => (element.isConnected ? element : null)
		}))
		.filter((passage) => passage.text.trim() !== '');
}

/** A question card's prompts (Part A, Part B), sentence by sentence, and its choices' labels. */
export function questionPassages(card: Element): PagePassage[] {
	const parts = Array.from(card.querySelectorAll('fieldset :is(legend, label)')).filter(
		(element) => !element.closest(UNSEEN)
	);
	return parts.flatMap((element, part) => {
		const text = readableText(element);
		const ranges = element.tagName === 'LEGEND' ? splitSentences(text) : [];
		const pieces = ranges.length > 0 ? ranges : [{ start: 0, end: text.length }];
		return pieces
			.map((range, i) => ({
				id: `${part}.${i}`,
				text: text.slice(range.start, range.end),
				offset: range.start,
				element: () => (element.isConnected ? element : null)
			}))
			.filter((passage) => passage.text.trim() !== '');
	});
}
