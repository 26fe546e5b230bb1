package dev.rawlab.lesson;

/**
 * One choice of a question, with the explanation shown once it has been picked.
 *
 * @param status  for a prediction: the status it predicts the observed operation returns (null otherwise)
 * @param version for a prediction: the version it predicts, if it says one
 */
public record Choice(String id, String text, String explanation, Integer status, Long version) {
}
