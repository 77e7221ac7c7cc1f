/**
 * What the quiz writes into SCORM's data model (CMI), for SCORM 1.2 or 2004: element names and
 * values as each version spells them. Pure: lists of [element, value] pairs that the LMS session
 * (src/lib/state/lms.svelte.ts) hands to the runtime.
 */
import type { ScormInteraction, ScormResponse } from '../quiz/scorm.ts';
import type { ScormVersion } from './runtime.ts';

export type CmiValues = [element: string, value: string][];

/** The elements whose names differ between the versions. */
export const CMI = {
	'1.2': {
		status: 'cmi.core.lesson_status',
		entry: 'cmi.core.entry',
		learnerId: 'cmi.core.student_id',
		suspendData: 'cmi.suspend_data',
		sessionTime: 'cmi.core.session_time',
		exit: 'cmi.core.exit',
		interactionCount: 'cmi.interactions._count'
	},
	'2004': {
		status: 'cmi.completion_status',
		entry: 'cmi.entry',
		learnerId: 'cmi.learner_id',
		suspendData: 'cmi.suspend_data',
		sessionTime: 'cmi.session_time',
		exit: 'cmi.exit',
		interactionCount: 'cmi.interactions._count'
	}
} as const;

/** How many characters cmi.suspend_data holds: SCORM 1.2's CMIString4096, SCORM 2004 4th edition's 64,000. */
export const SUSPEND_DATA_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

/** Statuses that mean the attempt was already finished and graded. */
const FINAL_STATUSES = new Set(['passed', 'failed', 'completed']);

export function isFinalStatus(status: string | null): boolean {
	return status !== null && FINAL_STATUSES.has(status);
}

/** On launch: a first attempt becomes "incomplete" (the LMS's "not attempted" means nothing was done yet). */
export function startValues(version: ScormVersion, status: string | null): CmiValues {
	if (status !== null && status !== '' && status !== 'not attempted' && status !== 'unknown')
		return [];
	return [[CMI[version].status, 'incomplete']];
}

/** 87.5 → "87.5"; at most two decimals, never an exponent. */
function decimal(value: number): string {
	return String(Math.round(value * 100) / 100);
}

/** The result of a submitted quiz: status by the pass mark (completed when there is none) and the score as a percentage. */
export function resultValues(
	version: ScormVersion,
	result: { percent: number; passed: boolean | null }
): CmiValues {
	const percent = decimal(Math.min(100, Math.max(0, result.percent)));
	if (version === '1.2') {
		return [
			['cmi.core.score.min', '0'],
			['cmi.core.score.max', '100'],
			['cmi.core.score.raw', percent],
			[
				'cmi.core.lesson_status',
				result.passed === null ? 'completed' : result.passed ? 'passed' : 'failed'
			]
		];
	}
	return [
		['cmi.score.min', '0'],
		['cmi.score.max', '100'],
		['cmi.score.raw', percent],
		// the shown percentage as a fraction: 57.1% is 0.571, not a twice-rounded 0.57
		['cmi.score.scaled', String(Math.round(Number(percent) * 10) / 1000)],
		['cmi.completion_status', 'completed'],
		['cmi.success_status', result.passed === null ? 'unknown' : result.passed ? 'passed' : 'failed']
	];
}

/** A time span as SCORM 1.2 writes it: HHHH:MM:SS.SS. */
export function timespan12(ms: number): string {
	const centis = Math.max(0, Math.round(ms / 10));
	const hours = Math.floor(centis / 360000);
	const minutes = Math.floor((centis % 360000) / 6000);
	const seconds = (centis % 6000) / 100;
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	const [whole, fraction = '00'] = seconds.toFixed(2).split('.');
	return `${pad(Math.min(hours, 9999), 4)}:${pad(minutes, 2)}:${whole!.padStart(2, '0')}.${fraction}`;
}

