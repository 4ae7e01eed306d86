package jp.mypage.operator;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.password.PasswordProblem;

/**
 * What {@link OperatorBootstrap} does at start-up, decided from the number of operators and the
 * settings {@code ADMIN_EMAIL}, {@code ADMIN_PASSWORD} and {@code ADMIN_NAME}: each is read from the
 * Java system property of that name, else from the environment variable. There is no default
 * password: without both settings nothing is created.
 */
record BootstrapPlan(Outcome outcome, String email, String name, String password, PasswordProblem problem) {

    static final String EMAIL = "ADMIN_EMAIL";
    static final String PASSWORD = "ADMIN_PASSWORD";
    static final String NAME = "ADMIN_NAME";
    static final String DEFAULT_NAME = "管理者";

    enum Outcome {
        /** Operators exist: nothing to do. */
        NOTHING,
        /** No operator and no (complete) settings: warn how to create one. */
        MISSING_SETTINGS,
        /** ADMIN_EMAIL is not an email address: log an error, create nothing. */
        INVALID_EMAIL,
        /** ADMIN_PASSWORD breaks the password policy: log an error, create nothing. */
        WEAK_PASSWORD,
        /** Create the first operator. */
        CREATE
    }

    /**
     * @param systemProperty reads a Java system property (wins)
     * @param environment reads an environment variable
     * @param passwordCheck the password policy: the first problem of (password, email), if any
     */
    static BootstrapPlan decide(long operators, Function<String, String> systemProperty,
            Function<String, String> environment, BiFunction<String, String, Optional<PasswordProblem>> passwordCheck) {
        if (operators > 0) {
            return new BootstrapPlan(Outcome.NOTHING, null, null, null, null);
        }
        String email = setting(EMAIL, systemProperty, environment);
        String password = setting(PASSWORD, systemProperty, environment);
        String name = Optional.ofNullable(setting(NAME, systemProperty, environment)).orElse(DEFAULT_NAME).strip();
        if (email == null || password == null) {
            return new BootstrapPlan(Outcome.MISSING_SETTINGS, email, name, null, null);
        }
        if (!EmailAddress.isValid(email)) {
            return new BootstrapPlan(Outcome.INVALID_EMAIL, email, name, null, null);
        }
        String address = EmailAddress.of(email).value();
        Optional<PasswordProblem> problem = passwordCheck.apply(password, address);
        if (problem.isPresent()) {
            return new BootstrapPlan(Outcome.WEAK_PASSWORD, address, name, null, problem.get());
        }
        return new BootstrapPlan(Outcome.CREATE, address, name.isEmpty() ? DEFAULT_NAME : name, password, null);
    }

    /** A setting's value, the system property before the environment variable; blank counts as unset. */
    static String setting(String key, Function<String, String> systemProperty, Function<String, String> environment) {
        String value = systemProperty.apply(key);
        if (value == null || value.isBlank()) {
            value = environment.apply(key);
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "BootstrapPlan[" + outcome + ", " + email + ", " + name + ", " + problem + "]";
    }
}
