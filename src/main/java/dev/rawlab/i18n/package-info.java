/**
 * Words for people: a {@link dev.rawlab.i18n.Text} is a message key plus its arguments, produced by
 * the model and turned into a sentence from the resource bundle only where it is shown.
 * Depends on java.base only.
 */
package dev.rawlab.i18n;
