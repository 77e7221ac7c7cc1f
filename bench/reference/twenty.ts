/**
 * The quiz both apps are measured on: 20 single- and multiple-choice questions on the shipped
 * article, made from the shipped quizzes' questions (single and multiple as they are; true/false and
 * true/false/not given as single choice; then from the start again, to make 20). Written as a Close
 * Reader quiz file and as a quizdown page with the article as its passage.
 */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { SHIPPED_ARTICLE } from '../lib/generate.ts';

interface Choice {
	text: string;
	correct?: boolean;
	feedback?: string;
}

interface ChoiceQuestion {
	id: string;
	type: 'single' | 'multiple';
	prompt: string;
	hint?: string;
	explanation: string;
	evidence: unknown;
	points?: number;
	choices: Choice[];
}

const QUIZZES = ['reading-check', 'vocabulary'];
export const TWENTY = 'bench-twenty';
/**
 * The same page with only the first of the twenty questions: what the page costs with a single card
 * (the article, the page's code and its start), against the minimal page's one question.
 */
export const ONE = 'bench-one';

interface ShippedQuestion {
	id: string;
	type: string;
	prompt: string;
	hint?: string;
	explanation: string;
	evidence: unknown;
	points?: number;
	choices?: Choice[];
	answer?: boolean | 'not-given';
}

function asChoice(question: ShippedQuestion): ChoiceQuestion | undefined {
	const common = {
		id: question.id,
		prompt: question.prompt,
		...(question.hint !== undefined && { hint: question.hint }),
		explanation: question.explanation,
		evidence: question.evidence,
		...(question.points !== undefined && { points: question.points })
	};
	switch (question.type) {
		case 'single':
		case 'multiple':
			return { ...common, type: question.type, choices: question.choices! };
		case 'true-false':
		case 'true-false-not-given': {
			const options: [string, boolean | 'not-given'][] = [
				['True', true],
				['False', false],
				...(question.type === 'true-false-not-given'
					? [['Not given', 'not-given'] as [string, 'not-given']]
					: [])
			];
			const choices = options.map(([text, value]) => ({
				text,
				...(value === question.answer && { correct: true })
			}));
			return { ...common, type: 'single', choices };
		}
		default:
			return undefined;
	}
}

export function twentyQuestions(root: string): ChoiceQuestion[] {
	const shipped = QUIZZES.flatMap(
		(quiz) =>
			(
				parse(readFileSync(`${root}/questions/north-korea-china/${quiz}.yaml`, 'utf8')) as {
					questions: ShippedQuestion[];
				}
			).questions
	);
	const choices = shipped.map(asChoice).filter((q): q is ChoiceQuestion => q !== undefined);
	return Array.from({ length: 20 }, (_, i) => {
		const question = choices[i % choices.length]!;
		return i < choices.length ? question : { ...question, id: `${question.id}-again` };
	});
}

/** The Close Reader quiz file: the twenty questions, or only the first. */
export function closeReaderQuiz(root: string, which: typeof TWENTY | typeof ONE = TWENTY): string {
	const questions = twentyQuestions(root);
	return stringify(
		which === TWENTY
			? { title: 'Twenty questions', mode: 'practice', questions }
			: { title: 'One question', mode: 'practice', questions: questions.slice(0, 1) }
	);
}

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The shipped article's title and paragraphs (Markdown). */
function article(root: string): { title: string; paragraphs: string[] } {
	const [, front, body] = readFileSync(`${root}/${SHIPPED_ARTICLE}`, 'utf8').split(/^---$/m);
	const { title } = parse(front!) as { title: string };
	return { title, paragraphs: body!.trim().split(/\n\s*\n/) };
}

/** The quizdown page: the article as a passage, then the quiz (quizdown reads the div's Markdown). */
export function quizdownPage(root: string): string {
	const { title, paragraphs } = article(root);
	const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
	const markdown = twentyQuestions(root)
		.map((question) => {
			const lines = [`### ${oneLine(question.prompt)}`, ''];
			if (question.hint) lines.push(`> ${oneLine(question.hint)}`, '');
			// quizdown: an ordered task list is single choice, an unordered one multiple choice
			const bullet = question.type === 'single' ? '1.' : '-';
			for (const choice of question.choices) {
				lines.push(`${bullet} [${choice.correct ? 'x' : ' '}] ${oneLine(choice.text)}`);
				if (choice.feedback) lines.push(`    > ${oneLine(choice.feedback)}`);
			}
			return lines.join('\n');
		})
		.join('\n\n');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · quizdown</title>
<script src="./quizdown.js"></script>
<script>quizdown.init({ shuffleAnswers: false, shuffleQuestions: false, locale: 'en' });</script>
<style>body { font-family: system-ui, sans-serif; max-width: 42rem; margin: 0 auto; padding: 1rem; line-height: 1.6 }</style>
</head>
<body>
<article>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((paragraph) => `<p>${escapeHtml(oneLine(paragraph))}</p>`).join('\n')}
</article>
<div class="quizdown">
${escapeHtml(markdown)}
</div>
</body>
</html>
`;
}
