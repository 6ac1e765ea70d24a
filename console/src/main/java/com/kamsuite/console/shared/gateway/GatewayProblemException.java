package com.kamsuite.console.shared.gateway;

/** A service refused a call made for the user; the page shows {@link #problem()} in place. */
public class GatewayProblemException extends RuntimeException {

    private final transient Problem problem;

    public GatewayProblemException(Problem problem) {
        super(problem.status() + " " + problem.code() + ": " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
