/**
 * What handing in and the class view say: a refused file's reason, a student's flags, a skipped
 * file. class/ reports outcomes as data; this is where they become words.
 */
import type { SkippedFile, StudentMark } from '$lib/class/class-results';
import type { ScoreEdit } from '$lib/class/counting-answers';
import type { Refusal } from '$lib/class/handed-in';
import { roundTenth } from '$lib/quiz/points';
import { plural } from '$lib/text/words';

/** After the file is saved: what to do with it. */
export function handedInText(file: string): string {
	return `Saved “${file}”. Hand this file in where your teacher asked: Google Classroom, Teams, email, …`;
}

export const NO_NAME = 'Write your name, so that your teacher knows whose results these are.';

/** Why a file could not be read. */
export function refusalText(refusal: Refusal): string {
	switch (refusal.type) {
		case 'not-json':
			return 'not a results file (it is not JSON)';
		case 'not-results':
			return 'not a Close Reader results file';
		case 'newer-format':
			return `made by a newer Close Reader (format ${refusal.format}): update this site`;
		case 'malformed':
			return `damaged (its “${refusal.field}” is missing or wrong)`;
	}
}

/** A file that gives no row, and why. */
export function skippedText(skipped: SkippedFile): string {
	switch (skipped.type) {
		case 'unreadable':
			return `${skipped.file}: skipped, ${refusalText(skipped.refusal)}.`;
		case 'other-quiz':
			return `${skipped.file}: skipped, it is for another quiz (“${skipped.title}”, ${skipped.article}/${skipped.quiz}).`;
	}
}

const points = (value: number): string => String(roundTenth(value));

/** One stored score its answers do not earn: which attempt, what it says, what they earn. */
function editText(edit: ScoreEdit): string {
	const says = plural(roundTenth(edit.claimed), 'point');
	const earn = `its answers earn ${points(edit.rescored)}`;
	if (edit.attempt === null) return `The file says ${says}; ${earn} (shown).`;
	const counts = edit.counts ? ' (the one that counts, shown)' : '';
	return `Attempt ${edit.attempt}${counts}: the file says ${says}; ${earn}.`;
}

/** A flag on a student's row. */
export function markText(mark: StudentMark): string {
	switch (mark.type) {
		case 'changed-quiz':
			return mark.dropped > 0
				? `Taken on another version of this quiz: scored with the current key; ${plural(mark.dropped, 'answer')} to changed questions not counted.`
				: 'Taken on another version of this quiz: scored with the current key.';
		case 'score-differs':
			return `${mark.edits.map(editText).join(' ')} The file may have been edited.`;
		case 'not-submitted':
			return 'Handed in before submitting.';
		case 'unscored-submissions':
			return `An older results file: ${plural(mark.count, 'recorded submission')} kept no answers, so they could not be scored again and do not count here.`;
		case 'unreadable-answers':
			return `${plural(mark.count, 'answer')} could not be read and count as unanswered.`;
		case 'earlier-files':
			return `Handed in more than once: the latest is shown; also ${mark.files.join(', ')}.`;
	}
}

/** Each flag's short label, for the table's Flags column. */
export const markLabel: Record<StudentMark['type'], string> = {
	'changed-quiz': 'older quiz',
	'score-differs': 'edited',
	'not-submitted': 'not submitted',
	'unscored-submissions': 'older file',
	'unreadable-answers': 'unreadable answers',
	'earlier-files': 'handed in twice'
};
