/**
 * Writing the user's files so that a failure loses nothing: every file the program saves (a scene,
 * a picture, a GIF, a trace or curve export, the learner's progress) is written in full to a
 * temporary file beside its target and only then moved over it, atomically where the file system
 * can, so a full disk, a failing writer or a crash midway leaves the old file as it was and no half
 * file. Depends on the JDK alone.
 */
package dev.rawlab.files;
