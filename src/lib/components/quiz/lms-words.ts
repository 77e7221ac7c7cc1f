/**
 * The quiz page's notices about a learning platform, which only the SCORM player shows: loaded by
 * Notices.svelte when the page has a platform link, so that no quiz page of the site carries them.
 */

/** In a learning platform whose connection failed (once, however many calls failed). */
export const LMS_TROUBLE_NOTICE =
	'Your answers are being saved on this device, but your results may not reach your teacher. You can keep going; if this keeps happening, let your teacher know.';

/** In a learning platform, after the result was sent and the student goes on (retry, start over). */
export const LMS_FINISHED_NOTICE =
	'Your result has been sent to your teacher. What you answer from now on stays on this device; to send a new result, open the activity again from your course.';
