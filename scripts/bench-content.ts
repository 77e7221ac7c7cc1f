/**
 * `npm run bench:content`: how long the full content check takes for a large course, against the
 * floor of merely reading and parsing the same YAML. Generates 1,000 quiz files × 20 questions
 * (every type, real quotes) against one article in a temporary folder, removed afterwards. Then
 * how fast quotes are normalised (text/normalize.ts), against `toLowerCase` on the same text.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseArticle } from '../src/lib/server/article.ts';
import { checkContent } from '../src/lib/server/content.ts';
import { formatReport, hasErrors } from '../src/lib/server/diagnostics.ts';
import { normalizeText, normalizeWithMap } from '../src/lib/text/normalize.ts';

const FILES = Number(process.env.BENCH_FILES ?? 1000);
const QUESTIONS = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ARTICLE = readFileSync('questions/north-korea-china/article.md', 'utf8');

/** Whole sentences of the article: real quotes, each occurring once. */
function quotes(): string[] {
	const { article } = parseArticle(ARTICLE, 'bench', 'article.md');
	if (!article) throw new Error('the shipped article does not parse');
	const sentences: string[] = [];
	for (const block of article.blocks) {
		if (block.kind !== 'paragraph') continue;
		for (const s of block.sentences) sentences.push(block.text.slice(s.start, s.end));
	}
	return sentences.filter((s, i) => sentences.indexOf(s) === i && s.length > 30);
}

const yamlString = (text: string) => JSON.stringify(text);

function question(n: number, quote: string): string {
	const head = (type: string) =>
		`  - id: q${n}\n    type: ${type}\n    prompt: Question ${n} about *the article*?\n` +
		`    explanation: Because the article says so.\n    evidence: ${yamlString(quote)}\n`;
	switch (n % 9) {
		case 0:
			return (
				head('single') +
				'    choices:\n      - { text: Yes, correct: true }\n      - { text: No, feedback: Reread it. }\n      - { text: Maybe }\n'
			);
		case 1:
			return (
				head('multiple') +
				'    choices:\n      - { text: A, correct: true }\n      - { text: B, correct: true }\n      - { text: C }\n'
			);
		case 2:
			return head('true-false') + '    answer: true\n    requireEvidence: true\n';
		case 3:
			return head('true-false-not-given') + '    answer: not-given\n';
		case 4:
			return head('short-answer') + '    answers: [Beijing, "the Chinese capital"]\n';
		case 5:
			return (
				head('fill-blanks') +
				'    text: "Kim looks to [[China|Beijing]] for [[aid]]."\n    wordBank: [Russia, talks]\n'
			);
		case 6:
			return head('order') + '    items: [First event, Second event, Third event, Fourth event]\n';
		case 7:
			return (
				head('match') +
				'    pairs:\n      - { left: Xi, right: China }\n      - { left: Biden, right: United States }\n    distractors: [Japan]\n'
			);
		default:
			return head('highlight');
	}
}

function generate(dir: string): void {
	const all = quotes();
	const folder = join(dir, 'bench-article');
	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, 'article.md'), ARTICLE);
	for (let f = 0; f < FILES; f++) {
		let yaml = `title: Bench quiz ${f}\nmode: practice\nquestions:\n`;
		for (let q = 0; q < QUESTIONS; q++) yaml += question(q, all[(f * QUESTIONS + q) % all.length]!);
		writeFileSync(join(folder, `quiz-${f}.yaml`), yaml);
	}
}

function floor(dir: string): void {
	const folder = join(dir, 'bench-article');
	for (const name of readdirSync(folder)) {
		if (!name.endsWith('.yaml')) continue;
		const doc = parseDocument(readFileSync(join(folder, name), 'utf8'));
		if (doc.errors.length > 0) throw new Error(`${name}: ${doc.errors[0]!.message}`);
	}
}

function full(dir: string): void {
	const result = checkContent(dir, { build: false });
	if (hasErrors(result.diagnostics))
		throw new Error(formatReport(result.counts, result.diagnostics));
}

function time(run: () => void): number {
	const start = performance.now();
	run();
	return performance.now() - start;
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'close-reader-bench-'));
try {
	generate(dir);
	full(dir); // warm up (JIT, and fails loudly if the generated files are wrong)
	floor(dir);
	const floors: number[] = [];
	const fulls: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		floors.push(time(() => floor(dir)));
		fulls.push(time(() => full(dir)));
	}
	const floorMs = median(floors);
	const fullMs = median(fulls);
	const perSecond = (ms: number) => Math.round((FILES / ms) * 1000);
	console.log(`${FILES} quiz files × ${QUESTIONS} questions, median of ${RUNS} runs`);
	console.log(
		`floor (read + yaml.parseDocument): ${floorMs.toFixed(0)} ms, ${perSecond(floorMs)} files/s`
	);
	console.log(
		`full check (npm run check:questions): ${fullMs.toFixed(0)} ms, ${perSecond(fullMs)} files/s`
	);
	console.log(`ratio: ${(fullMs / floorMs).toFixed(2)}× the floor (goal: within 1.5×)`);
	// on a shared machine the median drifts with other load; the best runs show the code's own cost
	console.log(`best runs: ${(Math.min(...fulls) / Math.min(...floors)).toFixed(2)}× the floor`);
} finally {
	rmSync(dir, { recursive: true, force: true });
}

/**
 * Normalisation, on the article's English text (the fast paths) and on German and Greek text (case
 * folding, NFKC), each against the floor of `toLowerCase` on the same text.
 */
function benchNormalize(): void {
	const texts = {
		'English (article)': ARTICLE,
		'German and Greek': 'Die GROSSE Straße führt nach München. ΟΔΥΣΣΕΥΣ και Οδυσσεύς. '.repeat(400)
	};
	const REPEAT = 40;
	console.log(`\nnormalising a quote (median of ${RUNS} runs of ${REPEAT} passes)`);
	for (const [name, text] of Object.entries(texts)) {
		const floorMs: number[] = [];
		const quoteMs: number[] = [];
		const mapMs: number[] = [];
		for (let run = 0; run < RUNS; run++) {
			floorMs.push(
				time(() => {
					for (let i = 0; i < REPEAT; i++) text.toLowerCase();
				})
			);
			quoteMs.push(
				time(() => {
					for (let i = 0; i < REPEAT; i++) normalizeText(text);
				})
			);
			mapMs.push(
				time(() => {
					for (let i = 0; i < REPEAT; i++) normalizeWithMap(text);
				})
			);
		}
		const kb = (text.length / 1024).toFixed(0);
		const floor = median(floorMs);
		console.log(
			`${name}, ${kb} kB: normalizeText ${(median(quoteMs) / REPEAT).toFixed(2)} ms ` +
				`(${(median(quoteMs) / floor).toFixed(1)}× toLowerCase), normalizeWithMap ` +
				`${(median(mapMs) / REPEAT).toFixed(2)} ms (${(median(mapMs) / floor).toFixed(1)}×)`
		);
	}
}

benchNormalize();
