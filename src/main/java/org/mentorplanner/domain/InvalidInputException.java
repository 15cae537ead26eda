package org.mentorplanner.domain;

import java.util.List;

/**
 * Input that breaks a rule of the domain. The message is written for a person: it says what
 * is wrong and how to fix it. {@link #problems()} lists each problem with the field it concerns.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    /** One problem with one field ({@code field} is empty for problems of the whole input). */
    public record Problem(String field, String message) {
    }

    public InvalidInputException(String message) {
        this(List.of(new Problem("", message)));
    }

    public InvalidInputException(List<Problem> problems) {
        super(joined(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order they were found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String joined(List<Problem> problems) {
        return String.join(" ", problems.stream().map(Problem::message).toList());
    }
}
