/**
 * The link to a learning platform, without a browser: finding the SCORM runtime (fake windows),
 * calling it without ever throwing, the CMI values of each version, each type's interaction, the
 * saved attempt in suspend data (the shipped 23-question quiz, fully answered, in SCORM 1.2's
 * 4,096 characters), and the LMS session against a fake runtime: what it writes when, and that a
 * failing LMS only ever raises `trouble`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	duration2004,
	exitValues,
	interactionValues,
	resultValues,
	startValues,
	timespan12
} from '$lib/lms/cmi';
import { findRuntime, isLaunched, type ApiHost } from '$lib/lms/runtime';
import { decodeSuspendData, encodeSuspendData } from '$lib/lms/suspend-data';
import { scormInteraction, type ScormInteraction } from '$lib/quiz/scorm';
import type { Answer, QuestionKey, QuestionView, QuizData } from '$lib/quiz/types';
import { getQuiz } from '$lib/server/content-source';
import { Attempt } from '$lib/state/attempt.svelte';
import { loadedGrading } from './loaded-grading';
import { LmsSession } from '$lib/state/lms.svelte';
import { memoryStore, progressKey } from '$lib/state/storage';
import {
	FIXTURE_ARTICLE,
	FIXTURE_CONTENT,
	FIXTURE_LONG_QUIZ,
	FIXTURE_SHORT_QUIZ
} from '../fixtures/content';

// ---- a fake SCORM 1.2 runtime -----------------------------------------------------------------

interface FakeOptions {
	values?: Record<string, string>;
	rejectSet?: (element: string) => boolean;
	failCommit?: boolean;
	failInitialize?: boolean;
	throws?: boolean;
}

function fakeApi12(options: FakeOptions = {}) {
	const values = new Map<string, string>(
		Object.entries({
			'cmi.core.lesson_status': 'not attempted',
			'cmi.interactions._count': '0',
			...options.values
		})
	);
	const calls: string[][] = [];
	const call = (name: string, ...args: string[]) => {
		calls.push([name, ...args]);
		if (options.throws) throw new Error('the LMS fell over');
	};
	return {
		values,
		calls,
		LMSInitialize: () => (call('LMSInitialize'), options.failInitialize ? 'false' : 'true'),
		LMSFinish: () => (call('LMSFinish'), 'true'),
		LMSGetValue: (element: string) => (call('LMSGetValue', element), values.get(element) ?? ''),
		LMSSetValue(element: string, value: string) {
			call('LMSSetValue', element, value);
			if (options.rejectSet?.(element)) return 'false';
			values.set(element, value);
			return 'true';
		},
		LMSCommit: () => (call('LMSCommit'), options.failCommit ? 'false' : 'true'),
		LMSGetLastError: () => '0'
	};
}

/** A window framed by a parent that holds `api` (or nothing). */
function framedBy(api: unknown): ApiHost {
	const top: ApiHost = { API: api };
	top.parent = top;
	return { parent: top };
}

// ---- discovery --------------------------------------------------------------------------------

