/**
 * Text in Moodle's GIFT format, both ways. Out: our inline Markdown with GIFT's special characters
 * (~ = # { } : and the backslash itself) escaped by a backslash and line breaks written \n, as
 * Moodle's GIFT documentation says. In: the text gift-pegjs parsed (already unescaped), in any of
 * GIFT's formats ([markdown], [html], [moodle], [plain]), as inline Markdown.
 */
import type { TextFormat } from 'gift-pegjs';

/** GIFT's special characters, and the backslash that escapes them. */
const SPECIAL = /[\\~=#{}:]/g;

/** Text for GIFT: specials escaped, line breaks as \n (a blank line would end the question). */
export function giftEscape(text: string): string {
	return text.replace(SPECIAL, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/** A percentage as GIFT writes weights: at most 5 decimals, as Moodle's grade list has them. */
export function giftWeight(percent: number): string {
	return String(Math.round(percent * 100000) / 100000);
}

/** One answer: `=right`, `~wrong`, `~%50%part`, each with its `#feedback`. */
export function giftAnswer(
	mark: '=' | '~',
	text: string,
	options: { weight?: number; feedback?: string } = {}
): string {
	const weight = options.weight === undefined ? '' : `%${giftWeight(options.weight)}%`;
	const feedback = options.feedback === undefined ? '' : `#${giftEscape(options.feedback)}`;
	return `${mark}${weight}${giftEscape(text)}${feedback}`;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X'))
			return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/** Characters our inline Markdown reads as formatting. */
const MARKDOWN_SPECIAL = /[\\`*_[\]]/g;
const escapeMarkdown = (text: string) => text.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);

/**
 * HTML (GIFT's [html] and [moodle] formats) as inline Markdown: bold, italic, code and links
 * kept; line breaks and paragraphs as spaces (a prompt is one paragraph); other tags dropped
 * (their text kept); entities decoded. The text is then shown as text, never as HTML.
 */
function htmlToMarkdown(html: string): string {
	const link = /<a\s[^>]*href\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a>/gi;
	const parts: string[] = [];
	let last = 0;
	for (const match of html.matchAll(link)) {
		parts.push(inlineHtml(html.slice(last, match.index)));
		parts.push(`[${inlineHtml(match[2]!)}](${decodeEntities(match[1]!)})`);
		last = match.index + match[0].length;
	}
	parts.push(inlineHtml(html.slice(last)));
	return parts.join('').replace(/\s+/g, ' ').trim();
}

function inlineHtml(html: string): string {
	return html
		.split(/(<[^>]*>)/)
		.map((piece) => {
			const tag = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(piece);
			if (!tag) return escapeMarkdown(decodeEntities(piece));
			switch (tag[2]!.toLowerCase()) {
				case 'b':
				case 'strong':
					return '**';
				case 'i':
				case 'em':
					return '*';
				case 'code':
					return '`';
				case 'br':
				case 'p':
				case 'div':
				case 'li':
					return ' ';
				default:
					return '';
			}
		})
		.join('');
}

/** A text gift-pegjs parsed, as our inline Markdown. */
export function fromGift(text: TextFormat | null | undefined): string {
	if (!text) return '';
	switch (text.format) {
		case 'markdown':
			return text.text.trim();
		case 'plain':
			return escapeMarkdown(text.text).replace(/\s+/g, ' ').trim();
		case 'html':
		case 'moodle':
			return htmlToMarkdown(text.text);
	}
}

/** A text gift-pegjs parsed, as plain words (typed answers): tags dropped, entities decoded. */
export function plainFromGift(text: TextFormat | null | undefined): string {
	if (!text) return '';
	const plain =
		text.format === 'html' || text.format === 'moodle'
			? decodeEntities(text.text.replace(/<[^>]*>/g, ' '))
			: text.text;
	return plain.replace(/\s+/g, ' ').trim();
}
