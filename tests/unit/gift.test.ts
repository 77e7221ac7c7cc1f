// @vitest-environment node
/**
 * Moodle GIFT out and in: escaping by GIFT's rules, what each type exports (or why it is skipped),
 * every example of Moodle's GIFT documentation imported (tests/unit/fixtures/gift/moodle-docs.gift),
 * syntax errors with their line, placeholders that the check names, and the round trip of our own
 * quizzes: export then import keeps every question GIFT can hold, with the same answers and points.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'gift-pegjs';
import { parse as parseYamlText } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { checkQuizData, type CheckedQuiz } from '$lib/checker/build-quiz';
import { checkContent } from '$lib/server/content';
import { indexArticle } from '$lib/checker/evidence';
import { exportGift, type GiftQuiz } from '$lib/checker/gift/export';
import { giftQuizzes } from '$lib/server/gift-quizzes';
import { importGift } from '$lib/checker/gift/import';
import { giftAnswer, giftEscape } from '$lib/checker/gift/text';
import { parseYaml } from '$lib/checker/yaml-source';
import {
	FIXTURE_ARTICLE,
	FIXTURE_CONTENT,
	FIXTURE_LONG_QUIZ,
	FIXTURE_SHORT_QUIZ,
	FIXTURE_TITLE
} from '../fixtures/content';
import { ARTICLE, questionsFolder, removeFolders } from './content-fixtures';

afterEach(removeFolders);

const FIXTURE = readFileSync('tests/unit/fixtures/gift/moodle-docs.gift', 'utf8');

function imported(text: string) {
	const result = importGift(text, { file: 'test.gift' });
	if (!result.ok) throw new Error(result.error);
	return {
		...result,
		questions: (parseYamlText(result.yaml) as { questions: Record<string, unknown>[] }).questions
	};
}

describe('escaping', () => {
	it('escapes ~ = # { } : and the backslash, and writes line breaks as \\n', () => {
		expect(giftEscape('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
		expect(giftEscape('one\ntwo')).toBe('one\\ntwo');
	});

	it('comes back unchanged through the parser, in a question, a choice and its feedback', () => {
		const nasty = 'x = {y} ~ #1: \\ done';
		const gift = `::t::${giftEscape(nasty)} {\n${giftAnswer('=', nasty, { feedback: nasty })}\n${giftAnswer('~', 'no')}\n}`;
		const [question] = parse(gift);
		expect(question).toMatchObject({
			type: 'MC',
			stem: { text: nasty },
			choices: [{ text: { text: nasty }, feedback: { text: nasty } }, { text: { text: 'no' } }]
		});
	});
});

describe('export', () => {
	const reading = () =>
		giftQuizzes(FIXTURE_CONTENT).find(
			(quiz) => quiz.article.slug === FIXTURE_ARTICLE && quiz.slug === FIXTURE_LONG_QUIZ
		) as GiftQuiz;

	it('writes $CATEGORY per article and quiz, ids, points, feedback and cited quotes', () => {
		const { text } = exportGift([reading()]);
		expect(text).toContain(`$CATEGORY: $course$/top/${FIXTURE_TITLE}/Reading check`);
		expect(text).toContain('// [id:vote-details] multiple');
		expect(text).toContain('::vote-details (2 points)::[markdown]');
		// partial credit as GIFT percentages: 3 right choices, each worth a third, each wrong one costs a third
		expect(text).toContain('~%33.33333%The ferry plan won by 1,214 votes to 806.');
		expect(text).toContain('~%-33.33333%The road plan won.#¶2 says');
		// per-choice feedback, explanation and each quote with its ¶ number as general feedback
		expect(text).toContain('~To build a road to Port Alder.#The road lost the vote');
		expect(text).toMatch(
			/####\[markdown\]¶1 states the main point\\: .*\\n\\n¶1\\: “betting that a boat rather/
		);
		// GIFT parses all of it
		expect(() => parse(text)).not.toThrow();
	});

	it('skips what GIFT cannot hold, one line each, and says what it leaves out', () => {
		const { lines, text } = exportGift([reading()]);
		expect(lines).toEqual(
			expect.arrayContaining([
				`${FIXTURE_ARTICLE}/${FIXTURE_LONG_QUIZ}#timeline (order): skipped: GIFT has no ordering questions`,
				`${FIXTURE_ARTICLE}/${FIXTURE_LONG_QUIZ}#reyes-vs-road (highlight): skipped: GIFT cannot ask the student to select sentences in the article`,
				`${FIXTURE_ARTICLE}/${FIXTURE_LONG_QUIZ}#reyes-boat (true-false): Part B (select the supporting sentence in the article) cannot be expressed in GIFT: skipped, Part A exported`
			])
		);
		expect(text).toContain('// skipped: timeline (order): GIFT has no ordering questions');
		expect(lines.filter((line) => line.includes('skipped:'))).toHaveLength(3);
	});

	it('writes true/false/not given as a single choice of three, and several blanks as one question each', () => {
		const { text } = exportGift([reading()]);
		expect(text).toMatch(/::grant-size::\[markdown\][^{]*\{\n=True\n~False\n~Not given\n/);
		const parts = [...text.matchAll(/::facts-no-bank \(blank (\d) of 3\)::/g)].map((m) => m[1]);
		expect(parts).toEqual(['1', '2', '3']);
		const questions = parse(text).filter(
			(question) => question.type !== 'Category' && question.title?.startsWith('facts-no-bank')
		);
		expect(
			questions.every(
				(question) =>
					question.type !== 'Category' &&
					question.type !== 'Description' &&
					question.hasEmbeddedAnswers
			)
		).toBe(true);
	});

	it('keeps a blank at the very end of the text a blank (a line break after the answers)', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/q.yaml': `title: Q\nquestions:\n  - id: end\n    type: fill-blanks\n    prompt: Fill it in.\n    explanation: E\n    evidence: "In 1949"\n    text: Ties were established in [[1949]]\n`
		});
		const { text } = exportGift(giftQuizzes(dir));
		expect(text).toContain('Fill it in.\\n\\nTies were established in {\n=1949\n');
		expect(text).toMatch(/\}\\n\n/);
		const [, question] = parse(text);
		expect(question).toMatchObject({ type: 'Short', hasEmbeddedAnswers: true });
	});
});

describe('import', () => {
	it('parses every example of Moodle’s documentation, keeping what a type holds', () => {
		const result = imported(FIXTURE);
		const byPrompt = (prompt: string) =>
			result.questions.filter((question) => question.prompt === prompt);
		expect(result.questions.find((q) => q.id === 'q1')).toMatchObject({
			type: 'true-false',
			prompt: '1+1=2',
			answer: true
		});
		expect(result.questions.find((q) => q.id === 'q2')).toMatchObject({
			type: 'single',
			choices: [
				{ text: 'yellow', correct: true, feedback: 'right; good!' },
				{ text: 'red', feedback: "wrong, it's yellow" },
				{ text: 'blue', feedback: "wrong, it's yellow" }
			]
		});
		expect(result.questions.find((q) => q.id === 'q3')).toMatchObject({
			type: 'fill-blanks',
			text: 'Two plus [[two|2]] equals four.'
		});
		expect(result.questions.find((q) => q.id === 'q4')).toMatchObject({
			type: 'match',
			pairs: [
				{ left: 'cat', right: 'cat food' },
				{ left: 'dog', right: 'dog food' }
			]
		});
		expect(byPrompt("Who's buried in Grant's tomb?").map((q) => q.type)).toEqual([
			'single',
			'short-answer',
			'short-answer'
		]);
		expect(
			result.questions.find((q) => q.text === "Grant is [[entombed]] in Grant's tomb.")
		).toMatchObject({
			type: 'fill-blanks',
			wordBank: ['buried', 'living']
		});
		expect(result.questions.find((q) => q.id === 'kanji-origins')).toMatchObject({
			type: 'short-answer',
			answers: ['China']
		});
		// Moodle's "multiple answers": the weighted choices are the right ones
		const entombed = byPrompt("What two people are entombed in Grant's tomb?");
		expect(entombed).toHaveLength(2);
		for (const question of entombed)
			expect(question).toMatchObject({
				type: 'multiple',
				choices: [
					{ text: 'No one' },
					{ text: 'Grant', correct: true },
					{ text: "Grant's wife", correct: true },
					{ text: "Grant's father" }
				]
			});
		// special characters come back as text
		expect(result.questions.find((q) => q.id === 'which-answer-equals-5')).toMatchObject({
			choices: [{ text: '= 2 + 2' }, { text: '= 2 + 3', correct: true }, { text: '= 2 + 4' }]
		});
		expect(result.questions.find((q) => q.id === 'gift-control-characters')).toMatchObject({
			choices: expect.arrayContaining([
				{
					text: '\\\\',
					correct: true,
					feedback: expect.stringMatching(/^Correct! \\\\ \(backslash\)/)
				}
			])
		});
		// [markdown] keeps its formatting
		expect(
			result.questions.find((q) => q.prompt === "Who's buried in **Grant's tomb**?")
		).toBeDefined();
		// a general feedback becomes the explanation
		expect(
			result.questions.find((q) => q.id === 'match-the-following-countries-with-their')
		).toMatchObject({
			explanation: "It's good to know the capitals"
		});
	});

	it('lists the forms no type holds, with their lines, and never stops on them', () => {
		const { skipped, imported: count } = imported(FIXTURE);
		expect(skipped.map((entry) => `${entry.line} ${entry.name}`)).toEqual([
			'21 Q5',
			'24 Q6',
			'28 Q7',
			'34 Q8',
			'88 When was Ulysses S. Grant born?',
			'90 What is the value of pi (to 3 decimal places)? _____ .',
			'92 What is the value of pi (to 3 decimal places)? _____ .',
			'94 When was Ulysses S. Grant born?',
			"101 What's 2 plus 2?",
			'126 How are you?',
			'198 Q11',
			'225 Numerical example'
		]);
		expect(new Set(skipped.map((entry) => entry.reason.split(' ')[0]))).toEqual(
			new Set(['numerical', 'essay', 'a'])
		);
		expect(count).toBe(34);
	});

	it('says what did not survive: partial credit, answer feedback', () => {
		const { notes } = imported(FIXTURE);
		expect(notes).toEqual(
			expect.arrayContaining([
				{
					id: 'difficult-question',
					note: "the 50% credit of 'half credit answer' was dropped: a single-choice question has one right answer"
				},
				{
					id: 'jesus-hometown-2',
					note: "the 75% answer 'Nazereth' was dropped: an answer is right or not"
				}
			])
		);
	});

	it('reports a syntax error with its line and column', () => {
		const result = importGift(
			'::a:: First {=one ~two}\n\n::b:: Second {=three ~four\n\n::c:: Third {T}\n',
			{
				file: 'broken.gift'
			}
		);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toMatch(/^broken\.gift:3:\d+ GIFT syntax error: /);
	});

	it('marks what GIFT lacks as placeholders that the check reports at their lines', () => {
		const { yaml } = imported(
			'::capital:: Where did China and North Korea fight together? {=in the Korean War}\n'
		);
		const dir = questionsFolder({ 'a/article.md': ARTICLE, 'a/imported.yaml': yaml });
		const messages = checkContent(dir, { build: false }).diagnostics.map(
			(d) => `${d.line} ${d.message}`
		);
		expect(messages).toEqual([
			expect.stringMatching(
				/^\d+ explanation: replace this placeholder: say why the answer is right/
			),
			expect.stringMatching(
				/^\d+ evidence: replace this placeholder with a quote copied from article\.md/
			)
		]);
		expect(yaml).toContain(
			'explanation: "TODO: say why the answer is right, pointing at the article\'s words"'
		);
	});
});

describe('round trip', () => {
	/** A question's answers, points and cited places, as they matter to a student. */
	function essentials(checked: CheckedQuiz) {
		return checked.questions.map(({ source, citations }) => {
			// GIFT has no hints and no Part B; the quotes are compared as the places they cite
			const rest: Record<string, unknown> = { ...source };
			delete rest.hint;
			delete rest.requireEvidence;
			delete rest.evidence;
			// a word bank is a set: the page shows it sorted or shuffled
			const bank = Array.isArray(rest.wordBank) ? { wordBank: [...rest.wordBank].sort() } : {};
			return { ...rest, ...bank, citations: citations.map((c) => [c.paragraph, c.start, c.end]) };
		});
	}

	function checkedFrom(yaml: string, article: string) {
		const dir = questionsFolder({ 'a/article.md': article, 'a/q.yaml': yaml });
		const entry = checkContent(dir).content?.articles[0];
		if (!entry)
			throw new Error(
				checkContent(dir)
					.diagnostics.map((d) => d.message)
					.join('\n')
			);
		const parsed = parseYaml(yaml, 'q.yaml');
		return checkQuizData(parsed.data, parsed.source, indexArticle(entry.article)).checked!;
	}

	it.each([FIXTURE_LONG_QUIZ, FIXTURE_SHORT_QUIZ, 'selection-test'])(
		'%s: every question GIFT can hold comes back with the same answers, points and quotes',
		(slug) => {
			const dir = FIXTURE_CONTENT;
			const quiz = giftQuizzes(dir).find(
				(candidate) => candidate.article.slug === FIXTURE_ARTICLE && candidate.slug === slug
			)!;
			const article = readFileSync(join(dir, quiz.article.slug, 'article.md'), 'utf8');
			const { text } = exportGift([quiz]);
			const back = importGift(text, { file: `${slug}.gift` });
			if (!back.ok) throw new Error(back.error);
			expect(back.placeholders).toBe(0);
			const returned = checkedFrom(back.yaml, article);
			const holdable = quiz.checked.questions.filter(
				({ source }) => source.type !== 'order' && source.type !== 'highlight'
			);
			const original = essentials({ ...quiz.checked, questions: holdable }).map((question) =>
				// GIFT has no all-or-nothing scoring: it comes back with partial credit
				'scoring' in question ? { ...question, scoring: 'partial' } : question
			);
			expect(essentials(returned)).toEqual(original);
		}
	);
});
