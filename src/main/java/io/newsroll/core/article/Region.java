package io.newsroll.core.article;

/**
 * A run of a page's lines, {@code [start, end)}, and what it weighs (the sum of its
 * lines' weights, or a plain block's units).
 */
record Region(int start, int end, double weight) {
}
