package dev.rawlab.scenario;

import dev.rawlab.check.Verdict;

/**
 * What a scenario promises about one of its operations, so its outcome is pinned. Every field but
 * {@code actionIndex} is optional (null means "not checked").
 *
 * @param actionIndex the index, in the file's {@code actions} list, of a put, get, list or delete
 * @param status      the HTTP-like status: 200, 404 or 503
 * @param version     the version written or read
 * @param verdict     the checker's verdict
 * @param node        the node whose answer the user got ({@code primary}, {@code A}, {@code cache}, ...)
 * @param attempts    how many tries the operation made
 * @param rywViolation       whether the checker finds a read-your-writes violation in this read
 * @param monotonicViolation whether the checker finds this read going back in time (monotonic reads)
 */
public record Expectation(int actionIndex, Integer status, Long version, Verdict verdict, String node, Integer attempts,
                          Boolean rywViolation, Boolean monotonicViolation) {
}
