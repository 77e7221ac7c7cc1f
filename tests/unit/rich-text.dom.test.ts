/**
 * RichText (components/RichText.svelte): a teacher's inline Markdown as a student sees it. A plain
 * text is its words; a text with marks or links shows them in place; a text that changes from one
 * to the other (a component given a new question) shows the new one.
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

	it('shows a new text when given one, plain or not', async () => {
		const { container, rerender } = render(RichText, { props: { text: plain } });
		await rerender({ text: rich });
		expect(container.querySelector('strong')?.textContent).toBe('ties');
		await rerender({ text: [{ text: 'Only words' }] });
		expect(container.textContent).toBe('Only words');
		expect(container.querySelectorAll('*')).toHaveLength(0);
	});
});
