/**
 * sentence-picking.ts: the article's sentences as the picker lists them, and the words the picker
 * and the article's selection bar use.
 */
import { describe, expect, it } from 'vitest';
import { countText, inArticleOrder, overText, sentenceIndex } from './sentence-picking';
import { article } from '../../../../tests/unit/text-question-fixtures';

const CRITICISM =
	'In contrast to Trump, Biden swiftly criticized North Korea for violating U.N. Security Council resolutions.';

describe('sentence picking', () => {
	it('indexes the article’s sentences with their ¶ and text, and sorts picks into article order', () => {
		const index = sentenceIndex(article);
		expect(index.get('2.1')).toEqual({ id: '2.1', paragraph: 2, text: CRITICISM });
		expect(inArticleOrder(['2.2', '1.1', '2.2', '9.9'], index)).toEqual(['1.1', '2.2', '9.9']);
	});

	it('words the count and an over-selection', () => {
		expect(countText(2, 1)).toBe('Select 2 sentences · 1 selected');
		expect(overText(2, 2)).toBeNull();
		expect(overText(1, 3)).toBe('You have selected 3; the question asks for 1.');
	});
});
