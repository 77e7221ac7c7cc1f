import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import { article } from './ui-fixtures';
import Article from '$lib/components/Article.svelte';
import ArticleBody from '$lib/components/ArticleBody.svelte';
import { parseBlocks } from '$lib/text/paragraph';

describe('Article', () => {
	it('shows the headline, the source line and the credit', () => {
		render(Article, { props: { article } });
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
			'Pyongyang looks to Beijing'
		);
		const source = document.querySelector('.source')!;
		expect(source).toHaveTextContent(
			'Kyodo News · By A. Writer · 27 March 2021 · Original article'
		);
		expect(screen.getByRole('link', { name: 'Original article' })).toHaveAttribute(
			'href',
			'https://example.org/original'
		);
		expect(screen.getByRole('link', { name: 'Original article' })).toHaveAttribute(
			'rel',
			'external noopener noreferrer'
		);
		expect(screen.getByText('Used with permission.')).toBeInTheDocument();
	});

	it('makes web and mailto: links, with rel="noopener noreferrer", and shows other links as text', () => {
		const linked = {
			...article,
			blocks: parseBlocks(
				'See [the report](https://example.org/report), [write](mailto:desk@example.org) or ' +
					'[click me](javascript:alert(1)) and [this](data:text/html,hi). AT&amp;T &lt;3 &eacute;t&eacute;.'
			)
		};
		render(Article, { props: { article: linked } });
		const links = screen.getAllByRole('link').filter((link) => !link.closest('.source'));
		expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
			['the report', 'https://example.org/report'],
			['write', 'mailto:desk@example.org']
		]);
		for (const link of links) expect(link).toHaveAttribute('rel', 'external noopener noreferrer');
		const paragraph = document.querySelector('[data-paragraph]')!;
		expect(paragraph).toHaveTextContent('See the report, write or click me and this. AT&T <3 été.');
		expect(paragraph.textContent).not.toContain('javascript');
	});

	it('numbers the paragraphs, not the headings, and wraps each sentence', () => {
		render(Article, { props: { article } });
		const paragraphs = [...document.querySelectorAll('[data-paragraph]')];
		expect(paragraphs.map((p) => p.querySelector('.number')?.textContent)).toEqual(['¶1', '¶2']);
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Sanctions');
		const sentences = [...paragraphs[0]!.querySelectorAll('[data-sentence]')];
		expect(sentences.map((s) => [s.getAttribute('data-sentence'), s.textContent])).toEqual([
			['1.1', 'Kim wants to rebuild the economy.'],
			['1.2', 'He will deepen ties with China instead.']
		]);
		expect(sentences[1]!.querySelector('strong')).toHaveTextContent('ties with China');
		expect(paragraphs[1]!.querySelector('em')).toHaveTextContent('crude oil');
		expect(document.querySelector('mark')).toBeNull();
	});

	it('shows markup written in the article as text, never as HTML', () => {
		const risky = {
			...article,
			blocks: [
				{
					kind: 'paragraph' as const,
					n: 1,
					text: 'A <img src=x onerror=alert(1)> tag.',
					inlines: [{ text: 'A <img src=x onerror=alert(1)> tag.' }],
					sentences: [{ id: '1.1', start: 0, end: 35 }]
				}
			]
		};
		render(Article, { props: { article: risky } });
		expect(document.querySelector('img')).toBeNull();
		expect(document.querySelector('[data-sentence="1.1"]')).toHaveTextContent(
			'A <img src=x onerror=alert(1)> tag.'
		);
	});

	it('marks several passages at once, shades paragraphs and adds a note to each (coverage map)', () => {
		const note = createRawSnippet((n: () => number) => ({
			render: () => `<span>Cited by ${n() === 1 ? 2 : 0} questions</span>`
		}));
		render(Article, {
			props: {
				article,
				highlights: [
					{ paragraph: 1, start: 0, end: 3 },
					{ paragraph: 2, start: 0, end: 3 }
				],
				shade: (n: number) => (n === 1 ? 2 : 0),
				note
			}
		});
		const paragraphs = [...document.querySelectorAll('[data-paragraph]')];
		expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
			'Kim',
			'The'
		]);
		expect(paragraphs.map((p) => p.getAttribute('data-shade'))).toEqual(['2', '0']);
		expect(paragraphs.map((p) => p.querySelector('.note')?.textContent)).toEqual([
			'Cited by 2 questions',
			'Cited by 0 questions'
		]);
	});

	it('without those props, no shading and no note', () => {
		render(Article, { props: { article } });
		expect(document.querySelector('[data-shade]')).toBeNull();
		expect(document.querySelector('.note')).toBeNull();
	});

	it('makes each paragraph a toolbar of its sentences when something follows paragraphs', () => {
		// guided reading: question cards after paragraphs must sit in no toolbar of sentences
		const sentence = createRawSnippet((id: () => string) => ({
			render: () => `<span role="checkbox" aria-checked="false" data-sentence="${id()}">s</span>`
		}));
		const after = createRawSnippet((n: () => number) => ({
			render: () =>
				`<ol aria-label="Questions on paragraph ${n()}"><li><button>Check</button></li></ol>`
		}));
		const controls = { label: 'Sentences of the article' };
		render(Article, { props: { article, sentence, controls, after } });
		const toolbars = screen.getAllByRole('toolbar');
		expect(toolbars.map((toolbar) => toolbar.getAttribute('aria-label'))).toEqual([
			'Sentences of the article: paragraph 1',
			'Sentences of the article: paragraph 2'
		]);
		for (const toolbar of toolbars) {
			expect(toolbar.querySelectorAll('[role="checkbox"]').length).toBeGreaterThan(0);
			expect(toolbar.querySelector('button, ol')).toBeNull();
		}
		for (const list of screen.getAllByRole('list'))
			expect(list.closest('[role="toolbar"]')).toBeNull();
		// without `after`, the sentences are one toolbar, as before
		document.body.innerHTML = '';
		render(Article, { props: { article, sentence, controls } });
		expect(screen.getAllByRole('toolbar').map((t) => t.getAttribute('aria-label'))).toEqual([
			'Sentences of the article'
		]);
	});

	it('shows a part of the article alone, its paragraphs each a toolbar of their sentences', () => {
		// guided reading's second part: the heading and ¶2, between questions
		const sentence = createRawSnippet((id: () => string) => ({
			render: () => `<span role="checkbox" aria-checked="false" data-sentence="${id()}">s</span>`
		}));
		const controls = { label: 'Sentences of the article' };
		render(ArticleBody, { props: { article, from: 1, sentence, controls } });
		expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual([
			'Sanctions'
		]);
		expect([...document.querySelectorAll('[data-paragraph]')].map((p) => p.id)).toEqual(['p2']);
		expect(screen.getAllByRole('toolbar').map((t) => t.getAttribute('aria-label'))).toEqual([
			'Sentences of the article: paragraph 2'
		]);
		expect(screen.getByText('Used with permission.')).toBeInTheDocument();
	});

	it("draws the reader's own highlights and notes unlike a highlight, and says whose they are", () => {
		render(Article, {
			props: {
				article,
				highlights: [{ paragraph: 1, start: 0, end: 3 }],
				own: [
					{ type: 'highlighter', paragraph: 1, start: 4, end: 9, colour: 'green' },
					{ type: 'note', paragraph: 2, start: 0, end: 4, text: 'Look this up' }
				]
			}
		});
		const first = document.querySelector('[data-paragraph="1"]')!;
		// the app's evidence is a <mark>; the student's highlight is not
		expect(first.querySelector('mark')).toHaveTextContent('Kim');
		const own = first.querySelector('.own[data-colour="green"]')!;
		expect(own).toHaveTextContent('wants');
		expect(own.closest('mark')).toBeNull();
		expect(first).toHaveTextContent('Your green highlight: wants (end of your highlight)');
		const note = screen.getByRole('button', { name: 'Your note: Look this up' });
		expect(note.closest('[data-paragraph="2"]')).not.toBeNull();
		expect(note).toHaveAttribute('popovertarget', 'own-note-2-0-4');
		expect(note).toHaveAttribute('data-not-text');
	});

	it('marks a passage that appears later, and takes it away again, the words unchanged', async () => {
		const { rerender } = render(Article, { props: { article } });
		const sentence = () => document.querySelector('[data-sentence="1.1"]')!;
		expect(sentence().querySelector('mark')).toBeNull();
		// the evidence of an answered question, then a student's highlight over the same words
		await rerender({ article, highlights: [{ paragraph: 1, start: 4, end: 9 }] });
		expect(sentence().querySelector('mark')).toHaveTextContent(/^wants$/);
		expect(sentence()).toHaveTextContent(/^Kim wants to rebuild the economy\.$/);
		await rerender({
			article,
			highlights: [],
			own: [{ type: 'highlighter', paragraph: 1, start: 0, end: 3, colour: 'blue' }]
		});
		expect(sentence().querySelector('mark')).toBeNull();
		expect(sentence().querySelector('.own[data-colour="blue"]')).toHaveTextContent(/^Kim$/);
		await rerender({ article, highlights: [], own: [] });
		expect(sentence().querySelector('mark, .own')).toBeNull();
		expect(sentence().textContent).toBe('Kim wants to rebuild the economy.');
		expect(document.querySelectorAll('[data-sentence="1.1"]')).toHaveLength(1);
	});
});
