// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clearContentCache, loadContent } from '$lib/server/content-source';
import { storeSource, writeContentStore } from '$lib/server/content-store';
import { ARTICLE, questionsFolder, quizWith, removeFolders } from './content-fixtures';

afterEach(() => {
	removeFolders();
	clearContentCache();
});

const question = (evidence: string) =>
	`  - id: q1\n    type: true-false\n    prompt: P\n    explanation: E\n    evidence: ${evidence}\n    answer: true\n`;

function library() {
	return questionsFolder({
		'first/article.md': ARTICLE,
		'first/one.yaml': quizWith(question('"In 1949"')),
		'first/two.yaml': quizWith(question('"blood brothers"')),
		'second/article.md': ARTICLE,
		'second/three.yaml': quizWith(question('"deepening ties with China"'))
	});
}

describe('the content store a build writes for its routes', () => {
	it('holds one file per article, and the routes read from it what they would build in memory', () => {
		const dir = library();
		const inMemory = loadContent(dir);
		const store = join(questionsFolder({}), 'store');
		const result = writeContentStore(dir, store);
		expect(result.counts).toEqual({ articles: 2, quizzes: 3, questions: 3 });
		expect(readdirSync(store).sort()).toEqual([
			'first.json',
			'index.json',
			'problems.json',
			'second.json'
		]);
		const stored = storeSource(store);

		expect(stored.articles()).toEqual(inMemory.articles.map((entry) => entry.summary));
		expect(
			stored.articles().flatMap((summary) => summary.quizzes.map((quiz) => quiz.slug))
		).toEqual(['one', 'two', 'three']);
		const second = inMemory.articles[1]!;
		expect(stored.article('second')).toEqual(second);
		expect(stored.quiz('first', 'two')).toEqual(inMemory.articles[0]!.quizzes[1]);
		expect(stored.quiz('second', 'three')).toEqual(second.quizzes[0]);
		expect(stored.quiz('second', 'one')).toBeUndefined();
		expect(stored.article('third')).toBeUndefined();
	});

	it('keeps the warnings of a build that checked clean, for the teacher view', () => {
		const dir = questionsFolder({
			'first/article.md': ARTICLE,
			// ¶2 exists but the question cites ¶3 only: a warning, which does not stop the build
			'first/one.yaml': quizWith(
				question('"In 1949"').replace('explanation: E', 'explanation: See ¶2.')
			)
		});
		const inMemory = loadContent(dir);
		const store = join(questionsFolder({}), 'store');
		writeContentStore(dir, store);
		expect(inMemory.problems.flatMap((file) => file.diagnostics)).not.toEqual([]);
		expect(storeSource(store).problems()).toEqual(inMemory.problems);
	});

	it('is not used when a file has an error: the build stops with the report instead', () => {
		const dir = questionsFolder({
			'first/article.md': ARTICLE,
			'first/one.yaml': quizWith(question('"not in the article at all"'))
		});
		const store = join(questionsFolder({}), 'store');
		const result = writeContentStore(dir, store);
		expect(result.diagnostics.map((d) => d.severity)).toEqual(['error']);
		// no list of articles: the routes could not read a half-written store
		expect(existsSync(join(store, 'index.json'))).toBe(false);
	});
});
