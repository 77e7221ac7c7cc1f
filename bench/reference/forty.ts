/**
 * A long quiz on the shipped article: 40 questions of all nine types in turn (the generated
 * libraries' questions, bench/lib/generate.ts), each quoting a whole sentence of the article. What a
 * quiz page costs to start when it has many cards of every type.
 */
import { readFileSync } from 'node:fs';
import { generateQuiz, SHIPPED_ARTICLE } from '../lib/generate.ts';
import { parseBlocks } from '../../src/lib/text/paragraph.ts';

export const FORTY = 'bench-forty';

/** The quiz file: 40 questions citing the article's sentences in turn. */
export function fortyQuestionQuiz(root: string): string {
	const body = readFileSync(`${root}/${SHIPPED_ARTICLE}`, 'utf8').split(/^---$/m)[2] ?? '';
	const sentences = parseBlocks(body).flatMap((block) =>
		block.kind === 'paragraph'
			? block.sentences.map(({ start, end }) => block.text.slice(start, end))
			: []
	);
	return generateQuiz('Forty questions', sentences, 0, 40);
}
