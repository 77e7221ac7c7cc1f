/**
 * Reads article.md: YAML front matter, then paragraphs (separated by blank lines, numbered ¶1…)
 * and `#` headings (not numbered). Only inline Markdown is interpreted; raw HTML stays text.
 */
import { parseInline } from '../quiz/inline.ts';
import { parseParagraph } from '../quiz/paragraph.ts';
import { articleFrontMatterSchema } from '../quiz/schema.ts';
import type { Article, Block } from '../quiz/types.ts';
import type { Diagnostic } from './diagnostics.ts';
import { issuesToDiagnostics } from './issues.ts';
import { parseYaml } from './yaml-source.ts';

export interface ParsedArticle {
	article?: Article;
	diagnostics: Diagnostic[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/** The blocks of an article body: runs of non-blank lines become paragraphs; `#` lines headings. */
export function parseBlocks(body: string): Block[] {
	const blocks: Block[] = [];
	let lines: string[] = [];
	const flush = () => {
		if (lines.length > 0) {
			const n = blocks.filter((block) => block.kind === 'paragraph').length + 1;
			blocks.push(parseParagraph(n, lines.join(' ')));
		}
		lines = [];
	};
	for (const raw of body.split(/\r?\n/)) {
		const line = raw.trim();
		const heading = HEADING.exec(line);
		if (line === '') flush();
		else if (heading) {
			flush();
			const level = Math.min(6, Math.max(2, heading[1]!.length)) as 2 | 3 | 4 | 5 | 6;
			blocks.push({ kind: 'heading', level, inlines: parseInline(heading[2]!) });
		} else lines.push(line);
	}
	flush();
	return blocks;
}

export function parseArticle(text: string, slug: string, path: string): ParsedArticle {
	const diagnostics: Diagnostic[] = [];
	const at = (line: number, message: string): Diagnostic => ({
		path,
		line,
		col: 1,
		message,
		severity: 'error'
	});
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
	const front = articleFrontMatterSchema.safeParse(parsed.data ?? {});
	if (!front.success) {
		diagnostics.push(
			...issuesToDiagnostics(
				front.error.issues,
				parsed.source,
				parsed.data ?? {},
				articleFrontMatterSchema
			)
		);
		return { diagnostics };
	}
	const blocks = parseBlocks(source.slice(bodyStart));
	if (!blocks.some((block) => block.kind === 'paragraph')) {
		const bodyLine = source.slice(0, bodyStart).split('\n').length;
		diagnostics.push(
			at(bodyLine, 'the article has no text: add paragraphs after the front matter')
		);
		return { diagnostics };
	}
	const meta = front.data;
	const article: Article = {
		slug,
		title: meta.title,
		...(meta.source !== undefined && { source: meta.source }),
		...(meta.author !== undefined && { author: meta.author }),
		...(meta.published !== undefined && { published: meta.published }),
		...(meta.url !== undefined && { url: meta.url }),
		...(meta.credit !== undefined && { credit: meta.credit }),
		blocks
	};
	return { article, diagnostics };
}
