/**
 * Reads article.md: YAML front matter, then the body's paragraphs and headings (see
 * src/lib/text/paragraph.ts).
 */
import type { Article } from '../text/article.ts';
import { invisibleAdvice, invisibleCharacters } from '../text/invisible.ts';
import { parseBlocks } from '../text/paragraph.ts';
import { indexArticle } from './article-index.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { checkGlossary } from './glossary.ts';
import { issuesToDiagnostics } from './issues.ts';
import { pastedParagraphAdvice, pastedParagraphs, type PastedParagraph } from './line-breaks.ts';
import { parseNumbersAsText } from './numbers-as-text.ts';
import { articleFrontMatterSchema } from './schema.ts';
import { notTextProblem, parseYaml } from './yaml-source.ts';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/**
 * "2021-03-27" → "27 March 2021", as the source line shows it; a year alone stays as it is. Written
 * out rather than by Intl.DateTimeFormat (en-GB's long date gives the same words), whose first use
 * loads the locale data: tens of milliseconds in every thread of a check.
 */
export function dateInWords(isoDate: string): string {
	if (/^\d{4}$/.test(isoDate)) return isoDate;
	const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
	return `${day} ${MONTHS[month - 1]} ${year}`;
}

export interface ParsedArticle {
	article?: Article;
	diagnostics: Diagnostic[];
	/** paragraphs that look like several pasted with single line breaks (see line-breaks.ts) */
	pasted?: PastedParagraph[];
}

export function parseArticle(text: string, slug: string, path: string): ParsedArticle {
	const at = (line: number, message: string, severity: Diagnostic['severity'] = 'error') =>
		diagnostic(path, message, { line, severity });
	const binary = notTextProblem(text, path);
	if (binary) return { diagnostics: [binary] };
	const diagnostics: Diagnostic[] = invisibleWarnings(text, path);
	const source = text.replace(/^\uFEFF/, '');
	const opening = /^---[ \t]*\r?\n/.exec(source);
	const closing = opening ? /^---[ \t]*\r?$/m.exec(source.slice(opening[0].length)) : null;
	if (!opening || !closing) {
		const message = opening
			? 'front matter is not closed: add a line with only --- after the title'
			: 'article.md must start with front matter: a line ---, then title: "…", then a line ---';
		return { diagnostics: [at(1, message)] };
	}
	const yamlText = source.slice(opening[0].length, opening[0].length + closing.index);
	const bodyStart = opening[0].length + closing.index + closing[0].length;
	const parsed = parseYaml(yamlText, path, 1);
	diagnostics.push(...parsed.diagnostics);
	if (parsed.data === undefined && parsed.diagnostics.length > 0) return { diagnostics };
	const read = parseNumbersAsText(articleFrontMatterSchema, parsed.data ?? {}, parsed.source);
	const front = read.result;
	diagnostics.push(
		...read.diagnostics,
		...issuesToDiagnostics(read.issues, parsed.source, read.data, articleFrontMatterSchema)
	);
	if (!front.success || read.diagnostics.length > 0) return { diagnostics };
	const body = source.slice(bodyStart);
	const blocks = parseBlocks(body);
	// the body starts on the closing --- line, just after the ---
	const bodyLine = source.slice(0, bodyStart).split('\n').length;
	if (!blocks.some((block) => block.kind === 'paragraph')) {
		diagnostics.push(
			at(bodyLine, 'the article has no text: add paragraphs after the front matter')
		);
		return { diagnostics };
	}
	const pasted = pastedParagraphs(body, bodyLine);
	for (const found of pasted)
		diagnostics.push(at(found.line, pastedParagraphAdvice(found), 'warning'));
	const meta = front.data;
	const article: Article = {
		slug,
		title: meta.title,
		...(meta.source !== undefined && { source: meta.source }),
		...(meta.author !== undefined && { author: meta.author }),
		...(meta.published !== undefined && {
			published: meta.published,
			publishedText: dateInWords(meta.published)
		}),
		...(meta.url !== undefined && { url: meta.url }),
		...(meta.credit !== undefined && { credit: meta.credit }),
		blocks
	};
	if (meta.glossary) {
		const checked = checkGlossary(meta.glossary, indexArticle(article), parsed.source);
		diagnostics.push(...checked.diagnostics);
		if (checked.diagnostics.length > 0) return { diagnostics, pasted };
		article.glossary = checked.glossary;
	}
	return { article, diagnostics, pasted };
}

/** A warning at each kind of invisible character in a file (matching ignores them; see invisible.ts). */
export function invisibleWarnings(text: string, path: string): Diagnostic[] {
	return invisibleCharacters(text).map((found) =>
		diagnostic(path, invisibleAdvice(found), {
			line: found.line,
			col: found.col,
			severity: 'warning'
		})
	);
}