describe('finding the runtime', () => {
	it('walks up the parents, then the opener and its parents', () => {
		const api = fakeApi12();
		const top: ApiHost = { API: api };
		top.parent = top;
		const middle: ApiHost = { parent: top };
		expect(findRuntime({ parent: middle })?.version).toBe('1.2');
		const opener: ApiHost = { parent: top };
		const alone: ApiHost = { opener };
		alone.parent = alone;
		expect(findRuntime(alone)?.version).toBe('1.2');
	});

	it('prefers SCORM 2004 where a window has both, and needs every method', () => {
		const v2004 = {
			Initialize: () => 'true',
			Terminate: () => 'true',
			GetValue: () => '',
			SetValue: () => 'true',
			Commit: () => 'true',
			GetLastError: () => '0'
		};
		expect(findRuntime(framedBy(undefined))).toBeNull();
		const both: ApiHost = { API: fakeApi12(), API_1484_11: v2004 };
		both.parent = both;
		expect(findRuntime(both)?.version).toBe('2004');
		const broken: ApiHost = { API: { LMSInitialize: () => 'true' } };
		broken.parent = broken;
		expect(findRuntime(broken)).toBeNull();
	});

	it('passes over a parent of another origin (reading it throws) and stops at the top', () => {
		const foreign = {} as ApiHost;
		Object.defineProperty(foreign, 'API', {
			get() {
				throw new DOMException('Blocked a frame', 'SecurityError');
			}
		});
		foreign.parent = foreign;
		expect(findRuntime({ parent: foreign })).toBeNull();
	});

	it('tells a launched page (framed, or opened) from one opened on its own', () => {
		const alone: ApiHost = {};
		alone.parent = alone;
		expect(isLaunched(alone)).toBe(false);
		expect(isLaunched(framedBy(undefined))).toBe(true);
		expect(isLaunched({ parent: null, opener: {} })).toBe(true);
	});

	it('never throws: a runtime that throws is a failed call', () => {
		const runtime = findRuntime(framedBy(fakeApi12({ throws: true })))!;
		expect(runtime.initialize()).toBe(false);
		expect(runtime.set('cmi.core.lesson_status', 'incomplete')).toBe(false);
		expect(runtime.get('cmi.core.lesson_status')).toBeNull();
		expect(runtime.commit()).toBe(false);
	});
});

// ---- CMI values ----------------------------------------------------------------------------------

