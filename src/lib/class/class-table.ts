/**
 * The class table's rows, sorted by any column, and the same table as CSV for a gradebook: one row
 * per student (name, points, max, percent, passed, attempts, submitted at, then each question's
 * points), written by papaparse, with anything a spreadsheet would run as a formula escaped. Pure.
 */
import Papa from 'papaparse';
import type { QuizData } from '../quiz/types.ts';
import type { StudentResult } from './class-results.ts';

/** A column the table sorts by. */
export type SortColumn =
	| { type: 'name' }
	| { type: 'points' }
	| { type: 'percent' }
	| { type: 'passed' }
	| { type: 'attempts' }
	| { type: 'submitted' }
	| { type: 'question'; id: string };

export type SortOrder = 'ascending' | 'descending';

/** What a row is sorted on for `column`: a number, or the name. */
function sortValue(student: StudentResult, column: SortColumn): number | string {
	switch (column.type) {
		case 'name':
			return student.student.toLocaleLowerCase();
		case 'points':
			return student.score.shown.earned;
		case 'percent':
			return student.score.percent;
		case 'passed':
			return student.score.passed === null ? -1 : student.score.passed ? 1 : 0;
		case 'attempts':
			return student.attempts;
		case 'submitted':
			return student.submittedAt ?? 0;
		case 'question':
			// a question not in the student's draw sorts before every score
			return student.cells[column.id]?.points ?? -1;
	}
}

/** The rows sorted by `column` in `order`; equal rows keep their order (by name). */
export function sortStudents(
	students: readonly StudentResult[],
	column: SortColumn,
	order: SortOrder
): StudentResult[] {
	const sign = order === 'ascending' ? 1 : -1;
	return [...students].sort((a, b) => {
		const [x, y] = [sortValue(a, column), sortValue(b, column)];
		if (typeof x === 'string' && typeof y === 'string') return sign * x.localeCompare(y);
		return sign * (Number(x) - Number(y));
	});
}

/** The CSV's columns before the questions'. */
export const CSV_COLUMNS = [
	'Name',
	'Points',
	'Max',
	'Percent',
	'Passed',
	'Attempts',
	'Submitted at'
] as const;

/** A question's column: its number in the quiz (Q1, Q2, …). */
export const questionColumn = (number: number): string => `Q${number}`;

/**
 * The class as CSV: a header row, then one row per student in the order given. Passed is "yes",
 * "no" or empty (no pass mark); a question not in a student's draw is empty; times are ISO 8601.
 */
export function classCsv(
	students: readonly StudentResult[],
	bank: Pick<QuizData, 'questions'>
): string {
	const fields = [...CSV_COLUMNS, ...bank.questions.map((_, i) => questionColumn(i + 1))];
	const data = students.map((student) => {
		const { score } = student;
		return [
			student.student,
			score.shown.earned,
			score.possible,
			score.percent,
			score.passed === null ? '' : score.passed ? 'yes' : 'no',
			student.attempts,
			student.submittedAt === null ? '' : new Date(student.submittedAt).toISOString(),
			...bank.questions.map((view) => student.cells[view.id]?.points ?? '')
		];
	});
	// a name such as "=HYPERLINK(…)" must not run in the teacher's spreadsheet
	return Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' });
}
