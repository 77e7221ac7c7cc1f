/**
 * The text settings a student can choose (size, line spacing, font, theme, line focus), how they
 * are kept in the browser, and the tiny script that applies them to <html> before the first paint.
 * Plain JavaScript (typed by JSDoc) because svelte.config.js loads it with Node as it is: the
 * script's hash joins the pages' Content Security Policy there, computed from this very text, and
 * the server hook writes the same text into every page (src/lib/server/first-paint.ts).
 *
 * A setting at its default (the first of its values) leaves <html> without its attribute; any other
 * value is `data-<attribute>="<value>"`, which app.css turns into custom properties.
 */

/** The localStorage key of the settings (one JSON object, `key` → value). */
export const TEXT_SETTINGS_KEY = 'close-reader:text-settings';

export const TEXT_SETTINGS = /** @type {const} */ ([
	{ key: 'textSize', attribute: 'text-size', values: ['100', '125', '150', '175', '200'] },
	{ key: 'lineSpacing', attribute: 'line-spacing', values: ['normal', 'relaxed', 'wide'] },
	{ key: 'font', attribute: 'font', values: ['serif', 'sans', 'atkinson', 'opendyslexic'] },
	{ key: 'theme', attribute: 'theme', values: ['system', 'light', 'dark', 'sepia'] },
	{ key: 'lineFocus', attribute: 'line-focus', values: ['off', 'on'] }
]);

const table = JSON.stringify(
	TEXT_SETTINGS.map(({ key, attribute, values }) => [key, attribute, values])
);

/**
 * Runs in the page's <head>, before its body is parsed. The stored text is untrusted (another
 * version of the app, a student's own edits): anything but a known value of a known setting is
 * ignored, and no failure (storage blocked, bad JSON) stops the page.
 */
export const FIRST_PAINT_SCRIPT =
	'(function(){try{' +
	`var s=JSON.parse(localStorage.getItem(${JSON.stringify(TEXT_SETTINGS_KEY)}))||{},t=${table},r=document.documentElement;` +
	'for(var i=0;i<t.length;i++){var v=s[t[i][0]];if(t[i][2].indexOf(v)>0)r.setAttribute("data-"+t[i][1],v)}' +
	'}catch(e){}})()';
