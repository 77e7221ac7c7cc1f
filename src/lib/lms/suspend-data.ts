/**
 * The saved attempt in SCORM's cmi.suspend_data, so a student resumes on another device: compact
 * enough for SCORM 1.2's 4,096 characters with every question of a long quiz answered.
 *
 * The saved attempt (state/saved-attempt.ts) is written as JSON with short keys, each answer as
 * `[version, checked, response, evidence?, extras?]` under its question id, and without what the quiz
 * itself says (an answer's type). Fields this encoding does not know (added to the saved attempt
 * later) are carried as they are, at the top (`x`) and per question (extras), so it keeps working as
 * the saved attempt grows. When even that is too long, typed text is shortened (answers to
 * short answers and blanks are words, not essays) rather than losing the whole attempt.
 *
 * Decoding gives back the saved attempt's JSON, which `Attempt.restore` then checks like anything
 * read from storage: suspend data is as untrusted as localStorage.
 */
import { field, isObject, parseObject } from '../quiz/kit/untrusted.ts';
import type { QuizData } from '../quiz/types.ts';

const FORMAT = 1;

/** The saved attempt's own fields; anything else is carried in `x`. */
const KNOWN_TOP = new Set(['format', 'quizVersion', 'seed', 'questions', 'submitted', 'updatedAt']);
const KNOWN_QUESTION = new Set(['version', 'answer', 'checked']);

type Json = unknown;

/** Every string in a response cut to at most `max` characters. */
function shortened(value: Json, max: number): Json {
	if (typeof value === 'string') return value.length > max ? value.slice(0, max) : value;
	if (Array.isArray(value)) return value.map((item) => shortened(item, max));
	return value;
}

function extras(object: Record<string, unknown>, known: Set<string>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(object).filter(([name]) => !known.has(name)));
}

function compact(saved: Record<string, unknown>, maxText: number): string {
	const answers: Record<string, Json[]> = {};
	const questions = field(saved, 'questions');
	if (isObject(questions)) {
		for (const [id, entry] of Object.entries(questions)) {
			if (!isObject(entry)) continue;
			const answer = field(entry, 'answer');
			const own = isObject(answer) ? answer : {};
			const evidence = field(own, 'evidence');
			const more = extras(entry, KNOWN_QUESTION);
			const row: Json[] = [
				field(entry, 'version'),
				field(entry, 'checked') === true ? 1 : 0,
				shortened(field(own, 'response') ?? null, maxText)
			];
			if (evidence !== undefined || Object.keys(more).length > 0) row.push(evidence ?? 0);
			if (Object.keys(more).length > 0) row.push(more);
			answers[id] = row;
		}
	}
	const top = extras(saved, KNOWN_TOP);
	return JSON.stringify({
		f: FORMAT,
		q: field(saved, 'quizVersion'),
		s: field(saved, 'seed'),
		b: field(saved, 'submitted') === true ? 1 : 0,
		t: field(saved, 'updatedAt'),
		a: answers,
		...(Object.keys(top).length > 0 && { x: top })
	});
}

/** Successively shorter caps on typed text, tried only when the whole attempt does not fit. */
const TEXT_CAPS = [Infinity, 200, 60, 20];

/**
 * The saved attempt (state/saved-attempt.ts's `SavedAttempt`, which this layer below the state does
 * not import) as suspend data of at most `limit` characters; null when it cannot be made to fit.
 */
export function encodeSuspendData(saved: object, limit: number): string | null {
	for (const cap of TEXT_CAPS) {
		// read field by field: fields added to the saved attempt later are carried as they are
		const encoded = compact(saved as Record<string, unknown>, cap);
		if (encoded.length <= limit) return encoded;
	}
	return null;
}

/**
 * Suspend data back to the saved attempt's JSON, each answer given its question's type; null
 * when it is not ours. The result is checked by `Attempt.restore` like anything from storage.
 */
export function decodeSuspendData(data: string, quiz: Pick<QuizData, 'questions'>): string | null {
	const parsed = parseObject(data);
	if (!parsed || field(parsed, 'f') !== FORMAT) return null;
	const rows = field(parsed, 'a');
	if (!isObject(rows)) return null;
	const types = new Map(quiz.questions.map((view) => [view.id, view.type]));
	const questions: Record<string, unknown> = {};
	for (const [id, row] of Object.entries(rows)) {
		const type = types.get(id);
		// a question that is gone: keep it (as the saved attempt would), so the page says it changed
		if (!Array.isArray(row)) continue;
		const [version, checked, response, evidence, more] = row as Json[];
		const answer: Record<string, unknown> = { type: type ?? 'unknown', response };
		if (evidence !== undefined && evidence !== 0) answer.evidence = evidence;
		questions[id] = {
			...(isObject(more) ? more : {}),
			version,
			answer,
			checked: checked === 1
		};
	}
	const top = field(parsed, 'x');
	return JSON.stringify({
		...(isObject(top) ? top : {}),
		format: 1,
		quizVersion: field(parsed, 'q'),
		seed: field(parsed, 's'),
		questions,
		submitted: field(parsed, 'b') === 1,
		updatedAt: field(parsed, 't')
	});
}
