/**
 * Where the browser's text selection lies in the article, as a paragraph number and a character
 * range in that paragraph's text (the `Paragraph.text` that quotes index into). The ¶ number, the
 * screen-reader label and any note rendered inside a paragraph are not part of its text.
 */

/** Elements inside a paragraph whose text is not the article's. */
const NOT_TEXT = '.number, .visually-hidden, .note, [data-not-text]';

export type SelectedRange =
	| { kind: 'none' }
	| { kind: 'across'; from: number; to: number }
	| { kind: 'range'; paragraph: number; start: number; end: number };

/** The article's text nodes of a paragraph element, in order. */
function textNodes(paragraph: HTMLElement): Text[] {
	const nodes: Text[] = [];
	const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (!node.parentElement?.closest(NOT_TEXT)) nodes.push(node as Text);
	}
	return nodes;
}

/** The offset in the paragraph's text of a point (container, offset) of the DOM. */
function textOffset(paragraph: HTMLElement, container: Node, offset: number): number {
	const point = document.createRange();
	point.setStart(container, offset);
	let total = 0;
	for (const node of textNodes(paragraph)) {
		if (node === container) return total + offset;
		// the whole node lies before the point: count it; the first node after it ends the count
		if (point.comparePoint(node, node.length) <= 0) total += node.length;
		else break;
	}
	return total;
}

/** The paragraph's text as the page shows it (to check it against the article's). */
export function renderedText(paragraph: HTMLElement): string {
	return textNodes(paragraph)
		.map((node) => node.data)
		.join('');
}

/** A paragraph's text as a point's offset sees it: where its words start, and how long they are. */
function extent(paragraph: HTMLElement): { lead: number; length: number } {
	// the template's white space between the ¶ number and the text is not the article's
	const rendered = renderedText(paragraph);
	return { lead: rendered.length - rendered.trimStart().length, length: rendered.trim().length };
}

/** The offset of a DOM point in the words of a paragraph, from 0 to their length. */
function wordOffset(paragraph: HTMLElement, container: Node, offset: number): number {
	const { lead, length } = extent(paragraph);
	return Math.max(0, Math.min(length, textOffset(paragraph, container, offset) - lead));
}

export function selectedRange(selection: Selection | null, article: Element): SelectedRange {
	if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { kind: 'none' };
	const range = selection.getRangeAt(0);
	const touched = Array.from(article.querySelectorAll<HTMLElement>('[data-paragraph]')).filter(
		(paragraph) => range.intersectsNode(paragraph)
	);
	let first = touched[0];
	let last = touched.at(-1);
	if (!first || !last) return { kind: 'none' };
	// an end outside every paragraph (the question after one in guided reading, the title) takes
	// its paragraph from that end on
	let start = first.contains(range.startContainer)
		? wordOffset(first, range.startContainer, range.startOffset)
		: 0;
	let end = last.contains(range.endContainer)
		? wordOffset(last, range.endContainer, range.endOffset)
		: extent(last).length;
	// a drag (or a triple click) past a paragraph's end stops in the next one's ¶ number, before
	// any of its words; one started after a paragraph's last word takes none of it: neither crosses
	if (touched.length === 2) {
		if (end === 0) [last, end] = [first, extent(first).length];
		else if (start === extent(first).length) [first, start] = [last, 0];
	}
	const from = Number(first.dataset.paragraph);
	const to = Number(last.dataset.paragraph);
	if (first !== last) return { kind: 'across', from, to };
	return { kind: 'range', paragraph: from, start, end };
}
