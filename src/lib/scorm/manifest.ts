/**
 * `imsmanifest.xml`, the file an LMS reads to import a SCORM package: SCORM 1.2, or SCORM 2004 4th
 * edition, for one quiz launched by the package's player page. Plain text in, text out (no Node API,
 * no DOM), so the Studio and `npm run export:scorm` write the same bytes.
 */
import type { ScormVersion } from '../lms/runtime.ts';

/** What the manifest says of the quiz a package plays. */
export interface ManifestQuiz {
	article: string;
	articleTitle: string;
	slug: string;
	title: string;
	passMark?: number;
	version: string;
}

const xml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An XML ID (NCName): the slugs already are, after a letter. */
const identifier = (...parts: string[]) => `close-reader-${parts.join('-')}`;

/** `imsmanifest.xml` for a quiz's package: `launch` is the page the LMS opens, `files` every file. */
export function manifest(
	quiz: ManifestQuiz,
	launch: string,
	files: readonly string[],
	version: ScormVersion
): string {
	const id = identifier(quiz.article, quiz.slug);
	const title = xml(`${quiz.title} · ${quiz.articleTitle}`);
	const href = xml(launch);
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
