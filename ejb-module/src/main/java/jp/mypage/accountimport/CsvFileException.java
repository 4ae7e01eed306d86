package jp.mypage.accountimport;

import java.util.Arrays;
import java.util.List;
import jp.mypage.common.BusinessException;

/** The uploaded account list cannot be read or has nothing to import; nothing was written. */
public class CsvFileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final CsvFileProblem problem;
    private final List<String> arguments;

    public CsvFileException(CsvFileProblem problem, Object... arguments) {
        super("Account list refused: " + problem + " " + Arrays.toString(arguments));
        this.problem = problem;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public CsvFileProblem problem() {
        return problem;
    }

    /** The message's arguments, as {@link CsvFileProblem} lists them. */
    public Object[] arguments() {
        return arguments.toArray();
    }

    @Override
    public String messageKey() {
        return "import.file." + problem.name();
    }
}
