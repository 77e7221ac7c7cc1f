/**
 * The results as a report: one row per question (its prompt, the answer given, the verdict, the
 * points and, when the review allows, the right answer and explanation), the summary grid's marks,
 * and the plain-text summary that "Copy results" puts on the clipboard; the printed report draws
 * the same rows. Built from the attempt's data; the words come from words.ts and answer-words.ts.
 */
import { answerText } from '$lib/quiz/grading';
import type { QuestionScore, QuizScore } from '$lib/quiz/scoring';
import type { Answer, QuestionKey, QuestionView } from '$lib/quiz/types';
import { plainText } from '$lib/text/rich';
import type { TestStanding } from '$lib/state/submissions';
import {
	recordedScoreLabel,
	submissionKind,
	submissionText,
	thisRetakeText
} from './results-words';
import {
	formatPercent,
	pointsText,
	PRACTICE_RETAKE,
	scoreText,
	submissionScoreText
} from './words';
import { answerContext, answerLabels, answerReview, reviewLines } from './answer-words';
import type { AnswerReview, ArticleSentence } from './answer-words';

/** A question's result at a glance: right, partly right, not right, or not answered. */
export type Mark = 'right' | 'partly' | 'wrong' | 'unanswered';

export const markIcons: Record<Mark, string> = {
	right: '✓',
	partly: '◐',
	wrong: '✗',
	unanswered: '–'
};

export const markWords: Record<Mark, string> = {
	right: 'right',
	partly: 'partly right',
	wrong: 'not right',
	unanswered: 'not answered'
};

export function markOf(score: QuestionScore | undefined, answered: boolean): Mark {
	if (!answered) return 'unanswered';
	switch (score?.verdict) {
		case 'correct':
			return 'right';
		case 'partial':
			return 'partly';
		default:
			return 'wrong';
	}
}

export interface ReportRow {
	id: string;
	number: number;
	prompt: string;
	/** the student's answer in words (answer-words.ts); '' when not answered */
	answer: string;
	mark: Mark;
	points: string;
	/** the right answer, the explanation and its quotes, when the review may show them */
	review: AnswerReview | null;
}

/** What the report is made from: the attempt as submitted and scored. */
export interface ReportSource {
	/** in the order they were shown */
	questions: readonly QuestionView[];
	answers: Record<string, Answer>;
	score: QuizScore;
	isAnswered(id: string): boolean;
	/** each question's options as the attempt showed them (their letters) */
	options: Record<string, readonly string[]>;
	/** the article's sentences by id, to quote a sentence answer */
	sentences: ReadonlyMap<string, ArticleSentence>;
	/** a question's key when the review may show the right answer (practice, or `review` allows), else null */
	key(id: string): QuestionKey | null;
}

/** The report's source from an attempt (`Attempt`'s members): what it showed, answered and may reveal. */
export function attemptReport(
	attempt: Pick<ReportSource, 'questions' | 'answers' | 'isAnswered' | 'key'> & {
		arrangement: { options: ReportSource['options'] };
	},
	score: QuizScore,
	sentences: ReportSource['sentences']
): ReportSource {
	return {
		questions: attempt.questions,
		answers: attempt.answers,
		score,
		isAnswered: (id) => attempt.isAnswered(id),
		options: attempt.arrangement.options,
		sentences,
		key: (id) => attempt.key(id)
	};
}

/** The report's rows, in the order the questions were shown. */
export function reportRows(source: ReportSource): ReportRow[] {
	const { score } = source;
	return source.questions.map((view, index) => {
		const questionScore = score.byQuestion[view.id];
		const answered = source.isAnswered(view.id);
		const context = answerContext(source.options[view.id] ?? [], source.sentences);
		const key = source.key(view.id);
		return {
			id: view.id,
			number: index + 1,
			prompt: plainText(view.prompt),
			answer: answered ? answerText(view, source.answers[view.id], context) : '',
			mark: markOf(questionScore, answered),
			points: questionScore
				? pointsText({
						earned: score.shown.byQuestion[view.id] ?? 0,
						possible: questionScore.possible
					})
				: '',
			review: key ? answerReview(view, key, context) : null
		};
	});
}

/** "Passed" / "Not yet", with the pass mark. */
export function passText(passed: boolean, passMark: number): string {
	return `${passed ? 'Passed' : 'Not yet'} (pass mark ${formatPercent(passMark)})`;
}

/** When the results were submitted, in the reader's own way of writing dates. */
export function submittedText(at: number, locale?: string): string {
	const when = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
	return `Submitted ${when.format(at)}`;
}

export interface ReportHead {
	quiz: string;
	article: string;
	name: string;
	submittedAt: number | null;
	passMark?: number;
	/** a test: its submissions, and the score of record that the summary gives */
	test?: TestStanding | null;
}

/** A test's lines: a practice retake said to be one, then every submission with its score and time. */
function submissionLines(test: TestStanding, score: QuizScore, locale?: string): string[] {
	return [
		...(test.current?.recorded === false ? [`${PRACTICE_RETAKE}. ${thisRetakeText(score)}`] : []),
		'Attempts:',
		...test.submissions.map(
			(submission, i) =>
				`   ${submissionText(submission, i + 1, locale)} — ${submissionKind(submission, test)}`
		)
	];
}

/**
 * The plain-text summary for the clipboard: who, what, when, the score (a test's score of record,
 * and its submissions), then one line per question of this submission.
 */
export function resultsText(
	head: ReportHead,
	score: QuizScore,
	rows: readonly ReportRow[],
	locale?: string
): string {
	const { test } = head;
	const shown = test?.ofRecord ?? score;
	const lines = [
		`${head.quiz} — ${head.article}`,
		...(head.name.trim() ? [`Name: ${head.name.trim()}`] : []),
		...(head.submittedAt !== null ? [submittedText(head.submittedAt, locale)] : []),
		test?.ofRecord
			? `${recordedScoreLabel(test.rules)}: ${submissionScoreText(test.ofRecord)}`
			: `Score: ${scoreText(score)}`,
		...(shown.passed !== null && head.passMark !== undefined
			? [passText(shown.passed, head.passMark)]
			: []),
		...(test ? submissionLines(test, score, locale) : []),
		''
	];
	for (const row of rows) {
		lines.push(`${row.number}. ${row.prompt}`);
		lines.push(
			`   ${markIcons[row.mark]} ${capitalised(markWords[row.mark])} · ${row.points}${row.answer ? ` · ${answerLabels.answer}: ${row.answer}` : ''}`
		);
		if (row.review) lines.push(...reviewLines(row.review).map((line) => `   ${line}`));
	}
	return lines.join('\n');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
