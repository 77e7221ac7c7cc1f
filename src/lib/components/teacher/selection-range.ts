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

function paragraphOf(node: Node, within: Element): HTMLElement | null {
	const element = node instanceof Element ? node : node.parentElement;
	const paragraph = element?.closest<HTMLElement>('[data-paragraph]') ?? null;
	return paragraph && within.contains(paragraph) ? paragraph : null;
}

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

export function selectedRange(selection: Selection | null, article: Element): SelectedRange {
	if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { kind: 'none' };
	const range = selection.getRangeAt(0);
	const first = paragraphOf(range.startContainer, article);
	const last = paragraphOf(range.endContainer, article);
	if (!first || !last) return { kind: 'none' };
	const from = Number(first.dataset.paragraph);
	const to = Number(last.dataset.paragraph);
	if (first !== last) return { kind: 'across', from, to };
	// the template's white space between the ¶ number and the text is not the article's
	const rendered = renderedText(first);
	const lead = rendered.length - rendered.trimStart().length;
	const length = rendered.trim().length;
	const at = (container: Node, offset: number) =>
		Math.max(0, Math.min(length, textOffset(first, container, offset) - lead));
	return {
		kind: 'range',
		paragraph: from,
		start: at(range.startContainer, range.startOffset),
		end: at(range.endContainer, range.endOffset)
	};
}