describe('CMI values', () => {
	it('writes time spans as each version wants them', () => {
		expect(timespan12(0)).toBe('0000:00:00.00');
		expect(timespan12(3_723_450)).toBe('0001:02:03.45');
		expect(duration2004(3_723_450)).toBe('PT1H2M3.45S');
		expect(duration2004(5_000)).toBe('PT5S');
	});

	it('marks a first attempt incomplete, and leaves a finished one alone', () => {
		expect(startValues('1.2', 'not attempted')).toEqual([['cmi.core.lesson_status', 'incomplete']]);
		expect(startValues('1.2', 'passed')).toEqual([]);
		expect(startValues('2004', 'unknown')).toEqual([['cmi.completion_status', 'incomplete']]);
	});

	it('reports status by the pass mark (completed without one) and the score as a percentage', () => {
		expect(resultValues('1.2', { percent: 87.5, passed: true })).toEqual([
			['cmi.core.score.min', '0'],
			['cmi.core.score.max', '100'],
			['cmi.core.score.raw', '87.5'],
			['cmi.core.lesson_status', 'passed']
		]);
		expect(resultValues('1.2', { percent: 40, passed: null })).toContainEqual([
			'cmi.core.lesson_status',
			'completed'
		]);
		expect(resultValues('2004', { percent: 40, passed: false })).toEqual([
			['cmi.score.min', '0'],
			['cmi.score.max', '100'],
			['cmi.score.raw', '40'],
			['cmi.score.scaled', '0.4'],
			['cmi.completion_status', 'completed'],
			['cmi.success_status', 'failed']
		]);
		// the percentage the results show, not rounded again on the way
		expect(resultValues('2004', { percent: 57.1, passed: null })).toContainEqual([
			'cmi.score.scaled',
			'0.571'
		]);
	});

	it('leaves with exit "suspend" until submitted', () => {
		expect(exitValues('1.2', { submitted: false, sessionMs: 61_000 })).toEqual([
			['cmi.core.session_time', '0000:01:01.00'],
			['cmi.core.exit', 'suspend']
		]);
		expect(exitValues('2004', { submitted: true, sessionMs: 61_000 })).toEqual([
			['cmi.session_time', 'PT1M1S'],
			['cmi.exit', 'normal']
		]);
	});

	const at = new Date(2024, 4, 6, 9, 8, 7);
	const base: ScormInteraction = {
		id: 'q1',
		type: 'choice',
		description: 'Which?',
		response: { shape: 'ids', ids: ['a', 'c'] },
		correct: [{ shape: 'ids', ids: ['a', 'b'] }],
		result: 0.5,
		weighting: 2,
		latency: true
	};

	it('writes an interaction in SCORM 1.2 notation, type first', () => {
		expect(interactionValues('1.2', 3, base, { at, latencyMs: 4_500 })).toEqual([
			['cmi.interactions.3.id', 'q1'],
			['cmi.interactions.3.type', 'choice'],
			['cmi.interactions.3.time', '09:08:07'],
			['cmi.interactions.3.weighting', '2'],
			['cmi.interactions.3.student_response', 'a,c'],
			['cmi.interactions.3.result', '0.5'],
			['cmi.interactions.3.latency', '0000:00:04.50'],
			['cmi.interactions.3.correct_responses.0.pattern', 'a,b']
		]);
	});

	it('writes an interaction in SCORM 2004 notation, with its description', () => {
		const values = new Map(interactionValues('2004', 0, { ...base, result: 'incorrect' }, { at }));
		expect(values.get('cmi.interactions.0.learner_response')).toBe('a[,]c');
		expect(values.get('cmi.interactions.0.result')).toBe('incorrect');
		expect(values.get('cmi.interactions.0.timestamp')).toBe('2024-05-06T09:08:07');
		expect(values.get('cmi.interactions.0.description')).toBe('Which?');
		expect(values.has('cmi.interactions.0.latency')).toBe(false);
	});

	it('says in SCORM 1.2 what its single-character identifiers cannot: sentences as fill-in', () => {
		const sentences: ScormInteraction = {
			...base,
			response: { shape: 'ids', ids: ['3.1', '3.2'] },
			correct: [{ shape: 'ids', ids: ['3.1'] }]
		};
		const values = new Map(interactionValues('1.2', 0, sentences, { at }));
		expect(values.get('cmi.interactions.0.type')).toBe('fill-in');
		expect(values.get('cmi.interactions.0.student_response')).toBe('3.1,3.2');
		expect(values.get('cmi.interactions.0.correct_responses.0.pattern')).toBe('3.1');
		expect(
			new Map(interactionValues('2004', 0, sentences, { at })).get('cmi.interactions.0.type')
		).toBe('choice');
	});

	it('writes pairs, flags, texts and "other" (SCORM 1.2 calls it performance)', () => {
		const one = (interaction: Partial<ScormInteraction>, version: '1.2' | '2004' = '1.2') =>
			new Map(interactionValues(version, 0, { ...base, ...interaction }, { at }));
		expect(
			one({
				type: 'matching',
				response: {
					shape: 'pairs',
					pairs: [
						['1', 'b'],
						['2', 'a']
					]
				}
			}).get('cmi.interactions.0.student_response')
		).toBe('1.b,2.a');
		expect(
			one(
				{ type: 'matching', response: { shape: 'pairs', pairs: [['1', 'b']] }, correct: [] },
				'2004'
			).get('cmi.interactions.0.learner_response')
		).toBe('1[.]b');
		expect(
			one({ response: { shape: 'flag', value: false }, correct: [] }).get(
				'cmi.interactions.0.student_response'
			)
		).toBe('f');
		expect(
			one({ response: { shape: 'flag', value: true }, correct: [] }, '2004').get(
				'cmi.interactions.0.learner_response'
			)
		).toBe('true');
		expect(
			one(
				{ type: 'fill-in', response: { shape: 'texts', texts: ['a', '{b}'] }, correct: [] },
				'2004'
			).get('cmi.interactions.0.learner_response')
		).toBe('a[,](b}');
		const other = one({
			type: 'other',
			response: { shape: 'text', text: 'line\none' },
			correct: []
		});
		expect(other.get('cmi.interactions.0.type')).toBe('performance');
		expect(other.get('cmi.interactions.0.student_response')).toBe('line one');
	});
});

// ---- the shipped quiz, answered ----------------------------------------------------------------

