// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE, questionsFolder, quizWith, removeFolders } from './content-fixtures';

afterEach(removeFolders);

function run(dir: string) {
	const result = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/check-questions.ts', dir],
		{
			encoding: 'utf8'
		}
	);
	return { code: result.status, out: result.stdout, err: result.stderr };
}

const question = (evidence: string) =>
	`  - id: q1\n    type: true-false\n    prompt: P\n    explanation: E\n    evidence: ${evidence}\n    answer: true\n`;

describe('npm run check:questions', () => {
	it('exits 0 with a one-line summary when every file is right', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/q.yaml': quizWith(question('"In 1949"'))
		});
		expect(run(dir)).toEqual({
			code: 0,
			out: '1 article, 1 quiz, 1 question, 0 errors\n',
			err: ''
		});
	});

	it('exits 1 listing every problem as path:line:col, then the summary, with no stack trace', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/q.yaml': quizWith(question('"In 1950"')) + '  - id: q2\n    type: multi\n'
		});
		const { code, out, err } = run(dir);
		expect(code).toBe(1);
		expect(out).toBe('');
		expect(err).toBe(
			[
				`${dir}/a/q.yaml:7:15 evidence: quote not found in the article: "In 1950". Closest passage, ¶3: "In 1949"`,
				`${dir}/a/q.yaml:10:11 unknown type 'multi' — did you mean 'multiple'?`,
				'1 article, 1 quiz, 2 questions, 2 errors',
				''
			].join('\n')
		);
	});
});
