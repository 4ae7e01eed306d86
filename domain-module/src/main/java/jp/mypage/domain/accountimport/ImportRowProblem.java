package jp.mypage.domain.accountimport;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason a row of an account list is refused: the problem, the column it concerns (none for a
 * problem of the whole row), and the arguments of its message (numbers, such as a maximum length).
 */
public final class ImportRowProblem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ImportColumn column;
    private final ImportProblem problem;
    private final List<String> arguments;

    private ImportRowProblem(ImportColumn column, ImportProblem problem, List<String> arguments) {
        this.column = column;
        this.problem = Objects.requireNonNull(problem);
        this.arguments = List.copyOf(arguments);
    }

    /** A problem of one field. */
    public static ImportRowProblem of(ImportColumn column, ImportProblem problem, Object... arguments) {
        return new ImportRowProblem(Objects.requireNonNull(column), problem, texts(arguments));
    }

    /** A problem of the whole row. */
    public static ImportRowProblem ofRow(ImportProblem problem, Object... arguments) {
        return new ImportRowProblem(null, problem, texts(arguments));
    }

    static ImportRowProblem restore(ImportColumn column, ImportProblem problem, List<String> arguments) {
        return new ImportRowProblem(column, problem, arguments);
    }

    private static List<String> texts(Object... arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public Optional<ImportColumn> column() {
        return Optional.ofNullable(column);
    }

    public ImportProblem problem() {
        return problem;
    }

    public List<String> arguments() {
        return arguments;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportRowProblem that && column == that.column && problem == that.problem
                && arguments.equals(that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(column, problem, arguments);
    }

    @Override
    public String toString() {
        return (column == null ? "row" : column.name()) + ": " + problem + (arguments.isEmpty() ? "" : " " + arguments);
    }
}