const quizOf = (slug: string): QuizData => getQuiz(FIXTURE_ARTICLE, slug, FIXTURE_CONTENT)!;

/** The right response to a question, from its key. */
function rightResponse(key: QuestionKey): Answer['response'] {
	switch (key.type) {
		case 'single':
		case 'multiple':
			return key.correct;
		case 'true-false':
		case 'true-false-not-given':
			return key.answer;
		case 'short-answer':
			return key.display[0]!;
		case 'fill-blanks':
			return key.blanks.map((answers) => answers[0]!);
		case 'order':
			return key.order;
		case 'match':
			return key.pairs;
		case 'highlight':
			return key.evidenceSentences;
		default: {
			const unknown: never = key;
			return unknown;
		}
	}
}

/** Every question of `quiz` answered right, both parts, each checked: the largest saved attempt. */
async function answeredAttempt(quiz: QuizData, store = memoryStore()): Promise<Attempt> {
	const attempt = new Attempt({
		grading: loadedGrading,
		quiz,
		store,
		persistent: true,
		makeSeed: () => 4_000_000_000
	});
	attempt.load();
	for (const view of quiz.questions) {
		const key = quiz.keys![view.id]!;
		attempt.setResponse(view.id, rightResponse(key));
		if ('requireEvidence' in view && view.requireEvidence)
			attempt.setEvidence(view.id, key.evidenceSentences);
		await attempt.check(view.id);
	}
	return attempt;
}

describe('each type as an interaction', () => {
	it('gives every question of the shipped quiz its SCORM type, and a right answer its pattern', async () => {
		const quiz = quizOf(FIXTURE_LONG_QUIZ);
		const attempt = await answeredAttempt(quiz);
		const score = attempt.score!;
		const expected: Record<QuestionView['type'], string> = {
			single: 'choice',
			multiple: 'choice',
			'true-false': 'true-false',
			'true-false-not-given': 'choice',
			'short-answer': 'fill-in',
			'fill-blanks': 'fill-in',
			order: 'sequencing',
			match: 'matching',
			highlight: 'choice'
		};
		for (const view of quiz.questions) {
			const interaction = scormInteraction(
				view,
				quiz.keys![view.id]!,
				attempt.answers[view.id],
				score.byQuestion[view.id]!,
				score.shown.byQuestion[view.id]!
			);
			expect(interaction.type, view.id).toBe(expected[view.type]);
			expect(interaction.result, view.id).toBe('correct');
			expect(interaction.weighting).toBe(view.points);
			// the right answer is one of the correct patterns
			const values = new Map(interactionValues('2004', 0, interaction, { at: new Date() }));
			const patterns = [...values]
				.filter(([element]) => element.includes('.pattern'))
				.map(([, value]) => value);
			expect(patterns, view.id).toContain(values.get('cmi.interactions.0.learner_response'));
		}
	});

	it('reports an unanswered question with no response, and a partly right one with its points', () => {
		const quiz = quizOf(FIXTURE_LONG_QUIZ);
		const attempt = new Attempt({
			grading: loadedGrading,
			quiz,
			store: memoryStore(),
			persistent: true
		});
		attempt.load();
		const multiple = quiz.questions.find((view) => view.type === 'multiple')!;
		const key = quiz.keys![multiple.id]!;
		if (key.type !== 'multiple') throw new Error('not multiple');
		attempt.setResponse(multiple.id, key.correct.slice(0, 1));
		attempt.submit();
		const score = attempt.score!;
		const partly = scormInteraction(
			multiple,
			key,
			attempt.answers[multiple.id],
			score.byQuestion[multiple.id]!,
			score.shown.byQuestion[multiple.id]!
		);
		// the points as the results show them, one decimal
		expect(partly.result).toBe(score.shown.byQuestion[multiple.id]);
		expect(partly.result).toBe(Math.round(score.byQuestion[multiple.id]!.earned * 10) / 10);
		const first = quiz.questions[0]!;
		const none = scormInteraction(
			first,
			quiz.keys![first.id]!,
			attempt.answers[first.id],
			score.byQuestion[first.id]!,
			score.shown.byQuestion[first.id]!
		);
		expect(none.response).toBeNull();
		expect(none.result).toBe('incorrect');
	});
});

