/**
 * A quiz as a SCORM package: its prerendered page from a CLOSE_READER_TARGET=scorm build, every
 * file the page loads (addressed relatively, so it runs from whatever path the LMS serves it at),
 * and `imsmanifest.xml` at the root: SCORM 1.2, or SCORM 2004 4th edition. Zipped with fflate.
 * Build-time only; `scripts/export-scorm.ts` is the command.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { ScormVersion } from '../lms/runtime.ts';

export interface PackageQuiz {
	article: string;
	articleTitle: string;
	slug: string;
	title: string;
	mode: 'practice' | 'test';
	passMark?: number;
	version: string;
}

/** Where the built site keeps a quiz's page, relative to the site's root (trailingSlash: 'never'). */
export const pagePath = (quiz: Pick<PackageQuiz, 'article' | 'slug'>) =>
	`${quiz.article}/${quiz.slug}.html`;

/** The article's text, which the quiz page reads when it loads (shared by the article's quizzes). */
const articleFilePath = (quiz: Pick<PackageQuiz, 'article'>) => `${quiz.article}/article.json`;

/** The answer key a test fetches after Submit (practice mode has it in the page). */
const keyPath = (quiz: Pick<PackageQuiz, 'article' | 'slug'>) =>
	`${quiz.article}/${quiz.slug}/key.json`;

function filesUnder(root: string, dir: string): string[] {
	return readdirSync(join(root, dir)).flatMap((name) => {
		const path = join(dir, name);
		return statSync(join(root, path)).isDirectory()
			? filesUnder(root, path)
			: [path.split(sep).join('/')];
	});
}