/** A time span as SCORM 2004 writes it (ISO 8601 duration): PT1H2M3.5S. */
export function duration2004(ms: number): string {
	const centis = Math.max(0, Math.round(ms / 10));
	const hours = Math.floor(centis / 360000);
	const minutes = Math.floor((centis % 360000) / 6000);
	const seconds = (centis % 6000) / 100;
	return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${decimal(seconds)}S`;
}

export function sessionTime(version: ScormVersion, ms: number): string {
	return version === '1.2' ? timespan12(ms) : duration2004(ms);
}

/**
 * Leaving: the time spent, and whether the LMS should keep the attempt to resume ("suspend") or
 * the attempt is over (submitted).
 */
export function exitValues(
	version: ScormVersion,
	leaving: { submitted: boolean; sessionMs: number }
): CmiValues {
	const exit = leaving.submitted ? (version === '1.2' ? '' : 'normal') : 'suspend';
	return [
		[CMI[version].sessionTime, sessionTime(version, leaving.sessionMs)],
		[CMI[version].exit, exit]
	];
}

// ---- interactions -----------------------------------------------------------------------------

/** Typed text as one line (SCORM 1.2 answers are single-line strings), at most `max` characters. */
function line(text: string, max: number): string {
	return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** SCORM 1.2 accepts only single characters (a–z, 0–9) as choice, matching and sequencing identifiers. */
const isSingle = (id: string) => /^[0-9a-z]$/.test(id);

/**
 * A SCORM 2004 fill-in value: at most 250 characters, no "[,]" (the delimiter), and not starting
 * with "{" (read as a {lang=…} or {case_matters=…} prefix).
 */
function fillIn2004(text: string): string {
	return line(text, 250).replaceAll('[,]', ',').replace(/^\{/, '(');
}

/** A response, or a correct pattern, in one version's notation; `type` may change where 1.2 has no way to say it. */
function formatted(
	version: ScormVersion,
	type: string,
	response: ScormResponse
): { type: string; value: string } {
	switch (response.shape) {
		case 'ids':
			if (version === '2004')
				return { type, value: response.ids.map((id) => line(id, 250)).join('[,]') };
			return response.ids.every(isSingle)
				? { type, value: response.ids.join(',') }
				: { type: 'fill-in', value: line(response.ids.join(','), 255) };
		case 'flag':
			return {
				type,
				value: version === '1.2' ? (response.value ? 't' : 'f') : String(response.value)
			};
		case 'texts':
			return {
				type,
				value:
					version === '1.2'
						? line(response.texts.join(','), 255)
						: response.texts.slice(0, 10).map(fillIn2004).join('[,]')
			};
		case 'pairs':
			if (version === '2004')
				return {
					type,
					value: response.pairs.map(([source, target]) => `${source}[.]${target}`).join('[,]')
				};
			return response.pairs.every(([source, target]) => isSingle(source) && isSingle(target))
				? { type, value: response.pairs.map(([source, target]) => `${source}.${target}`).join(',') }
				: {
						type: 'fill-in',
						value: line(response.pairs.map((pair) => pair.join('.')).join(','), 255)
					};
		case 'text':
			return version === '1.2'
				? { type: 'performance', value: line(response.text, 255) }
				: { type, value: line(response.text, 4000) };
	}
}

/** SCORM 1.2 has no "other" interaction: its free-form one is "performance". */
function typeFor(version: ScormVersion, type: string): string {
	return version === '1.2' && type === 'other' ? 'performance' : type;
}

/** The time of day as SCORM 1.2 writes cmi.interactions.n.time: HH:MM:SS. */
function timeOfDay(at: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** A moment as SCORM 2004 writes timestamps: local time to the second, no zone (as the standard allows). */
function timestamp2004(at: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** SCORM identifiers have no spaces: a question id (a slug) already fits. */
const identifier = (id: string) => id.replace(/\s+/g, '-').slice(0, 250);

/**
 * One question as cmi.interactions.n: id, type, time, weighting, the student's response, the
 * result, the latency when known and meaningful, and the correct pattern(s). Type first: the
 * runtime checks responses against it.
 */
export function interactionValues(
	version: ScormVersion,
	n: number,
	interaction: ScormInteraction,
	timing: { at: Date; latencyMs?: number }
): CmiValues {
	const prefix = `cmi.interactions.${n}`;
	// the response decides the type when SCORM 1.2 cannot say it the type's way; patterns follow it
	const response = interaction.response
		? formatted(version, typeFor(version, interaction.type), interaction.response)
		: null;
	const patterns = interaction.correct.map((pattern) =>
		formatted(version, typeFor(version, interaction.type), pattern)
	);
	const type = response?.type ?? patterns[0]?.type ?? typeFor(version, interaction.type);
	const result =
		typeof interaction.result === 'number'
			? decimal(interaction.result)
			: interaction.result === 'incorrect' && version === '1.2'
				? 'wrong'
				: interaction.result;
	const weighting = decimal(Math.min(100, interaction.weighting));
	const values: CmiValues = [
		[`${prefix}.id`, identifier(interaction.id)],
		[`${prefix}.type`, type]
	];
	if (version === '1.2') {
		values.push([`${prefix}.time`, timeOfDay(timing.at)], [`${prefix}.weighting`, weighting]);
		if (response) values.push([`${prefix}.student_response`, response.value]);
	} else {
		values.push(
			[`${prefix}.timestamp`, timestamp2004(timing.at)],
			[`${prefix}.weighting`, weighting],
			[`${prefix}.description`, line(interaction.description, 250)]
		);
		if (response) values.push([`${prefix}.learner_response`, response.value]);
	}
	values.push([`${prefix}.result`, result]);
	if (interaction.latency && timing.latencyMs !== undefined)
		values.push([`${prefix}.latency`, sessionTime(version, timing.latencyMs)]);
	// patterns that fell back to another type than the response's would be rejected: keep those that fit
	patterns
		.filter((pattern) => pattern.type === type)
		.forEach((pattern, m) =>
			values.push([`${prefix}.correct_responses.${m}.pattern`, pattern.value])
		);
	return values;
}
