/**
 * The Studio's stand-in for codemirror-json-schema's `utils/markdown` (vite.config.ts puts it in
 * that module's place): the package renders the schema's help with markdown-it and loads Shiki, a
 * highlighter of half a megabyte that needs WebAssembly the site's CSP does not allow. The schema's
 * descriptions need only `code` and **bold**, so this renders those and escapes everything else
 * (the package sets the result as HTML).
 */

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/** `markdown` as HTML: escaped, with `code`, **bold** and (unless inline) line breaks. */
export function renderMarkdown(markdown: string, inline = true): string {
	const html = escape(markdown)
		.replace(/`([^`]+)`/g, '<code>$1</code>')
		.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
	return inline ? html : html.replace(/\n/g, '<br>');
}
