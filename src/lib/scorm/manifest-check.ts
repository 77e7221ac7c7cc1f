/**
 * Checking an `imsmanifest.xml` against SCORM's content-packaging rules (the parts an LMS relies on
 * to import and launch a package). Takes a DOM Document, so the same check runs in jsdom and in the
 * browser; the tests run it on every package.
 */
import type { ScormVersion } from '../lms/runtime.ts';

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
