/**
 * Writes the text settings' first-paint script (src/lib/text-settings.js) into every page the
 * server renders, at the end of its <head>: it runs before the body is parsed, so a page is drawn
 * with the student's text size, spacing, font and theme from the start, with no flash of the
 * defaults. The script's hash is in the pages' Content Security Policy (svelte.config.js, from the
 * same text), so no other inline script is allowed by it.
 */
import { FIRST_PAINT_SCRIPT } from '$lib/text-settings.js';

export function withFirstPaintScript(html: string): string {
	const end = html.indexOf('</head>');
	if (end < 0 || html.includes(FIRST_PAINT_SCRIPT)) return html;
	return `${html.slice(0, end)}<script>${FIRST_PAINT_SCRIPT}</script>${html.slice(end)}`;
}
