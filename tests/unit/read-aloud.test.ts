// Reading aloud as logic: the queue of passages driven by a stub speech engine that records each
// utterance and fires its events when the test says; and the voices offered for the page's language.
import { describe, expect, it } from 'vitest';
import {
	ReadingQueue,
	type Passage,
	type Speech,
	type SpeechEvents,
	type SpeechOptions
} from '$lib/reading/read-aloud';
import { chosenVoice, primaryLanguage, voicesFor, type VoiceInfo } from '$lib/reading/voices';

interface Spoken extends SpeechOptions {
	text: string;
	events: SpeechEvents;
}

/** An engine that records what it is asked to say; the test plays its events. */
class StubSpeech implements Speech {
	spoken: Spoken[] = [];
	cancels = 0;
	speak(text: string, options: SpeechOptions, events: SpeechEvents) {
		this.spoken.push({ text, ...options, events });
	}
	cancel() {
		this.cancels++;
	}
	get last(): Spoken {
		return this.spoken.at(-1)!;
	}
	/** the last utterance starts and ends, as an engine would */
	finish() {
		this.last.events.start();
		this.last.events.end();
	}
}

const passages: Passage[] = [
	{ id: '1.1', text: 'The ferry ran until 1984.' },
	{ id: '1.2', text: 'Then the bridge opened.' },
	{ id: '2.1', text: 'Now the town wants it back.' }
];

function queue() {
	const speech = new StubSpeech();
	let changes = 0;
	const reader = new ReadingQueue(speech, () => changes++);
	return { speech, reader, changes: () => changes };
}

