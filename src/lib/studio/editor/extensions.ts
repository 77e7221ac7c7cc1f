/**
 * The CodeMirror setup of the Studio's two editors: line numbers, history, search and completion
 * (basicSetup), Tab indents (Escape then Tab leaves the editor, CodeMirror's own way out), long
 * lines wrap, a paste is cleaned (paste-clean.ts), and the checker's problems are shown in a
 * gutter. The quiz editor adds completion and hover help from the quiz JSON Schema.
 */
import { indentWithTab } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { yaml, yamlFrontmatter, yamlLanguage } from '@codemirror/lang-yaml';
import { lintGutter } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import { EditorView, hoverTooltip, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { stateExtensions, updateSchema } from 'codemirror-json-schema';
import { yamlCompletion, yamlSchemaHover } from 'codemirror-json-schema/yaml';
import type { JSONSchema7 } from 'json-schema';
import { cleanPaste, type EditedFile } from './paste-clean';

export interface EditorSetup {
	kind: EditedFile;
	label: string;
	/** the quiz file's JSON Schema (the YAML editor's completion and hover help) */
	schema?: JSONSchema7;
	onchange: (text: string) => void;
}

export function editorExtensions({ kind, label, schema, onchange }: EditorSetup): Extension[] {
	return [
		basicSetup,
		keymap.of([indentWithTab]),
		EditorView.lineWrapping,
		EditorView.contentAttributes.of({ 'aria-label': label }),
		EditorView.clipboardInputFilter.of((text) => cleanPaste(text, kind)),
		EditorView.updateListener.of((update) => {
			if (update.docChanged) onchange(update.state.doc.toString());
		}),
		lintGutter(),
		theme,
		...languageOf(kind, schema)
	];
}

/** The editor's look in the site's colours (CSS variables reach into the editor's shadow root). */
const theme = EditorView.theme({
	// no height of its own: the editor grows with its text, so the page is the one thing that scrolls
	'&': {
		minHeight: '12rem',
		backgroundColor: 'var(--surface)',
		color: 'var(--text)',
		fontSize: 'var(--step--1)'
	},
	'&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '2px' },
	'.cm-scroller': { fontFamily: 'ui-monospace, monospace' },
	'.cm-gutters': {
		backgroundColor: 'var(--bg)',
		color: 'var(--muted)',
		borderColor: 'var(--border)'
	},
	'.cm-content': { caretColor: 'var(--text)' },
	// @codemirror/lint draws its marks as data: images, which the site's CSP (img-src 'self')
	// blocks: drawn with CSS instead
	'.cm-lintRange-error': { backgroundImage: 'none', ...squiggle('var(--incorrect)') },
	'.cm-lintRange-warning': { backgroundImage: 'none', ...squiggle('var(--partial)') },
	'.cm-lintRange-info': { backgroundImage: 'none', ...squiggle('var(--muted)') },
	'.cm-lintRange-hint': { backgroundImage: 'none', ...squiggle('var(--muted)') },
	'.cm-lint-marker-error': {
		content: 'normal',
		...marker('var(--incorrect)'),
		borderRadius: '50%'
	},
	'.cm-lint-marker-warning': { content: 'normal', ...marker('var(--partial)') },
	'.cm-lint-marker-info': { content: 'normal', ...marker('var(--muted)') }
});

function squiggle(color: string) {
	return {
		textDecorationLine: 'underline',
		textDecorationStyle: 'wavy',
		textDecorationColor: color,
		textDecorationSkipInk: 'none'
	};
}

function marker(color: string) {
	return { display: 'inline-block', backgroundColor: color, transform: 'scale(0.7)' };
}

/** Gives a quiz editor made before the schema arrived its completion and hover help. */
export function setSchema(view: EditorView, schema: JSONSchema7): void {
	updateSchema(view, schema);
}

function languageOf(kind: EditedFile, schema: JSONSchema7 | undefined): Extension[] {
	switch (kind) {
		case 'markdown':
			// the front matter as YAML, so its closing `---` is not read as a heading's underline
			return [yamlFrontmatter({ content: markdown() })];
		case 'yaml':
			return [
				yaml(),
				yamlLanguage.data.of({ autocomplete: yamlCompletion() }),
				hoverTooltip(yamlSchemaHover()),
				stateExtensions(schema)
			];
	}
}
