// @vitest-environment node
/**
 * The static article the build writes into a page (server/prerender/static-article.ts): the whole
 * article in a plain slot, and in a guided page's part slots each part's blocks alone, the headline
 * with the first and the credit with the last, the page between them untouched.
 */
import { describe, expect, it } from 'vitest';
import { fillArticleSlot } from '$lib/server/prerender/static-article';
import { article } from './ui-fixtures';

const slot = (part: string) =>
	`<div class="article-slot" data-article-slot="2:${article.slug}${part}"></div>`;
const find = (slug: string) => (slug === article.slug ? article : undefined);

describe('the static article', () => {
	it('fills a plain slot with the whole article', () => {
		const html = fillArticleSlot(`<main>${slot('')}</main>`, find);
		expect(html).toContain('<article class="article');
		expect(html).toContain('<h2 class="headline');
		expect(html).toMatch(/data-paragraph="1"[^]*data-paragraph="2"[^]*Used with permission\./);
	});

	it("fills each part's slot with its blocks, the page between them untouched", () => {
		// ¶1 with the headline, then the section heading, ¶2 and the credit (to the end)
		const page = `<main>${slot(':0-1')}<ol>questions on ¶1</ol>${slot(':1-')}</main>`;
		const [first, second, ...rest] = fillArticleSlot(page, find).split('<ol>questions on ¶1</ol>');
		expect(rest).toEqual([]);
		expect(first).toContain('Pyongyang looks to Beijing');
		expect(first).toContain('data-paragraph="1"');
		expect(first).not.toMatch(/data-paragraph="2"|Sanctions|Used with permission|<article/);
		expect(second).toMatch(/Sanctions[^]*data-paragraph="2"[^]*Used with permission\./);
		expect(second).not.toMatch(/Pyongyang looks to Beijing|data-paragraph="1"|<article/);
	});

	it('gives a part that ends with the last block no credit: the last part has it', () => {
		const html = fillArticleSlot(`${slot(':1-3')}<ol>questions on ¶2</ol>${slot(':3-')}`, find);
		const [before, after] = html.split('<ol>questions on ¶2</ol>');
		expect(before).toContain('data-paragraph="2"');
		expect(before).not.toContain('Used with permission.');
		expect(after).toContain('Used with permission.');
		expect(after).not.toContain('data-paragraph');
	});

	it('leaves a slot of an unknown article empty', () => {
		const page = `<main>${slot(':0-1')}</main>`;
		expect(fillArticleSlot(page, () => undefined)).toBe(page);
	});
});
