/**
 * RichText (components/RichText.svelte): a teacher's inline Markdown as a student sees it. A plain
 * text is its words; a text with marks or links shows them in place; a new text shows its words, and
 * its marks when the first text had marks (the form is chosen once, see the component).
 */
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RichText from '$lib/components/RichText.svelte';
import type { Rich } from '$lib/text/inline';

const plain: Rich = [{ text: 'Closer ties ' }, { text: 'with China' }];
const rich: Rich = [
	{ text: 'Closer ' },
	{ text: 'ties', strong: true },
	{ text: ' with ' },
	{ text: 'China', em: true, href: 'https://example.org/china' }
];

const texts = (element: Element) =>
	[...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent);

describe('RichText', () => {
	it('writes a plain text as one run of words, with no elements', () => {
		const { container } = render(RichText, { props: { text: plain } });
		expect(container.textContent).toBe('Closer ties with China');
		expect(container.querySelectorAll('*')).toHaveLength(0);
		expect(texts(container)).toHaveLength(1);
	});

	it('shows marks and links in place', () => {
		const { container } = render(RichText, { props: { text: rich } });
		expect(container.textContent).toBe('Closer ties with China');
		expect(container.querySelector('strong')?.textContent).toBe('ties');
		const link = container.querySelector('a');
		expect(link?.getAttribute('href')).toBe('https://example.org/china');
		expect(link?.querySelector('em')?.textContent).toBe('China');
	});

	it('follows a new text: new words, and new marks where it had marks', async () => {
		const words = render(RichText, { props: { text: plain } });
		await words.rerender({ text: [{ text: 'Only words' }] });
		expect(words.container.textContent).toBe('Only words');
		expect(texts(words.container)).toHaveLength(1);

		const marked = render(RichText, { props: { text: rich } });
		await marked.rerender({ text: [{ text: 'Now ' }, { text: 'this', em: true }] });
		expect(marked.container.textContent).toBe('Now this');
		expect(marked.container.querySelector('em')?.textContent).toBe('this');
		expect(marked.container.querySelector('strong')).toBeNull();
		await marked.rerender({ text: [{ text: 'Only words' }] });
		expect(marked.container.textContent).toBe('Only words');
		expect(marked.container.querySelectorAll('*')).toHaveLength(0);
	});

	it('keeps the form it was made with: a plain text that gains marks shows its words, unmarked', async () => {
		// the price of drawing plain texts with no block (see the component); callers never do this
		const { container, rerender } = render(RichText, { props: { text: plain } });
		await rerender({ text: rich });
		expect(container.textContent).toBe('Closer ties with China');
		expect(container.querySelectorAll('*')).toHaveLength(0);
	});
});
