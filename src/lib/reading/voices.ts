/**
 * Which of the installed voices can read the article: those of its language (the page's `lang`),
 * and which one to use given the student's remembered choice. Voices are described by the fields of
 * the browser's SpeechSynthesisVoice that matter here, so that tests can list their own.
 */

export interface VoiceInfo {
	readonly voiceURI: string;
	readonly name: string;
	/** a BCP 47 tag, 'en-US'; some systems write 'en_US' */
	readonly lang: string;
	readonly default: boolean;
}

/** The primary language of a tag: 'en' of 'en-GB', 'en_GB' or 'EN'. */
export function primaryLanguage(tag: string): string {
	return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The voices for `lang` (the page's language), the system's default first, then by name. */
export function voicesFor<V extends VoiceInfo>(voices: readonly V[], lang: string): V[] {
	const wanted = primaryLanguage(lang || 'en');
	return voices
		.filter((voice) => primaryLanguage(voice.lang) === wanted)
		.sort((a, b) => Number(b.default) - Number(a.default) || a.name.localeCompare(b.name));
}

/** The remembered voice if it is still one of `voices`, else null (the engine chooses). */
export function chosenVoice(
	voices: readonly VoiceInfo[],
	remembered: string | null
): string | null {
	return voices.some((voice) => voice.voiceURI === remembered) ? remembered : null;
}
