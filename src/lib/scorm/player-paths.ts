/**
 * Where the SCORM player's files are, relative to the site's root and to the player's page: named
 * once for the build, the player, the packer and the service worker. Imports nothing, so the
 * service worker takes these names and nothing else.
 */

/** The player's page in the built site (and in a package): routes/studio/player. */
export const PLAYER_PAGE = 'studio/player.html';
/** The list of the player's files (page included), written by the build beside the page. */
export const PLAYER_FILE_LIST = 'studio/player-files.json';
/** The quiz a package plays, beside the player page: the player reads it by this name. */
export const QUIZ_FILE = 'quiz.json';
/** A test's answer keys, beside the player page: fetched only once the student submits. */
export const KEY_FILE = 'key.json';