// ---- suspend data ------------------------------------------------------------------------------

describe('suspend data', () => {
	it('holds the shipped 23-question quiz, fully answered, in SCORM 1.2’s 4,096 characters', async () => {
		const quiz = quizOf(FIXTURE_LONG_QUIZ);
		expect(quiz.questions).toHaveLength(23);
		const saved = (await answeredAttempt(quiz)).toSaved();
		const data = encodeSuspendData(saved, 4096)!;
		expect(data.length).toBeLessThanOrEqual(4096);
		// and comes back as the same attempt
		expect(JSON.parse(decodeSuspendData(data, quiz)!)).toEqual(saved);
		console.info(
			`suspend data, 23 questions answered and checked: ${data.length} characters (the saved attempt's JSON: ${JSON.stringify(saved).length})`
		);
	});

	it('restores every answer into an attempt on another device', async () => {
		const quiz = quizOf(FIXTURE_LONG_QUIZ);
		const first = await answeredAttempt(quiz);
		const data = encodeSuspendData(first.toSaved(), 4096)!;
		const other = new Attempt({
			grading: loadedGrading,
			quiz,
			store: memoryStore(),
			persistent: true
		});
		expect(other.restore(decodeSuspendData(data, quiz)).status).toBe('restored');
		expect(other.seed).toBe(first.seed);
		expect($state.snapshot(other.answers)).toEqual($state.snapshot(first.answers));
		for (const view of quiz.questions)
			expect(other.progress(view.id)).toEqual(first.progress(view.id));
	});

	it('carries fields it does not know (added to the saved attempt later) and still fits', async () => {
		const quiz = quizOf(FIXTURE_LONG_QUIZ);
		const saved = (await answeredAttempt(quiz)).toSaved() as unknown as Record<string, unknown> & {
			questions: Record<string, Record<string, unknown>>;
		};
		saved.name = 'Alexandra Konstantinopoulou-Smythe';
		for (const entry of Object.values(saved.questions)) entry.triesUsed = 2;
		const data = encodeSuspendData(saved, 4096)!;
		expect(data.length).toBeLessThanOrEqual(4096);
		expect(JSON.parse(decodeSuspendData(data, quiz)!)).toEqual(saved);
	});

	it('shortens typed text rather than lose the attempt when it would not fit', async () => {
		const quiz = quizOf(FIXTURE_LONG_QUIZ);
		const attempt = await answeredAttempt(quiz);
		const saved = attempt.toSaved();
		for (const entry of Object.values(saved.questions))
			if (entry.answer.type === 'short-answer')
				entry.answer = { ...entry.answer, response: 'x'.repeat(3000) };
		const data = encodeSuspendData(saved, 4096)!;
		expect(data.length).toBeLessThanOrEqual(4096);
		const back = JSON.parse(decodeSuspendData(data, quiz)!) as typeof saved;
		const typed = Object.values(back.questions).filter(
			(entry) => entry.answer.type === 'short-answer'
		);
		expect(typed.length).toBeGreaterThan(0);
		for (const entry of typed) expect((entry.answer.response as string).length).toBeLessThan(3000);
	});

	it('reads nothing from data that is not ours', () => {
		expect(
			decodeSuspendData('viewed=1,2,3|lastviewedslide=3', quizOf(FIXTURE_SHORT_QUIZ))
		).toBeNull();
		expect(decodeSuspendData('{"f":2}', quizOf(FIXTURE_SHORT_QUIZ))).toBeNull();
	});
});

// ---- the session --------------------------------------------------------------------------------

