// @vitest-environment node
/**
 * Property-based tests of the content pipeline (fast-check): random and mutated quiz files and
 * articles — deleted lines, wrong indentation, swapped keys, random Unicode, huge values, deep
 * nesting, YAML aliases — never end in an exception (which the checker would report as an
 * "Internal fault"); every problem found carries a path, a line and a column inside the file; and
 * no input takes long. Seeded: FUZZ_SEED reproduces a run (the seed is printed), FUZZ_RUNS makes a
 * longer one (e.g. FUZZ_RUNS=5000 FUZZ_SEED=$RANDOM npx vitest run tests/unit/fuzz.test.ts).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/checker/article';
import { checkQuizText } from '$lib/checker/check-article';
import type { Diagnostic } from '$lib/checker/diagnostics';
import { indexArticle } from '$lib/checker/evidence';
import { FIXTURE_ARTICLE, fixtureFile } from '../fixtures/content';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** Far above any input's real time (see the figures printed at the end): a guard, not a benchmark. */
const PER_INPUT_LIMIT_MS = 10_000;
/** Each property's time limit: generous, as the machine may be busy; grows with FUZZ_RUNS. */
const PROPERTY_TIMEOUT_MS = 60_000 + RUNS * 300;

const ARTICLE_TEXT = readFileSync(fixtureFile('article.md'), 'utf8');
const QUIZ_TEXTS = ['reading-check.yaml', 'vocabulary.yaml', 'selection-test.yaml'].map((name) =>
	readFileSync(fixtureFile(name), 'utf8')
);
const article = parseArticle(ARTICLE_TEXT, FIXTURE_ARTICLE, 'article.md').article!;
const index = indexArticle(article);

const timings = { inputs: 0, slowestMs: 0, slowestInput: '' };

function timed<T>(input: string, run: () => T): T {
	const started = performance.now();
	const result = run();
	const ms = performance.now() - started;
	timings.inputs++;
	if (ms > timings.slowestMs) Object.assign(timings, { slowestMs: ms, slowestInput: input });
	expect(ms, `checking took ${Math.round(ms)} ms`).toBeLessThan(PER_INPUT_LIMIT_MS);
	return result;
}

/** Every diagnostic names the file and a real position in it, and says something. */
function expectWellPlaced(diagnostics: Diagnostic[], path: string, text: string): void {
	const lines = text.split(/\r\n|\r|\n/);
	for (const d of diagnostics) {
		const where = `${d.path}:${d.line}:${d.col} ${d.message.slice(0, 200)}`;
		expect(d.path, where).toBe(path);
		expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines.length + 1, where).toBe(true);
		expect(Number.isInteger(d.col) && d.col >= 1, where).toBe(true);
		expect(d.col <= (lines[d.line - 1]?.length ?? 0) + 1, where).toBe(true);
		expect(d.message.trim().length, where).toBeGreaterThan(0);
		expect(d.message, where).not.toMatch(/Internal fault/i);
	}
}

function checkQuiz(text: string): { diagnostics: Diagnostic[]; built: boolean } {
	const { diagnostics, quiz } = timed(text, () =>
		checkQuizText(
			{ path: 'q.yaml', slug: 'q', text },
			{ article: FIXTURE_ARTICLE, index, build: true }
		)
	);
	return { diagnostics, built: quiz !== undefined };
}

// ---- mutations ----

/** Random choices inside one mutation, from a seed that fast-check generates (so runs reproduce). */
interface Rng {
	nextInt(min: number, max: number): number;
}