/** The relative addresses an HTML page loads (href and src), resolved against its folder. */
function referencedFiles(html: string, page: string): string[] {
	const folder = posix.dirname(page);
	return [...html.matchAll(/\b(?:href|src)="([^"#?]+)[^"]*"/g)]
		.map((match) => match[1]!)
		.filter((address) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(address) && !address.startsWith('/'))
		.map((address) => posix.normalize(posix.join(folder, address)))
		.filter((path) => !path.startsWith('..'));
}

/**
 * The files of a quiz's package, relative to the built site `site`: the page, everything under
 * `_app/` (its scripts, styles and the chunks it loads on demand), the files the page refers to,
 * its article's text and a test's answer key. Never the service worker: inside an LMS its scope would reach content
 * that is not ours.
 */
export function packageFiles(site: string, quiz: PackageQuiz): string[] {
	const page = pagePath(quiz);
	if (!existsSync(join(site, page)))
		throw new Error(
			`${join(site, page)} is missing: build the site with CLOSE_READER_TARGET=scorm first`
		);
	const files = new Set<string>([page, ...filesUnder(site, '_app')]);
	const html = readFileSync(join(site, page), 'utf8');
	for (const path of referencedFiles(html, page)) {
		if (existsSync(join(site, path)) && statSync(join(site, path)).isFile()) files.add(path);
	}
	files.add(articleFilePath(quiz));
	if (quiz.mode === 'test') files.add(keyPath(quiz));
	files.delete('service-worker.js');
	return [...files].sort();
}

const xml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An XML ID (NCName): the slugs already are, after a letter. */
const identifier = (...parts: string[]) => `close-reader-${parts.join('-')}`;

/** `imsmanifest.xml` for a quiz's package. */
export function manifest(
	quiz: PackageQuiz,
	files: readonly string[],
	version: ScormVersion
): string {
	const id = identifier(quiz.article, quiz.slug);
	const title = xml(`${quiz.title} · ${quiz.articleTitle}`);
	const href = xml(pagePath(quiz));
	const fileList = files.map((file) => `      <file href="${xml(file)}"/>`).join('\n');
	if (version === '1.2') {
		const mastery =
			quiz.passMark === undefined
				? ''
				: `\n      <adlcp:masteryscore>${quiz.passMark}</adlcp:masteryscore>`;
		return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="${xml(quiz.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${href}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
	}
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="${xml(quiz.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${href}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

/** A fixed date for every entry, so the same site gives byte-identical packages. */
const ENTRY_DATE = new Date('2020-01-01T00:00:00Z');

/** The package as a zip: `imsmanifest.xml` at the root, then the files as they sit in the site. */
export function zipPackage(
	site: string,
	files: readonly string[],
	manifestXml: string
): Uint8Array {
	const entries: Zippable = {
		'imsmanifest.xml': [new TextEncoder().encode(manifestXml), { mtime: ENTRY_DATE }]
	};
	for (const file of files) {
		entries[file] = [new Uint8Array(readFileSync(join(site, file))), { mtime: ENTRY_DATE }];
	}
	return zipSync(entries, { level: 9 });
}

/** The package's file name: one per quiz and SCORM version. */
export function packageName(quiz: Pick<PackageQuiz, 'article' | 'slug'>, version: ScormVersion) {
	return `${quiz.article}--${quiz.slug}${version === '2004' ? '--scorm2004' : ''}.zip`;
}

// ---- checking a manifest against SCORM's content-packaging rules ---------------------------------

const NS = {
	'1.2': {
		cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
		adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
		scormType: 'scormtype',
		schemaVersion: '1.2'
	},
	'2004': {
		cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
		adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
		scormType: 'scormType',
		schemaVersion: '2004 4th Edition'
	}
} as const;

/** XML Schema's ID: a name that starts with a letter or "_" and has no colon or space. */
const NCNAME = /^[A-Za-z_][\w.-]*$/;

/**
 * What is wrong with a parsed `imsmanifest.xml`, by the rules of SCORM's content packaging (the
 * parts an LMS relies on to import and launch a package): the root manifest with an identifier in
 * the right namespace, schema "ADL SCORM" of the version, a default organization that exists, each
 * item pointing at a resource, every identifier a unique XML ID, each SCO resource marked
 * scormtype="sco" with an href and files that exist in the package. Takes a DOM Document, so the
 * same check runs in jsdom and in the browser.
 */
export function manifestProblems(
	doc: Document,
	packageFiles: ReadonlySet<string>,
	version: ScormVersion
): string[] {
	const ns = NS[version];
	const problems: string[] = [];
	if (doc.getElementsByTagName('parsererror').length > 0)
		return ['the manifest is not well-formed XML'];
	const root = doc.documentElement;
	if (root.localName !== 'manifest' || root.namespaceURI !== ns.cp)
		problems.push(`the root element must be <manifest> in ${ns.cp}`);
	const children = (parent: Element, name: string) =>
		Array.from(parent.children).filter(
			(child) => child.localName === name && child.namespaceURI === ns.cp
		);
	const ids = new Map<string, Element>();
	for (const element of Array.from(doc.getElementsByTagNameNS(ns.cp, '*'))) {
		const id = element.getAttribute('identifier');
		if (id === null) continue;
		if (!NCNAME.test(id)) problems.push(`identifier '${id}' is not an XML ID`);
		if (ids.has(id)) problems.push(`identifier '${id}' is used twice`);
		ids.set(id, element);
	}
	if (!root.getAttribute('identifier')) problems.push('<manifest> has no identifier');

	const metadata = children(root, 'metadata')[0];
	const schema = metadata && children(metadata, 'schema')[0]?.textContent?.trim();
	const schemaVersion = metadata && children(metadata, 'schemaversion')[0]?.textContent?.trim();
	if (schema !== 'ADL SCORM') problems.push('<metadata><schema> must be "ADL SCORM"');
	if (schemaVersion !== ns.schemaVersion)
		problems.push(`<metadata><schemaversion> must be "${ns.schemaVersion}"`);

	const organizations = children(root, 'organizations')[0];
	const resources = children(root, 'resources')[0];
	if (!organizations) problems.push('<organizations> is missing');
	if (!resources) problems.push('<resources> is missing');
	if (!organizations || !resources) return problems;

	const resourceIds = new Set(
		children(resources, 'resource').map((resource) => resource.getAttribute('identifier') ?? '')
	);
	const organizationList = children(organizations, 'organization');
	const defaultOrganization = organizations.getAttribute('default');
	if (
		!defaultOrganization ||
		!organizationList.some((org) => org.getAttribute('identifier') === defaultOrganization)
	)
		problems.push('<organizations default> must name one of its organizations');
	if (organizationList.length === 0) problems.push('there is no <organization>');
	for (const organization of organizationList) {
		if (!children(organization, 'title')[0]?.textContent?.trim())
			problems.push(`organization '${organization.getAttribute('identifier')}' has no title`);
		const items = Array.from(organization.getElementsByTagNameNS(ns.cp, 'item'));
		if (items.length === 0)
			problems.push(`organization '${organization.getAttribute('identifier')}' has no item`);
		for (const item of items) {
			const ref = item.getAttribute('identifierref');
			if (!children(item, 'title')[0]?.textContent?.trim())
				problems.push(`item '${item.getAttribute('identifier')}' has no title`);
			if (ref !== null && !resourceIds.has(ref))
				problems.push(`item '${item.getAttribute('identifier')}' points at no resource ('${ref}')`);
		}
	}

	for (const resource of children(resources, 'resource')) {
		const id = resource.getAttribute('identifier');
		if (resource.getAttribute('type') !== 'webcontent')
			problems.push(`resource '${id}' must be type="webcontent"`);
		const scormType = resource.getAttributeNS(ns.adlcp, ns.scormType);
		if (scormType !== 'sco' && scormType !== 'asset')
			problems.push(`resource '${id}' must have adlcp:${ns.scormType}="sco" (or "asset")`);
		const href = resource.getAttribute('href');
		if (scormType === 'sco' && !href) problems.push(`resource '${id}' is a SCO without an href`);
		if (href && !packageFiles.has(href.split(/[?#]/)[0]!))
			problems.push(`resource '${id}' launches '${href}', which is not in the package`);
		for (const file of children(resource, 'file')) {
			const path = file.getAttribute('href');
			if (!path || !packageFiles.has(path))
				problems.push(`resource '${id}' lists '${path}', which is not in the package`);
		}
	}
	return problems;
}

/** The package's files as the zip holds them, for checking a manifest against. */
export function zippedFiles(entries: Record<string, Uint8Array>): Set<string> {
	return new Set(Object.keys(entries).filter((name) => !name.endsWith('/')));
}
