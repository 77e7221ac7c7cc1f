/**
 * The text settings as data: their typed shape, reading them back from storage (untrusted: anything
 * unknown falls back to the default, setting by setting), and the attributes of <html> that show
 * them. The same rules as the first-paint script (src/lib/text-settings.js), which applies the
 * stored settings before the page's own code has loaded; a unit test holds the two to the same
 * results.
 */
import { TEXT_SETTINGS } from '$lib/text-settings.js';

type Setting = (typeof TEXT_SETTINGS)[number];

export type TextSettings = { -readonly [S in Setting as S['key']]: S['values'][number] };
export type TextSettingKey = keyof TextSettings;

export const DEFAULT_TEXT_SETTINGS: Readonly<TextSettings> = Object.freeze(
	Object.fromEntries(TEXT_SETTINGS.map(({ key, values }) => [key, values[0]])) as TextSettings
);

/** The values a setting may take, in the order a control offers them (the default first). */
export function settingValues<K extends TextSettingKey>(key: K): readonly TextSettings[K][] {
	const setting = TEXT_SETTINGS.find((candidate) => candidate.key === key)!;
	return setting.values as readonly string[] as readonly TextSettings[K][];
}

/** The settings in a stored text (as saved by `storedText`); each setting unknown or junk is its default. */
export function readTextSettings(stored: string | null): TextSettings {
	let data: unknown;
	try {
		data = stored === null ? null : JSON.parse(stored);
	} catch {
		data = null;
	}
	const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
	const settings: Record<string, string> = {};
	for (const { key, values } of TEXT_SETTINGS) {
		const value = Object.hasOwn(record, key) ? record[key] : undefined;
		settings[key] = (values as readonly unknown[]).includes(value) ? (value as string) : values[0];
	}
	return settings as TextSettings;
}

/** The text to store: only the settings that differ from their default. */
export function storedText(settings: TextSettings): string {
	const changed = Object.fromEntries(
		Object.entries(settings).filter(
			([key, value]) => DEFAULT_TEXT_SETTINGS[key as TextSettingKey] !== value
		)
	);
	return JSON.stringify(changed);
}

/**
 * The `data-*` attributes of <html> for the settings, each with its value, or null where the
 * setting is at its default (the attribute is removed).
 */
export function rootAttributes(settings: TextSettings): [name: string, value: string | null][] {
	return TEXT_SETTINGS.map(({ key, attribute, values }) => [
		`data-${attribute}`,
		settings[key] === values[0] ? null : settings[key]
	]);
}