describe('the LMS session', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	const KEY = progressKey(FIXTURE_ARTICLE, FIXTURE_SHORT_QUIZ);

	function start(api: ReturnType<typeof fakeApi12> | undefined, local = memoryStore()) {
		const quiz = quizOf(FIXTURE_SHORT_QUIZ);
		const lms = new LmsSession({ win: framedBy(api), quiz });
		const storage = lms.store({ store: local, persistent: true });
		const attempt = new Attempt({ grading: loadedGrading, quiz, ...storage });
		lms.follow(attempt);
		attempt.load();
		return { lms, attempt, quiz, local };
	}

	it('initialises, marks the attempt incomplete, keeps it in suspend data and commits', () => {
		const api = fakeApi12({ values: { 'cmi.core.student_id': 's1' } });
		const { lms, attempt, quiz, local } = start(api);
		expect(lms.connected).toBe(true);
		expect(api.calls[0]).toEqual(['LMSInitialize']);
		expect(api.values.get('cmi.core.lesson_status')).toBe('incomplete');
		const id = quiz.questions[0]!.id;
		const commits = () => api.calls.filter(([name]) => name === 'LMSCommit').length;
		const before = commits();
		attempt.setResponse(id, rightResponse(quiz.keys?.[id] ?? ({} as QuestionKey)));
		// a change is in the suspend data at once, committed a moment later
		expect(decodeSuspendData(api.values.get('cmi.suspend_data')!, quiz)).toContain(`"${id}"`);
		expect(commits()).toBe(before);
		vi.advanceTimersByTime(1000);
		expect(commits()).toBe(before + 1);
		// the browser keeps it too, per learner
		expect(local.read(`${KEY}:learner:s1`)).not.toBeNull();
		expect(lms.trouble).toBe(false);
	});

	it('reports the result on submit, one interaction per question, then finishes', async () => {
		const api = fakeApi12({ values: { 'cmi.interactions._count': '2' } });
		// a test: its keys arrive after Submit
		const quiz = { ...quizOf(FIXTURE_SHORT_QUIZ), keys: null };
		const lms = new LmsSession({ win: framedBy(api), quiz });
		const attempt = new Attempt({
			grading: loadedGrading,
			quiz,
			...lms.store({ store: memoryStore(), persistent: true }),
			fetchKeys: async () => keysOf(FIXTURE_SHORT_QUIZ)
		});
		lms.follow(attempt);
		attempt.load();
		for (const view of quiz.questions)
			attempt.setResponse(view.id, rightResponse(keysOf(FIXTURE_SHORT_QUIZ)[view.id]!));
		await attempt.submit();
		lms.report(attempt);
		expect(api.values.get('cmi.core.lesson_status')).toBe('passed');
		expect(api.values.get('cmi.core.score.raw')).toBe('100');
		expect(api.values.get('cmi.core.exit')).toBe('');
		// appended after the interactions the LMS already had
		expect(api.values.get('cmi.interactions.2.id')).toBe(quiz.questions[0]!.id);
		expect(api.values.has(`cmi.interactions.${1 + quiz.questions.length}.id`)).toBe(true);
		expect(api.calls.at(-1)).toEqual(['LMSFinish']);
		expect(lms.finished).toBe(true);
		// nothing is sent after the end; the browser goes on saving
		const count = api.calls.length;
		attempt.retryIncorrect();
		lms.end();
		expect(api.calls.length).toBe(count);
	});

	/** A test launched again: what the browser kept of an earlier launch, and a new LMS session. */
	function relaunch(api: ReturnType<typeof fakeApi12>, quiz: QuizData, local = memoryStore()) {
		const lms = new LmsSession({ win: framedBy(api), quiz });
		const attempt = new Attempt({
			grading: loadedGrading,
			quiz,
			...lms.store({ store: local, persistent: true }),
			fetchKeys: async () => keysOf(FIXTURE_SHORT_QUIZ)
		});
		lms.follow(attempt);
		attempt.load();
		return { lms, attempt, local };
	}

	it('a test reports its first score; a practice retake later sends no new score', async () => {
		const quiz = { ...quizOf(FIXTURE_SHORT_QUIZ), keys: null };
		const first = relaunch(fakeApi12(), quiz);
		const [one, ...rest] = quiz.questions;
		first.attempt.setResponse(one!.id, rightResponse(keysOf(FIXTURE_SHORT_QUIZ)[one!.id]!));
		await first.attempt.submit();
		first.lms.report(first.attempt);
		expect(first.lms.finished).toBe(true);

		// launched again: Retry incorrect, every answer right, Submit
		const api = fakeApi12({ values: { 'cmi.core.lesson_status': 'failed' } });
		const again = relaunch(api, quiz, first.local);
		await again.attempt.loadKeys();
		again.attempt.retryIncorrect();
		for (const view of rest)
			again.attempt.setResponse(view.id, rightResponse(keysOf(FIXTURE_SHORT_QUIZ)[view.id]!));
		await again.attempt.submit();
		expect(again.attempt.score?.percent).toBe(100);
		again.lms.report(again.attempt);
		expect(api.values.has('cmi.core.score.raw')).toBe(false);
		expect(api.values.get('cmi.core.lesson_status')).not.toBe('passed');
		expect(again.lms.finished).toBe(false);
		// the LMS keeps both submissions in the saved attempt
		const saved = JSON.parse(decodeSuspendData(api.values.get('cmi.suspend_data')!, quiz)!);
		expect(saved.submissions.map((s: { recorded: boolean }) => s.recorded)).toEqual([true, false]);
	});

	it('with retakes, a recorded retake reports the score of record by grade', async () => {
		const quiz = {
			...quizOf(FIXTURE_SHORT_QUIZ),
			keys: null,
			testRules: { retakes: 1, grade: 'first' as const, review: 'answers' as const }
		};
		const first = relaunch(fakeApi12(), quiz);
		for (const view of quiz.questions)
			first.attempt.setResponse(view.id, rightResponse(keysOf(FIXTURE_SHORT_QUIZ)[view.id]!));
		await first.attempt.submit();
		first.lms.report(first.attempt);

		const api = fakeApi12({ values: { 'cmi.core.lesson_status': 'passed' } });
		const again = relaunch(api, quiz, first.local);
		await again.attempt.loadKeys();
		again.attempt.startOver();
		await again.attempt.submit();
		expect(again.attempt.score?.percent).toBe(0);
		again.lms.report(again.attempt);
		// recorded, so reported; the first counts, so the score is still 100
		expect(api.values.get('cmi.core.score.raw')).toBe('100');
		expect(api.values.get('cmi.core.lesson_status')).toBe('passed');
		expect(again.lms.finished).toBe(true);
	});

	it('keeps each submission’s answers in suspend data while they fit, and leaves them out when not', async () => {
		const quiz = { ...quizOf(FIXTURE_SHORT_QUIZ), keys: null };
		const api = fakeApi12();
		const { lms, attempt } = relaunch(api, quiz);
		const suspended = () =>
			JSON.parse(decodeSuspendData(api.values.get('cmi.suspend_data')!, quiz)!) as {
				submissions: { answers?: unknown }[];
			};
		const answerAll = () => {
			for (const view of quiz.questions)
				attempt.setResponse(view.id, rightResponse(keysOf(FIXTURE_SHORT_QUIZ)[view.id]!));
		};
		answerAll();
		await attempt.submit();
		expect(suspended().submissions[0]!.answers).toBeDefined();
		// practice retakes, each with every answer, until their answers could not all fit
		while (JSON.stringify(attempt.toSaved()).length < 6_000) {
			attempt.startOver();
			answerAll();
			await attempt.submit();
		}
		const { submissions } = suspended();
		expect(submissions).toHaveLength(attempt.test!.submissions.length);
		expect(submissions.every((submission) => submission.answers === undefined)).toBe(true);
		expect(api.values.get('cmi.suspend_data')!.length).toBeLessThanOrEqual(4096);
		expect(lms.trouble).toBe(false);
	});

	it('with pick, reports the drawn questions only: their score, one interaction each', async () => {
		const api = fakeApi12();
		const quiz = { ...quizOf(FIXTURE_SHORT_QUIZ), pick: 2 };
		const lms = new LmsSession({ win: framedBy(api), quiz });
		const attempt = new Attempt({
			grading: loadedGrading,
			quiz,
			...lms.store({ store: memoryStore(), persistent: true })
		});
		lms.follow(attempt);
		attempt.load();
		const drawn = attempt.questions.map((view) => view.id);
		expect(drawn).toHaveLength(2);
		// only the drawn questions answered: 100 means the bank's others do not count
		for (const id of drawn) attempt.setResponse(id, rightResponse(keysOf(FIXTURE_SHORT_QUIZ)[id]!));
		await attempt.submit();
		lms.report(attempt);
		expect(api.values.get('cmi.core.score.raw')).toBe('100');
		expect([0, 1].map((i) => api.values.get(`cmi.interactions.${i}.id`))).toEqual(drawn);
		expect(api.values.has('cmi.interactions.2.id')).toBe(false);
		const saved = decodeSuspendData(api.values.get('cmi.suspend_data')!, quiz)!;
		expect(Object.keys(JSON.parse(saved).questions)).toEqual(drawn);
	});

	it('leaving without submitting: session time, exit "suspend", commit, finish', () => {
		const api = fakeApi12();
		const { lms } = start(api);
		vi.advanceTimersByTime(90_000);
		lms.end();
		expect(api.values.get('cmi.core.exit')).toBe('suspend');
		expect(api.values.get('cmi.core.session_time')).toMatch(/^0000:01:30/);
		expect(api.calls.slice(-2)).toEqual([['LMSCommit'], ['LMSFinish']]);
	});

	it('resumes the newer of the LMS’s attempt and the browser’s', async () => {
		const quiz = quizOf(FIXTURE_SHORT_QUIZ);
		const older = (await answeredAttempt(quiz)).toSaved();
		const newer = { ...older, seed: 7, updatedAt: older.updatedAt + 1000 };
		const api = fakeApi12({
			values: { 'cmi.suspend_data': encodeSuspendData(newer, 4096)! }
		});
		const local = memoryStore();
		local.write(KEY, JSON.stringify(older));
		expect(start(api, local).attempt.seed).toBe(7);
	});

	it('a rejected value or a failed commit raises trouble, and the quiz and local saving go on', () => {
		const api = fakeApi12({
			rejectSet: (element) => element === 'cmi.suspend_data',
			failCommit: true
		});
		const { lms, attempt, quiz, local } = start(api);
		expect(lms.trouble).toBe(true);
		const id = quiz.questions[0]!.id;
		attempt.setResponse(id, rightResponse(keysOf(FIXTURE_SHORT_QUIZ)[id]!));
		expect(attempt.saving).toBe(true);
		expect(local.read(KEY)).toContain(id);
	});

	it('no runtime: trouble when launched in a frame, none when opened on its own', () => {
		expect(start(undefined).lms.trouble).toBe(true);
		const alone: ApiHost = {};
		alone.parent = alone;
		const lms = new LmsSession({ win: alone, quiz: quizOf(FIXTURE_SHORT_QUIZ) });
		expect(lms.connected).toBe(false);
		expect(lms.trouble).toBe(false);
		expect(
			new LmsSession({
				win: framedBy(fakeApi12({ failInitialize: true })),
				quiz: quizOf(FIXTURE_SHORT_QUIZ)
			}).trouble
		).toBe(true);
	});
});

/** A quiz's keys, as the page gets them (a test's from key.json). */
function keysOf(slug: string): Record<string, QuestionKey> {
	return getQuiz(FIXTURE_ARTICLE, slug, FIXTURE_CONTENT)!.keys!;
}
