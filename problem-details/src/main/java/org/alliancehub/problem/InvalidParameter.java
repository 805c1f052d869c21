package org.alliancehub.problem;

/** A query or path parameter the caller got wrong: answered 400 with the parameter's name in {@code field}. */
public class InvalidParameter extends RuntimeException {

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