function seededRng(seed: number): Rng {
	let state = seed >>> 0;
	// mulberry32
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	return { nextInt: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

type Mutation = (lines: string[], rng: Rng) => string[];

const pick = <T>(items: readonly T[], rng: Rng): T => items[rng.nextInt(0, items.length - 1)]!;
const at = (lines: string[], rng: Rng) => rng.nextInt(0, Math.max(0, lines.length - 1));

const WEIRD = [
	'',
	' ',
	'\t',
	'~',
	'null',
	'- ',
	': ',
	'{',
	'}]',
	'[[',
	'&a',
	'*a',
	'!!binary',
	'!tag',
	'? ',
	'|',
	'>-',
	'"',
	"'",
	'#',
	'%YAML 1.2',
	'---',
	'...',
	'@',
	'`',
	'\u0000',
	'\uFEFF',
	'\u202E',
	'\uD800',
	'💥',
	'Straße',
	'ΣΑΣ',
	'e\u0301',
	'1e308',
	'-0',
	'NaN',
	'.inf',
	'0x1F',
	'2021-03-27',
	'true',
	'yes',
	'[[sentence]]',
	'[x](javascript:alert(1))',
	'&amp;&#0;&#xD800;'
];

const mutations: Record<string, Mutation> = {
	deleteLine: (lines, rng) => lines.filter((_, i) => i !== at(lines, rng)),
	duplicateLine: (lines, rng) => {
		const i = at(lines, rng);
		return [...lines.slice(0, i + 1), lines[i] ?? '', ...lines.slice(i + 1)];
	},
	indent: (lines, rng) => {
		const i = at(lines, rng);
		const shift = rng.nextInt(-4, 4);
		const line = lines[i] ?? '';
		const next =
			shift >= 0 ? ' '.repeat(shift) + line : line.replace(new RegExp(`^ {0,${-shift}}`), '');
		return lines.map((l, j) => (j === i ? next : l));
	},
	tabIndent: (lines, rng) => {
		const i = at(lines, rng);
		return lines.map((l, j) => (j === i ? l.replace(/^ +/, '\t') : l));
	},
	swapLines: (lines, rng) => {
		const [i, j] = [at(lines, rng), at(lines, rng)];
		const out = [...lines];
		[out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
		return out;
	},
	swapKeys: (lines, rng) => {
		const keyed = lines.flatMap((l, i) => (/^\s*-?\s*[\w]+:/.test(l) ? [i] : []));
		if (keyed.length < 2) return lines;
		const [i, j] = [pick(keyed, rng), pick(keyed, rng)];
		const key = (l: string) => /^(\s*-?\s*)([\w]+):/.exec(l)!;
		const [a, b] = [key(lines[i]!), key(lines[j]!)];
		return lines.map((l, k) =>
			k === i
				? l.replace(/^(\s*-?\s*)[\w]+:/, `${a[1]}${b[2]}:`)
				: k === j
					? l.replace(/^(\s*-?\s*)[\w]+:/, `${b[1]}${a[2]}:`)
					: l
		);
	},
	replaceValue: (lines, rng) => {
		const i = at(lines, rng);
		return lines.map((l, j) => (j === i ? l.replace(/:\s.*$/, `: ${pick(WEIRD, rng)}`) : l));
	},
	insertWeird: (lines, rng) => {
		const i = at(lines, rng);
		const line = lines[i] ?? '';
		const cut = rng.nextInt(0, line.length);
		const next = line.slice(0, cut) + pick(WEIRD, rng) + line.slice(cut);
		return lines.map((l, j) => (j === i ? next : l));
	},
	randomUnicode: (lines, rng) => {
		const i = at(lines, rng);
		let noise = '';
		for (let k = rng.nextInt(1, 40); k > 0; k--) {
			const code = rng.nextInt(0, 0x10ffff);
			noise += code >= 0xd800 && code <= 0xdfff ? '\uFFFD' : String.fromCodePoint(code);
		}
		return lines.map((l, j) => (j === i ? l + noise : l));
	},
	hugeValue: (lines, rng) => {
		const i = at(lines, rng);
		const huge = pick(
			[
				JSON.stringify('x '.repeat(50_000)),
				'9'.repeat(400),
				'1e308',
				`[${Array.from({ length: 5_000 }, (_, k) => k).join(', ')}]`,
				JSON.stringify('*a _b [c](d) '.repeat(5_000)),
				JSON.stringify('[['.repeat(10_000) + ']]'.repeat(10_000))
			],
			rng
		);
		return lines.map((l, j) => (j === i ? l.replace(/:\s.*$/, `: ${huge}`) : l));
	},
	deepNesting: (lines, rng) => {
		const depth = pick([50, 500, 5_000], rng);
		const nested =
			pick(['[', '{a: '], rng).repeat(depth) + '1' + pick([']', '}'], rng).repeat(depth);
		const i = at(lines, rng);
		return lines.map((l, j) => (j === i ? l.replace(/:\s.*$/, `: ${nested}`) : l));
	},
	aliases: (lines, rng) => {
		const i = at(lines, rng);
		const kind = rng.nextInt(0, 2);
		if (kind === 0) {
			// an anchor on one value reused elsewhere
			const anchored = lines.map((l, j) => (j === i ? l.replace(/:\s+(?=\S)/, ': &x ') : l));
			const k = at(lines, rng);
			return anchored.map((l, j) => (j === k ? l.replace(/:\s.*$/, ': *x') : l));
		}
		if (kind === 1) return [...lines, 'extra: *undefinedAnchor'];
		// a "billion laughs": each level nine aliases of the one before
		const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
		for (const [n, prev] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries())
			bomb.push(`${prev}: &${prev} [${Array(9).fill(`*${'abcdefgh'[n]}`).join(',')}]`);
		return [...lines.slice(0, i), ...bomb, ...lines.slice(i)];
	},
	truncate: (lines, rng) => {
		const text = lines.join('\n');
		return text.slice(0, rng.nextInt(0, text.length)).split('\n');
	},
	crlf: (lines) => lines.map((l) => `${l}\r`)
};

const mutationNames = Object.keys(mutations);

/** A base text and a list of mutations (names and a seed for their random choices). */
const mutated = (bases: readonly string[]) =>
	fc
		.record({
			base: fc.constantFrom(...bases),
			steps: fc.array(fc.constantFrom(...mutationNames), { minLength: 1, maxLength: 4 }),
			seed: fc.integer()
		})
		.map(({ base, steps, seed }) => {
			const rng = seededRng(seed);
			let lines = base.split('\n');
			for (const step of steps) lines = mutations[step]!(lines, rng);
			return { steps, text: lines.join('\n') };
		});

afterAll(() => {
	console.log(
		`fuzz: seed ${SEED}, ${RUNS} runs per property; ${timings.inputs} inputs checked, slowest ` +
			`${Math.round(timings.slowestMs)} ms (${timings.slowestInput.length.toLocaleString('en')} characters)`
	);
});

describe('the content pipeline on random and mutated input', () => {
	const params = { seed: SEED, numRuns: RUNS };

	it(
		'a mutated quiz file is checked without an exception, each problem well placed',
		{ timeout: PROPERTY_TIMEOUT_MS },
		() => {
			fc.assert(
				fc.property(mutated(QUIZ_TEXTS), ({ text }) => {
					const { diagnostics, built } = checkQuiz(text);
					expectWellPlaced(diagnostics, 'q.yaml', text);
					// built only when nothing is wrong; something wrong is always said
					expect(built || diagnostics.some((d) => d.severity === 'error')).toBe(true);
				}),
				params
			);
		}
	);

	it(
		'a random YAML-ish or Unicode text as a quiz file is checked without an exception',
		{ timeout: PROPERTY_TIMEOUT_MS },
		() => {
			const yamlish = fc.array(
				fc.oneof(
					fc.constantFrom(...WEIRD),
					fc.string({ unit: 'grapheme', maxLength: 20 }),
					fc.constantFrom(
						'title:',
						'questions:',
						'  - id:',
						'    type:',
						'    evidence:',
						'\n',
						'  '
					)
				),
				{ maxLength: 60 }
			);
			fc.assert(
				fc.property(
					fc.oneof(
						yamlish.map((parts) => parts.join(' ')),
						fc.string({ unit: 'binary', maxLength: 300 })
					),
					(text) => {
						const { diagnostics } = checkQuiz(text);
						expectWellPlaced(diagnostics, 'q.yaml', text);
					}
				),
				params
			);
		}
	);

	it(
		'a random JSON value as a quiz file gets schema problems, never an exception',
		{ timeout: PROPERTY_TIMEOUT_MS },
		() => {
			fc.assert(
				fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
					const text = JSON.stringify(value);
					const { diagnostics } = checkQuiz(text);
					expectWellPlaced(diagnostics, 'q.yaml', text);
				}),
				params
			);
		}
	);

	it(
		'a mutated article is read without an exception, each problem well placed',
		{ timeout: PROPERTY_TIMEOUT_MS },
		() => {
			fc.assert(
				fc.property(mutated([ARTICLE_TEXT]), ({ text }) => {
					const parsed = timed(text, () => parseArticle(text, 'a', 'article.md'));
					expectWellPlaced(parsed.diagnostics, 'article.md', text);
					if (parsed.article) {
						// and a quiz can be checked against it
						const articleIndex = timed(text, () => indexArticle(parsed.article!));
						const { diagnostics } = checkQuizText(
							{ path: 'q.yaml', slug: 'q', text: QUIZ_TEXTS[0]! },
							{ article: 'a', index: articleIndex, build: true }
						);
						expectWellPlaced(diagnostics, 'q.yaml', QUIZ_TEXTS[0]!);
					}
				}),
				params
			);
		}
	);
});
