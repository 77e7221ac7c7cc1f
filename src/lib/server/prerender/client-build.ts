/**
 * The client build as the prerendering step sees it (src/hooks.server.ts): Vite's manifest of the
 * build's files, which files a module needs, and how a page addresses them. The hook uses it to
 * finish what SvelteKit cannot know a page needs (article-styles.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What Vite's build manifest says of one file of the client build (the fields used here). */
export interface ManifestChunk {
	file: string;
	isDynamicEntry?: boolean;
	imports?: string[];
	css?: string[];
	assets?: string[];
	dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The chunk of the module `key` and every chunk it imports, each once, its own first. */
export function chunksOf(manifest: Manifest, key: string): ManifestChunk[] {
	const chunks: ManifestChunk[] = [];
	const seen = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (seen.has(key) || !chunk) return;
		seen.add(key);
		chunks.push(chunk);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	visit(key);
	return chunks;
}

const MODULEPRELOAD = /<link href="([^"]+)" rel="modulepreload">/g;

/**
 * The page's modulepreload links, with where each ends in `html`. They are in its head, so only
 * that is read (every page of a large library comes through here).
 */
export function modulepreloads(html: string): { href: string; end: number }[] {
	const end = html.indexOf('</head>');
	const head = end < 0 ? html : html.slice(0, end);
	return [...head.matchAll(MODULEPRELOAD)].map((match) => ({
		href: match[1]!,
		end: match.index + match[0].length
	}));
}

/**
 * What comes before a build file's name in the page's links to the build (`links`, from
 * `modulepreloads`): `../` on a relative page, the base path on an absolute one; null when it links
 * none.
 */
export function buildPrefix(links: { href: string }[], manifest: Manifest): string | null {
	const files = Object.values(manifest).map((chunk) => chunk.file);
	for (const { href } of links) {
		const file = files.find((name) => href.endsWith(name));
		if (file !== undefined) return href.slice(0, href.length - file.length);
	}
	return null;
}

let read: { path: string; manifest: Manifest | null } | undefined;

/** The client build's manifest, when prerendering after a client build (else null). */
export function clientManifest(path: string): Manifest | null {
	if (read?.path !== path) {
		let manifest: Manifest | null;
		try {
			manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
		} catch {
			manifest = null;
		}
		read = { path, manifest };
	}
	return read.manifest;
}

const files = new Map<string, string>();

/**
 * The text of one of the build's files, by its name in the manifest at `manifestPath`: read once
 * for all the pages that need it (every quiz page of a large library, for the article's styles).
 */
export function readBuildFile(manifestPath: string, file: string): string {
	// the manifest is <client>/.vite/manifest.json, and the files' names are relative to <client>
	const path = join(dirname(dirname(manifestPath)), file);
	let text = files.get(path);
	if (text === undefined) files.set(path, (text = readFileSync(path, 'utf8')));
	return text;
}