describe('ReadingQueue', () => {
	it('says nothing until asked', () => {
		const { speech, reader } = queue();
		expect(speech.spoken).toEqual([]);
		expect(reader.status).toBe('stopped');
		expect(reader.current).toBeNull();
	});

	it('speaks each passage in order, one utterance each, and stops after the last', () => {
		const { speech, reader } = queue();
		reader.read('article', passages);
		expect(speech.spoken.map((s) => s.text)).toEqual(['The ferry ran until 1984.']);
		speech.finish();
		speech.finish();
		speech.finish();
		expect(speech.spoken.map((s) => s.text)).toEqual(passages.map((p) => p.text));
		expect(reader.status).toBe('stopped');
		expect(reader.shown).toBeNull();
		expect(reader.position).toBe(0);
	});

	it('highlights a passage when its utterance starts, not before', () => {
		const { speech, reader } = queue();
		reader.read('article', passages);
		expect(reader.shown).toBeNull();
		speech.last.events.start();
		expect(reader.shown).toBe(0);
		speech.last.events.end();
		// the next one is asked for, still showing the first until it starts
		expect(reader.shown).toBe(0);
		speech.last.events.start();
		expect(reader.shown).toBe(1);
		expect(reader.current).toEqual(passages[1]);
	});

	it('starts from the passage asked for', () => {
		const { speech, reader } = queue();
		reader.read('article', passages, 2);
		expect(speech.last.text).toBe('Now the town wants it back.');
		reader.read('article', passages, 99);
		expect(reader.position).toBe(2);
	});

	it('pauses by cancelling, and resumes the same passage from its start without boundaries', () => {
		const { speech, reader } = queue();
		reader.read('article', passages);
		speech.last.events.start();
		reader.pause();
		expect(reader.status).toBe('paused');
		expect(speech.cancels).toBeGreaterThan(0);
		// the cancelled utterance's late events change nothing
		speech.last.events.error('interrupted');
		speech.last.events.end();
		expect(reader.status).toBe('paused');
		expect(reader.position).toBe(0);
		expect(reader.shown).toBe(0);
		reader.resume();
		expect(reader.status).toBe('playing');
		expect(speech.spoken.map((s) => s.text)).toEqual([passages[0]!.text, passages[0]!.text]);
	});

	it('resumes from the last word boundary, and counts later boundaries in the whole passage', () => {
		const { speech, reader } = queue();
		reader.read('article', passages);
		speech.last.events.start();
		speech.last.events.boundary(10, 3);
		expect(reader.word).toEqual({ start: 10, end: 13 });
		reader.pause();
		reader.resume();
		expect(speech.last.text).toBe('ran until 1984.');
		speech.last.events.boundary(4, undefined);
		// 'until' at 14 of the passage; no charLength: to the next space
		expect(reader.word).toEqual({ start: 14, end: 19 });
	});

	it('moves to the next and previous passage, reading on if it was reading', () => {
		const { speech, reader } = queue();
		reader.read('article', passages);
		reader.next();
		expect(speech.last.text).toBe(passages[1]!.text);
		reader.next();
		reader.next();
		expect(reader.position).toBe(2);
		reader.previous();
		expect(speech.last.text).toBe(passages[1]!.text);
		expect(reader.status).toBe('playing');
	});

	it('moves while paused without speaking, showing where it will resume', () => {
		const { speech, reader } = queue();
		reader.read('article', passages);
		reader.pause();
		const count = speech.spoken.length;
		reader.next();
		expect(speech.spoken).toHaveLength(count);
		expect(reader.status).toBe('paused');
		expect(reader.shown).toBe(1);
		reader.resume();
		expect(speech.last.text).toBe(passages[1]!.text);
	});

	it('applies a new speed at once, within 0.5–1.5, and a new voice', () => {
		const { speech, reader } = queue();
		reader.read('article', passages);
		reader.setRate(1.5);
		expect(speech.last).toMatchObject({ text: passages[0]!.text, rate: 1.5 });
		reader.setRate(4);
		expect(reader.rate).toBe(1.5);
		reader.setRate(0.1);
		expect(speech.last.rate).toBe(0.5);
		reader.setRate(Number.NaN);
		expect(reader.rate).toBe(1);
		reader.setVoice('urn:voice:kate');
		expect(speech.last.voice).toBe('urn:voice:kate');
	});

	it('a new speed while stopped waits for the next reading', () => {
		const { speech, reader } = queue();
		reader.setRate(0.75);
		expect(speech.spoken).toEqual([]);
		reader.read('article', passages);
		expect(speech.last.rate).toBe(0.75);
	});

	it('stops on an engine error, keeping it as the problem', () => {
		const { speech, reader } = queue();
		reader.read('article', passages);
		speech.last.events.error('synthesis-failed');
		expect(reader.status).toBe('stopped');
		expect(reader.problem).toBe('synthesis-failed');
		reader.read('article', passages);
		expect(reader.problem).toBeNull();
	});

	it('reading something else replaces what was read, and stop forgets the highlight', () => {
		const { speech, reader } = queue();
		reader.read('article', passages);
		speech.last.events.start();
		reader.read('question:q1', [{ id: '0.0', text: 'Why did the ferry stop?' }]);
		expect(reader.source).toBe('question:q1');
		// nothing of the article stays highlighted; the question shows once it starts
		expect(reader.shown).toBeNull();
		expect(speech.last.text).toBe('Why did the ferry stop?');
		reader.stop();
		expect(reader.shown).toBeNull();
		expect(reader.word).toBeNull();
		expect(reader.current).toBeNull();
	});

	it('an empty queue is stopped at once', () => {
		const { speech, reader } = queue();
		reader.read('article', []);
		expect(reader.status).toBe('stopped');
		expect(speech.spoken).toEqual([]);
		reader.next();
		expect(reader.status).toBe('stopped');
	});
});

describe('voices', () => {
	const voice = (name: string, lang: string, isDefault = false): VoiceInfo => ({
		voiceURI: `urn:${name}`,
		name,
		lang,
		default: isDefault
	});
	const installed = [
		voice('Zoe', 'en-GB'),
		voice('Anna', 'de-DE', true),
		voice('Alex', 'en_US'),
		voice('Karen', 'EN-au', true)
	];

	it('reads the primary language of a tag however it is written', () => {
		expect(primaryLanguage('en-GB')).toBe('en');
		expect(primaryLanguage('en_US')).toBe('en');
		expect(primaryLanguage(' FR ')).toBe('fr');
	});

	it('offers the voices of the page’s language, the default first, then by name', () => {
		expect(voicesFor(installed, 'en').map((v) => v.name)).toEqual(['Karen', 'Alex', 'Zoe']);
		expect(voicesFor(installed, 'de-AT').map((v) => v.name)).toEqual(['Anna']);
		expect(voicesFor(installed, 'fr')).toEqual([]);
	});

	it('keeps a remembered voice only while it is installed', () => {
		const english = voicesFor(installed, 'en');
		expect(chosenVoice(english, 'urn:Zoe')).toBe('urn:Zoe');
		expect(chosenVoice(english, 'urn:Anna')).toBeNull();
		expect(chosenVoice(english, null)).toBeNull();
	});
});
